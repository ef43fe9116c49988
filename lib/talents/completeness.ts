/**
 * How complete a talent's profile is, and what is missing: what employers look at first,
 * weighted by how much it helps them decide.
 */
export interface ProfileFacts {
  realName: string;
  phone: string | null;
  contactEmail: string | null;
  educationLevel: string | null;
  school: string;
  major: string;
  graduationYear: number | null;
  title: string;
  skills: string[];
  origin: "domestic" | "overseas";
  country: string | null;
  wishLocationIds: number[];
  wishIndustryIds: number[];
  wishSalaryMin: number | null;
  wishSalaryMax: number | null;
  bio: string;
  resumeFileId: string | null;
}

export const COMPLETENESS_ITEMS = ["realName", "contact", "education", "title", "skills", "origin", "wishes", "salary", "bio", "resume"] as const;
export type CompletenessItem = (typeof COMPLETENESS_ITEMS)[number];

const WEIGHTS: Record<CompletenessItem, number> = {
  realName: 10,
  contact: 10,
  education: 15,
  title: 5,
  skills: 10,
  origin: 5,
  wishes: 10,
  salary: 5,
  bio: 10,
  resume: 20,
};

function done(item: CompletenessItem, p: ProfileFacts): boolean {
  switch (item) {
    case "realName":
      return p.realName.trim().length > 0;
    case "contact":
      return Boolean(p.phone || p.contactEmail);
    case "education":
      return Boolean(p.educationLevel && p.school.trim() && p.major.trim() && p.graduationYear);
    case "title":
      return p.title.trim().length > 0;
    case "skills":
      return p.skills.length > 0;
    case "origin":
      return p.origin === "domestic" || Boolean(p.country);
    case "wishes":
      return p.wishLocationIds.length > 0 || p.wishIndustryIds.length > 0;
    case "salary":
      return p.wishSalaryMin != null || p.wishSalaryMax != null;
    case "bio":
      return p.bio.trim().length >= 20;
    case "resume":
      return p.resumeFileId != null;
  }
}

export function profileCompleteness(profile: ProfileFacts): { percent: number; missing: CompletenessItem[] } {
  const missing = COMPLETENESS_ITEMS.filter((item) => !done(item, profile));
  const percent = COMPLETENESS_ITEMS.reduce((sum, item) => sum + (missing.includes(item) ? 0 : WEIGHTS[item]), 0);
  return { percent, missing };
}
