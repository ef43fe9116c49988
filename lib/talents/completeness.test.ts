import { describe, expect, it } from "vitest";
import { COMPLETENESS_ITEMS, profileCompleteness, type ProfileFacts } from "./completeness";

const empty: ProfileFacts = {
  realName: "",
  phone: null,
  contactEmail: null,
  educationLevel: null,
  school: "",
  major: "",
  graduationYear: null,
  title: "",
  skills: [],
  origin: "domestic",
  country: null,
  wishLocationIds: [],
  wishIndustryIds: [],
  wishSalaryMin: null,
  wishSalaryMax: null,
  bio: "",
  resumeFileId: null,
};

const full: ProfileFacts = {
  realName: "林海",
  phone: "13800000000",
  contactEmail: null,
  educationLevel: "master",
  school: "浙江大学",
  major: "海洋工程",
  graduationYear: 2019,
  title: "工程师",
  skills: ["声学"],
  origin: "overseas",
  country: "DE",
  wishLocationIds: [1],
  wishIndustryIds: [],
  wishSalaryMin: 15000,
  wishSalaryMax: null,
  bio: "十年海洋声学研究经验，主持过三项国家级课题。",
  resumeFileId: "00000000-0000-0000-0000-000000000001",
};

describe("[talents] the completeness meter", () => {
  it("is 100 with nothing missing for a full profile", () => {
    expect(profileCompleteness(full)).toEqual({ percent: 100, missing: [] });
  });

  it("counts a domestic talent's origin as given, and nothing else of an empty profile", () => {
    const result = profileCompleteness(empty);
    expect(result.missing).toEqual(COMPLETENESS_ITEMS.filter((i) => i !== "origin"));
    expect(result.percent).toBe(5);
  });

  it("wants the country of an overseas talent, all of the education and a real bio", () => {
    const result = profileCompleteness({ ...full, country: null, school: "", bio: "很短" });
    expect(result.missing).toEqual(["education", "origin", "bio"]);
    expect(result.percent).toBe(70);
  });

  it("weighs the résumé most", () => {
    expect(profileCompleteness({ ...full, resumeFileId: null })).toEqual({ percent: 80, missing: ["resume"] });
  });
});
