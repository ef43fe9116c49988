import { describe, expect, it } from "vitest";
import { positionFormSchema } from "./schemas";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const valid = () => ({
  title: "海洋电子信息工程师",
  board: "1",
  platform: "4",
  category: "工程技术",
  talentLevel: "high",
  educationFloor: "master",
  major: "电子信息",
  experienceYears: "3",
  salaryMin: "15000",
  salaryMax: "25000",
  headcount: "2",
  location: "1",
  industry: "4",
  skills: "嵌入式，C++、 声呐\nPython, Python",
  description: "负责海洋电子设备研发。",
  overseasFriendly: "on",
  expiresOn: inDays(30),
});
const errors = (input: Record<string, unknown>) => {
  const result = positionFormSchema.safeParse(input);
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
};

describe("positionFormSchema", () => {
  it("reads a full form: numbers, skills split and deduplicated, the checkbox", () => {
    const result = positionFormSchema.parse(valid());
    expect(result).toMatchObject({ board: 1, platform: 4, experienceYears: 3, salaryMin: 15000, headcount: 2, overseasFriendly: true });
    expect(result.skills).toEqual(["嵌入式", "C++", "声呐", "Python"]);
  });
  it("reads the ticked policy tags: none, one or several, without repeats, at most 12", () => {
    expect(positionFormSchema.parse(valid()).policyTags).toEqual([]);
    expect(positionFormSchema.parse({ ...valid(), policyTags: "3" }).policyTags).toEqual([3]);
    expect(positionFormSchema.parse({ ...valid(), policyTags: ["2", "5", "2"] }).policyTags).toEqual([2, 5]);
    expect(errors({ ...valid(), policyTags: ["1", "x"] }).policyTags).toBe("invalid");
    expect(errors({ ...valid(), policyTags: Array.from({ length: 13 }, (_, i) => String(i + 1)) }).policyTags).toBe("too_many");
  });
  it("takes empty salaries as 面议 and an empty platform as none", () => {
    const result = positionFormSchema.parse({ ...valid(), salaryMin: "", salaryMax: "", platform: "" });
    expect(result.salaryMin).toBeUndefined();
    expect(result.platform).toBeUndefined();
  });
  it("names bad fields: reversed salary, past or far expiry, no headcount, unknown level", () => {
    expect(errors({ ...valid(), salaryMin: "30000", salaryMax: "20000" })).toEqual({ salaryMax: "salary_range" });
    expect(errors({ ...valid(), expiresOn: inDays(-2) })).toEqual({ expiresOn: "date_past" });
    expect(errors({ ...valid(), expiresOn: inDays(400) })).toEqual({ expiresOn: "date_too_far" });
    expect(errors({ ...valid(), expiresOn: "2026-02-30" })).toEqual({ expiresOn: "date_invalid" });
    expect(errors({ ...valid(), headcount: "0", talentLevel: "legend", salaryMin: "-5" })).toEqual({
      headcount: "at_least_one",
      talentLevel: "choose_one",
      salaryMin: "invalid",
    });
  });
  it("refuses huge numbers, full-width digits it cannot read, and too many skills", () => {
    expect(errors({ ...valid(), salaryMax: "9".repeat(20) })).toMatchObject({ salaryMax: "too_large" });
    expect(errors({ ...valid(), headcount: "２x" })).toMatchObject({ headcount: "invalid" });
    expect(errors({ ...valid(), skills: Array.from({ length: 25 }, (_, i) => `s${i}`).join(",") })).toEqual({ skills: "too_many_skills" });
  });
});
