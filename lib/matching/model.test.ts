import { describe, expect, it } from "vitest";
import { MATCH_WEIGHTS, positionMajors, scoreMatch, type MatchPosition, type MatchTalent } from "./model";

const context = { enclaveIds: new Set([7, 8]), year: 2026 };

const talent = (over: Partial<MatchTalent> = {}): MatchTalent => ({
  educationLevel: "master",
  major: "船舶与海洋工程",
  title: "工程师",
  skills: ["船舶设计", "CAD", "有限元分析"],
  origin: "domestic",
  wishLocationIds: [1, 5],
  wishIndustryIds: [3],
  wishSalaryMin: 15_000,
  wishSalaryMax: 25_000,
  graduationYear: 2020,
  ...over,
});

const position = (over: Partial<MatchPosition> = {}): MatchPosition => ({
  title: "船舶设计工程师",
  educationFloor: "bachelor",
  major: "船舶与海洋工程、轮机工程",
  skills: ["船舶设计", "CAD", "有限元分析", "英语", "Tribon"],
  experienceYears: 3,
  salaryMin: 15_000,
  salaryMax: 22_000,
  locationId: 1,
  industryId: 3,
  talentLevel: "young",
  overseasFriendly: false,
  ...over,
});

const score = (t: MatchTalent, p: MatchPosition) => {
  const result = scoreMatch(t, p, context);
  if (!result.eligible) throw new Error(`excluded: ${result.exclusion}`);
  return result;
};

describe("[matching] the model", () => {
  it("weights sum to 100", () => {
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("scores a good fit with every reason", () => {
    const r = score(talent(), position());
    // 10 education + 10 major + floor(25·3/5)=15 skills + 5 title + 12 location + 13 industry + 10 salary + 10 level.
    expect(r.score).toBe(85);
    expect(r.reasons.map((x) => x.kind)).toEqual(["education", "major", "skills", "title", "location", "industry", "salary", "experience"]);
    expect(r.reasons.find((x) => x.kind === "skills")?.params).toEqual({ matched: 3, total: 5, list: ["船舶设计", "CAD", "有限元分析"] });
    expect(r.reasons[0]).toEqual({ kind: "education", params: { level: "master", floor: "bachelor" } });
  });

  it("excludes education below the floor, or unknown", () => {
    expect(scoreMatch(talent({ educationLevel: "bachelor" }), position({ educationFloor: "master" }), context)).toEqual({ eligible: false, exclusion: "education_below_floor" });
    expect(scoreMatch(talent({ educationLevel: null }), position(), context)).toEqual({ eligible: false, exclusion: "education_unknown" });
    expect(score(talent({ educationLevel: "master" }), position({ educationFloor: "master" })).parts.education).toBe(10);
  });

  it("excludes a position in neither a wished industry nor a wished place", () => {
    expect(scoreMatch(talent(), position({ industryId: 9, locationId: 2 }), context)).toEqual({ eligible: false, exclusion: "no_wish_match" });
    expect(score(talent(), position({ industryId: 9 })).parts).toMatchObject({ industry: 0, location: 12 });
    expect(score(talent(), position({ locationId: 2 })).parts).toMatchObject({ industry: 13, location: 0 });
  });

  it("does not exclude an overseas talent from a post not flagged for them, and rewards one that is", () => {
    const abroad = talent({ origin: "overseas" });
    expect(score(abroad, position()).parts.overseas).toBe(0);
    expect(score(abroad, position({ overseasFriendly: true })).parts.overseas).toBe(5);
    expect(score(talent(), position({ overseasFriendly: true })).parts.overseas).toBe(0);
  });

  it("matches majors exactly or in part, skills and titles case-insensitively", () => {
    expect(positionMajors(" 化学工程与工艺、应用化学 ,")).toEqual(["化学工程与工艺", "应用化学"]);
    expect(score(talent({ major: "轮机工程" }), position()).parts.major).toBe(10);
    expect(score(talent({ major: "海洋工程" }), position()).parts.major).toBe(6);
    expect(score(talent({ major: "会计学" }), position()).parts.major).toBe(0);
    expect(score(talent({ major: "" }), position()).parts.major).toBe(0);
    const skills = score(talent({ skills: ["cad", " tribon "] }), position({ skills: ["CAD", "Tribon", "cad", "英语"] }));
    expect(skills.parts.skills).toBe(Math.floor((25 * 2) / 3));
    expect(skills.reasons.find((x) => x.kind === "skills")?.params).toEqual({ matched: 2, total: 3, list: ["CAD", "Tribon"] });
    expect(score(talent({ title: "高级工程师" }), position()).parts.title).toBe(0);
    expect(score(talent({ title: "" }), position()).parts.title).toBe(0);
  });

  it("gives half for another enclave when the talent wishes for one", () => {
    const t = talent({ wishLocationIds: [7] });
    expect(score(t, position({ locationId: 8 })).parts.location).toBe(6);
    expect(score(t, position({ locationId: 7 })).parts.location).toBe(12);
    expect(score(talent(), position({ locationId: 8 })).parts.location).toBe(0);
  });

  it("weighs salary against the wished minimum", () => {
    expect(score(talent(), position({ salaryMin: 9_000, salaryMax: 12_000 })).parts.salary).toBe(5);
    expect(score(talent(), position({ salaryMin: 6_000, salaryMax: 9_000 })).parts.salary).toBe(0);
    expect(score(talent(), position({ salaryMin: null, salaryMax: null })).parts.salary).toBe(5);
    expect(score(talent({ wishSalaryMin: null }), position()).parts.salary).toBe(5);
    expect(score(talent(), position({ salaryMin: 16_000, salaryMax: null })).parts.salary).toBe(10);
  });

  it("weighs experience and the graduate level", () => {
    expect(score(talent({ graduationYear: 2024 }), position()).parts.level).toBe(5);
    expect(score(talent({ graduationYear: 2026 }), position()).parts.level).toBe(0);
    expect(score(talent({ graduationYear: null }), position()).parts.level).toBe(0);
    expect(score(talent({ graduationYear: 2025 }), position({ talentLevel: "graduate", experienceYears: 0 })).parts.level).toBe(10);
    expect(score(talent(), position({ talentLevel: "graduate", experienceYears: 0 })).parts.level).toBe(2);
  });
});
