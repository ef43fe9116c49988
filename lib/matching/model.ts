/**
 * The matching model: how well a talent fits a position, and why. Pure — no database — so the
 * unit tests, the SQL ranking's agreement test and the pages all share it. lib/matching/sql.ts
 * says the same thing in SQL; change both together (the agreement test fails otherwise).
 *
 * Hard requirements exclude a pair, whatever else it scores:
 *   - the talent's education is below the position's floor, or unknown;
 *   - the position is neither in an industry nor in a place the talent wishes for. A talent
 *     said where and in what they want to work; a position matching neither is not a
 *     recommendation, and this gate is what lets the database generate candidates by index.
 * Being abroad is not a hard requirement: "open to overseas talents" (overseas_friendly) is an
 * invitation, not a bar — a returnee may take any post — so it only adds points.
 *
 * Soft requirements add the points of MATCH_WEIGHTS (they sum to 100); every part is a whole
 * number, so SQL and TypeScript agree to the point.
 */
export const EDUCATION_ORDER = ["none", "associate", "bachelor", "master", "doctor"] as const;
export type EducationLevel = (typeof EDUCATION_ORDER)[number];
export type TalentLevel = "top" | "high" | "young" | "graduate";

/**
 * Points per part, out of 100:
 * - education: the talent meets the floor (always, when not excluded);
 * - major: a major the position lists equals the talent's (all), or one contains the other (60%);
 * - skills: the share of the position's skills the talent has (case-insensitive), rounded down;
 * - title: the talent's title and the position's title contain one another (工程师 ~ 船舶设计工程师);
 * - location: a wished district or enclave (all); another enclave when the talent wishes one (half);
 * - industry: a wished industry;
 * - salary: the position pays at least the talent's wished minimum (all), at least 80% of it
 *   (half), or one side says nothing (面议 / no wish: half);
 * - level: years since graduation against the position's experience (all when met, half when
 *   short by 2 years or less); a graduate-level (大学生) post wants 2 years or less (else 20%);
 * - overseas: the position is open to overseas talents and the talent is one.
 */
export const MATCH_WEIGHTS = {
  education: 10,
  major: 10,
  skills: 25,
  title: 5,
  location: 12,
  industry: 13,
  salary: 10,
  level: 10,
  overseas: 5,
} as const;

export type MatchPart = keyof typeof MATCH_WEIGHTS;

/** Major separators in a position's list of majors (化学工程与工艺、应用化学). */
export const MAJOR_SEPARATORS = /[、,，/;；]/;

export interface MatchTalent {
  educationLevel: EducationLevel | null;
  major: string;
  title: string;
  skills: readonly string[];
  origin: "domestic" | "overseas";
  wishLocationIds: readonly number[];
  wishIndustryIds: readonly number[];
  wishSalaryMin: number | null;
  wishSalaryMax: number | null;
  graduationYear: number | null;
}

export interface MatchPosition {
  title: string;
  educationFloor: EducationLevel;
  major: string;
  skills: readonly string[];
  experienceYears: number;
  salaryMin: number | null;
  salaryMax: number | null;
  locationId: number;
  industryId: number;
  talentLevel: TalentLevel;
  overseasFriendly: boolean;
}

export interface MatchContext {
  /** Locations of kind enclave (人才飞地). */
  enclaveIds: ReadonlySet<number>;
  /** The year experience is counted to (the current year in production). */
  year: number;
}

/** A reason in data, rendered in either language by messages (matching.reason.<kind>). */
export type MatchReason =
  | { kind: "education"; params: { level: EducationLevel; floor: EducationLevel } }
  | { kind: "major"; params: { major: string; exact: boolean } }
  | { kind: "skills"; params: { matched: number; total: number; list: string[] } }
  | { kind: "title"; params: { title: string } }
  | { kind: "location"; params: { locationId: number } }
  | { kind: "enclave"; params: { locationId: number } }
  | { kind: "industry"; params: { industryId: number } }
  | { kind: "salary"; params: { min: number | null; max: number | null } }
  | { kind: "salaryNear"; params: { min: number | null; max: number | null } }
  | { kind: "experience"; params: { years: number; required: number } }
  | { kind: "graduate"; params: { years: number } }
  | { kind: "overseas"; params: Record<string, never> };

export type Exclusion = "education_below_floor" | "education_unknown" | "no_wish_match";

export type MatchResult =
  | { eligible: true; score: number; parts: Record<MatchPart, number>; reasons: MatchReason[] }
  | { eligible: false; exclusion: Exclusion };

export function educationRank(level: EducationLevel): number {
  return EDUCATION_ORDER.indexOf(level);
}

/** Spaces trimmed (the ideographic one too) and lower-cased: SQL's fold() does the same. */
export const TRIMMED = " \t\n\r\u3000";
const edges = new RegExp(`^[${TRIMMED}]+|[${TRIMMED}]+$`, "g");
export const fold = (s: string) => s.replace(edges, "").toLowerCase();

export function positionMajors(major: string): string[] {
  return major
    .split(MAJOR_SEPARATORS)
    .map(fold)
    .filter((m) => m !== "");
}

/** Is the pair allowed at all? null when it is. */
export function exclusionOf(talent: MatchTalent, position: MatchPosition): Exclusion | null {
  if (talent.educationLevel === null) return "education_unknown";
  if (educationRank(talent.educationLevel) < educationRank(position.educationFloor)) return "education_below_floor";
  if (!talent.wishIndustryIds.includes(position.industryId) && !talent.wishLocationIds.includes(position.locationId)) return "no_wish_match";
  return null;
}

export function scoreMatch(talent: MatchTalent, position: MatchPosition, context: MatchContext): MatchResult {
  const exclusion = exclusionOf(talent, position);
  if (exclusion) return { eligible: false, exclusion };
  const w = MATCH_WEIGHTS;
  const reasons: MatchReason[] = [];
  const parts: Record<MatchPart, number> = { education: 0, major: 0, skills: 0, title: 0, location: 0, industry: 0, salary: 0, level: 0, overseas: 0 };

  parts.education = w.education;
  reasons.push({ kind: "education", params: { level: talent.educationLevel!, floor: position.educationFloor } });

  const major = fold(talent.major);
  if (major !== "") {
    const listed = positionMajors(position.major);
    if (listed.includes(major)) {
      parts.major = w.major;
      reasons.push({ kind: "major", params: { major: talent.major.replace(edges, ""), exact: true } });
    } else if (listed.some((m) => m.includes(major) || major.includes(m))) {
      parts.major = Math.floor((w.major * 6) / 10);
      reasons.push({ kind: "major", params: { major: talent.major.replace(edges, ""), exact: false } });
    }
  }

  // Distinct skills of the position (first spelling kept), and those the talent has.
  const own = new Set(talent.skills.map(fold));
  const wanted = new Map<string, string>();
  for (const skill of position.skills) if (fold(skill) !== "" && !wanted.has(fold(skill))) wanted.set(fold(skill), skill.replace(edges, ""));
  const matched = [...wanted].filter(([key]) => own.has(key)).map(([, spelling]) => spelling);
  if (matched.length > 0) {
    parts.skills = Math.floor((w.skills * matched.length) / wanted.size);
    reasons.push({ kind: "skills", params: { matched: matched.length, total: wanted.size, list: matched } });
  }

  const title = fold(talent.title);
  const positionTitle = fold(position.title);
  if (title !== "" && positionTitle !== "" && (positionTitle.includes(title) || title.includes(positionTitle))) {
    parts.title = w.title;
    reasons.push({ kind: "title", params: { title: talent.title.replace(edges, "") } });
  }

  if (talent.wishLocationIds.includes(position.locationId)) {
    parts.location = w.location;
    reasons.push({ kind: "location", params: { locationId: position.locationId } });
  } else if (context.enclaveIds.has(position.locationId) && talent.wishLocationIds.some((id) => context.enclaveIds.has(id))) {
    parts.location = Math.floor(w.location / 2);
    reasons.push({ kind: "enclave", params: { locationId: position.locationId } });
  }

  if (talent.wishIndustryIds.includes(position.industryId)) {
    parts.industry = w.industry;
    reasons.push({ kind: "industry", params: { industryId: position.industryId } });
  }

  const pays = position.salaryMax ?? position.salaryMin;
  const salary = { min: position.salaryMin, max: position.salaryMax };
  if (pays === null || talent.wishSalaryMin === null) parts.salary = Math.floor(w.salary / 2);
  else if (pays >= talent.wishSalaryMin) {
    parts.salary = w.salary;
    reasons.push({ kind: "salary", params: salary });
  } else if (pays * 10 >= talent.wishSalaryMin * 8) {
    parts.salary = Math.floor(w.salary / 2);
    reasons.push({ kind: "salaryNear", params: salary });
  }

  if (talent.graduationYear !== null) {
    const years = Math.max(0, context.year - talent.graduationYear);
    if (position.talentLevel === "graduate") {
      parts.level = years <= 2 ? w.level : Math.floor(w.level / 5);
      if (years <= 2) reasons.push({ kind: "graduate", params: { years } });
    } else if (years >= position.experienceYears) {
      parts.level = w.level;
      reasons.push({ kind: "experience", params: { years, required: position.experienceYears } });
    } else if (years + 2 >= position.experienceYears) {
      parts.level = Math.floor(w.level / 2);
    }
  }

  if (position.overseasFriendly && talent.origin === "overseas") {
    parts.overseas = w.overseas;
    reasons.push({ kind: "overseas", params: {} });
  }

  const score = Object.values(parts).reduce((a, b) => a + b, 0);
  return { eligible: true, score, parts, reasons };
}
