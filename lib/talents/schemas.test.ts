import { describe, expect, it } from "vitest";
import { talentProfileSchema } from "./schemas";

const base = { realName: "林海", origin: "domestic", visibility: "intent_employers" };
const problems = (input: Record<string, unknown>) => Object.fromEntries((talentProfileSchema.safeParse(input).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("[talents] the profile form", () => {
  it("takes a minimal profile, with empty fields as not given", () => {
    const parsed = talentProfileSchema.parse({ ...base, phone: "", graduationYear: "", wishLocations: "" });
    expect(parsed).toMatchObject({ realName: "林海", phone: undefined, graduationYear: undefined, wishLocations: [], skills: [] });
  });

  it("asks an overseas talent for a two-letter country", () => {
    expect(problems({ ...base, origin: "overseas" })).toEqual({ country: "country_required" });
    expect(problems({ ...base, origin: "overseas", country: "Germany" })).toEqual({ country: "country_invalid" });
    expect(talentProfileSchema.parse({ ...base, origin: "overseas", country: "de" }).country).toBe("DE");
  });

  it("names each bad field", () => {
    expect(problems({ ...base, phone: "call me", contactEmail: "x@", graduationYear: "1900", wishLocations: ["1", "x"] })).toEqual({
      phone: "phone_invalid",
      contactEmail: "email_invalid",
      graduationYear: "year_range",
      wishLocations: "invalid",
    });
    expect(problems({ ...base, wishSalaryMin: "30000", wishSalaryMax: "20000" })).toEqual({ wishSalaryMax: "salary_range" });
  });
});
