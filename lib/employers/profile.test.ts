import { describe, expect, it } from "vitest";
import { employerProfileSchema } from "./profile";

const errors = (input: Record<string, unknown>) =>
  Object.fromEntries((employerProfileSchema.safeParse(input).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("employerProfileSchema", () => {
  it("reads a profile with empty optional fields as absent", () => {
    expect(employerProfileSchema.parse({ kind: "university", industry: "", location: "3", website: "", description: " 海洋大学 " })).toEqual({
      kind: "university",
      location: 3,
      description: "海洋大学",
    });
  });
  it("refuses non-web links, unknown kinds and over-long text", () => {
    expect(errors({ kind: "university", website: "javascript:alert(1)" })).toEqual({ website: "url_invalid" });
    expect(errors({ kind: "pirate" })).toEqual({ kind: "choose_one" });
    expect(errors({ kind: "enterprise", description: "海".repeat(5001) })).toEqual({ description: "too_long" });
  });
});
