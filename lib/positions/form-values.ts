import type { Position } from "../../db/schema";

/** A stored position as the form's text fields (the edit form starts from these). */
export function formValuesOf(position: Position & { policyTagIds: readonly number[] }): Record<string, string> {
  const beijingDay = (d: Date | null) => (d ? new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) : "");
  return {
    title: position.title,
    board: String(position.boardId),
    platform: position.platformId ? String(position.platformId) : "",
    category: position.category,
    talentLevel: position.talentLevel,
    educationFloor: position.educationFloor,
    major: position.major,
    experienceYears: String(position.experienceYears),
    salaryMin: position.salaryMin == null ? "" : String(position.salaryMin),
    salaryMax: position.salaryMax == null ? "" : String(position.salaryMax),
    headcount: String(position.headcount),
    location: String(position.locationId),
    industry: String(position.industryId),
    skills: position.skills.join(", "),
    description: position.description,
    overseasFriendly: position.overseasFriendly ? "on" : "",
    // As the action keeps a ticked checkbox group: the values, comma-separated.
    policyTags: position.policyTagIds.join(","),
    expiresOn: beijingDay(position.expiresAt),
  };
}
