import { describe, expect, it } from "vitest";
import { intentSettingsFormSchema, moveIntentSchema, moveIntentsSchema, parsePipelineSearch, projectIntentSchema } from "./schemas";

describe("[intents] form schemas", () => {
  it("wants a reason from the list for a decline, and for nothing else", () => {
    expect(moveIntentSchema.safeParse({ intentId: "3", move: "decline" }).error?.issues[0]).toMatchObject({ path: ["reason"], message: "choose_reason" });
    expect(moveIntentSchema.safeParse({ intentId: "3", move: "decline", reason: "made up" }).success).toBe(false);
    expect(moveIntentSchema.safeParse({ intentId: "3", move: "decline", reason: "salary" }).success).toBe(true);
    expect(moveIntentSchema.safeParse({ intentId: "3", move: "negotiate", reason: "" }).success).toBe(true);
  });

  it("takes one or many ticked intents, and refuses none", () => {
    expect(moveIntentsSchema.parse({ intentIds: "4", move: "view" }).intentIds).toEqual([4]);
    expect(moveIntentsSchema.parse({ intentIds: ["4", "5"], move: "view" }).intentIds).toEqual([4, 5]);
    expect(moveIntentsSchema.safeParse({ move: "view" }).error?.issues[0]?.message).toBe("choose_intents");
  });

  it("refuses ids out of range instead of letting the database overflow", () => {
    const project = { board: "99999999999", name: "项目名称", field: "石化", stage: "idea", teamSize: "2" };
    expect(projectIntentSchema.safeParse(project).error?.issues[0]).toMatchObject({ path: ["board"], message: "choose_one" });
    expect(projectIntentSchema.safeParse({ ...project, board: "1", platform: "" }).success).toBe(true);
  });

  it("reads the pipeline's URL, leaving out what it does not understand", () => {
    expect(parsePipelineSearch({ view: "list", position: "abc", status: "zzz", page: "-3", q: "  林海 " })).toEqual({
      view: "list",
      positionId: undefined,
      status: undefined,
      kind: undefined,
      q: "林海",
      page: 1,
    });
    expect(parsePipelineSearch({ position: "12", status: "negotiating", kind: "project", page: ["2", "3"] })).toMatchObject({ view: "board", positionId: 12, status: "negotiating", kind: "project", page: 1 });
  });
});

describe("intentSettingsFormSchema", () => {
  it("reads whole numbers and wants the closing period after the reminder", () => {
    expect(intentSettingsFormSchema.parse({ reminderDays: "5", noResponseDays: "10", dailyLimit: "3" })).toEqual({ reminderDays: 5, noResponseDays: 10, dailyLimit: 3 });
    const issues = (input: Record<string, string>) =>
      Object.fromEntries((intentSettingsFormSchema.safeParse(input).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
    expect(issues({ reminderDays: "7", noResponseDays: "7", dailyLimit: "10" })).toEqual({ noResponseDays: "close_after_reminder" });
    expect(issues({ reminderDays: "", noResponseDays: "1.5", dailyLimit: "0" })).toEqual({ reminderDays: "required", noResponseDays: "invalid", dailyLimit: "at_least_one" });
    expect(issues({ reminderDays: "7", noResponseDays: "9999", dailyLimit: "１０" })).toMatchObject({ noResponseDays: "too_large" });
  });
});
