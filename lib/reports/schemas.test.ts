import { describe, expect, it } from "vitest";
import { handleReportsSchema, reportSchema } from "./schemas";

const errors = (schema: typeof reportSchema | typeof handleReportsSchema, input: Record<string, unknown>) =>
  Object.fromEntries((schema.safeParse(input).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("reportSchema", () => {
  it("reads a report with optional details", () => {
    expect(reportSchema.parse({ positionId: "12", reason: "fraud", details: "  要求先交培训费  " })).toEqual({ positionId: 12, reason: "fraud", details: "要求先交培训费" });
    expect(reportSchema.parse({ positionId: "12", reason: "other" })).toEqual({ positionId: 12, reason: "other", details: "" });
  });
  it("refuses unknown reasons, bad ids and over-long details", () => {
    expect(errors(reportSchema, { positionId: "12", reason: "spam" })).toEqual({ reason: "choose_one" });
    expect(errors(reportSchema, { positionId: "1.5", reason: "fraud" })).toEqual({ positionId: "invalid" });
    expect(errors(reportSchema, { positionId: "99999999999", reason: "fraud" })).toEqual({ positionId: "invalid" });
    expect(errors(reportSchema, { positionId: "3", reason: "fraud", details: "假".repeat(2001) })).toEqual({ details: "too_long" });
  });
});

describe("handleReportsSchema", () => {
  it("takes one or many postings and needs a note", () => {
    expect(handleReportsSchema.parse({ positionIds: "4", decision: "dismiss", resolution: "信息属实", upTo: "9" })).toMatchObject({ positionIds: [4], upTo: 9 });
    expect(handleReportsSchema.parse({ positionIds: ["4", "5"], decision: "takedown", resolution: "虚假招聘", upTo: "9" }).positionIds).toEqual([4, 5]);
    expect(errors(handleReportsSchema, { decision: "takedown", resolution: " ", upTo: "9" })).toEqual({ positionIds: "choose_positions", resolution: "resolution_required" });
    expect(errors(handleReportsSchema, { positionIds: "4", decision: "delete", resolution: "x", upTo: "9" })).toEqual({ decision: "choose_one" });
  });
});
