import { z } from "zod";
import { blank, idField, pageNumber } from "../forms/fields";
import { educationLevel, positionStatus, talentLevel } from "../../db/schema/enums";

const id = z.preprocess(blank, z.coerce.number({ error: "choose_one" }).int("choose_one").positive("choose_one"));
const optionalAmount = z.preprocess(blank, z.coerce.number({ error: "invalid" }).int("invalid").min(0, "invalid").max(1_000_000, "too_large").optional());

/** Skills as typed: separated by commas (, ，、) or new lines; unique, at most 20 of 30 characters. */
export const skillsField = z
  .string()
  .max(1000, "too_long")
  .default("")
  .transform((text) => [...new Set(text.split(/[,，、;；\n]+/).map((s) => s.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(30, "skill_too_long")).max(20, "too_many_skills"));

/** Ticked checkboxes of a group (lib/forms/fields.ts's idList), without repeats, at most `max`. */
export const idList = (max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(idField("invalid")).max(max, "too_many").transform((ids) => [...new Set(ids)]),
  );

export const positionFormSchema = z
  .object({
    title: z.string({ error: "required" }).trim().min(2, "too_short").max(100, "too_long"),
    board: id,
    platform: z.preprocess(blank, z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid").optional()),
    category: z.string({ error: "required" }).trim().min(1, "required").max(50, "too_long"),
    talentLevel: z.enum(talentLevel.enumValues, { error: "choose_one" }),
    educationFloor: z.enum(educationLevel.enumValues, { error: "choose_one" }),
    major: z.string().trim().max(100, "too_long").default(""),
    experienceYears: z.preprocess(blank, z.coerce.number({ error: "invalid" }).int("invalid").min(0, "invalid").max(60, "too_large").default(0)),
    salaryMin: optionalAmount,
    salaryMax: optionalAmount,
    headcount: z.preprocess(blank, z.coerce.number({ error: "invalid" }).int("invalid").min(1, "at_least_one").max(10_000, "too_large")),
    location: id,
    industry: id,
    skills: skillsField,
    description: z.string({ error: "required" }).trim().min(10, "too_short").max(10_000, "too_long"),
    /** Talent-policy tags (人才政策) by id. */
    policyTags: idList(12),
    overseasFriendly: z.literal("on").optional().transform((v) => v === "on"),
    /** The last day applications are taken (Beijing time); in the future, within a year. */
    expiresOn: z.iso
      .date("date_invalid")
      .refine(isCalendarDate, "date_invalid"),
  })
  .superRefine((value, ctx) => {
    if (value.salaryMin != null && value.salaryMax != null && value.salaryMax < value.salaryMin) {
      ctx.addIssue({ code: "custom", message: "salary_range", path: ["salaryMax"] });
    }
    if (!isCalendarDate(value.expiresOn)) return;
    const end = expiryOf(value.expiresOn).getTime();
    if (end <= Date.now()) ctx.addIssue({ code: "custom", message: "date_past", path: ["expiresOn"] });
    else if (end > Date.now() + 366 * 86_400_000) ctx.addIssue({ code: "custom", message: "date_too_far", path: ["expiresOn"] });
  });

/** 2026-02-30 has the shape of a date but is none. */
export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export type PositionForm = z.output<typeof positionFormSchema>;

export const positionEditSchema = positionFormSchema.and(
  z.object({
    id: z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid"),
    version: z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid"),
  }),
);

/** The end of the chosen day in Beijing time, when the position leaves the public list. */
export function expiryOf(expiresOn: string): Date {
  return new Date(`${expiresOn}T23:59:59.999+08:00`);
}

/** The employer's list of its positions: status, part of a title, page. What does not parse is ignored. */
export function parseEmployerPositionsSearch(query: Record<string, string | string[] | undefined>) {
  const one = (key: string) => (typeof query[key] === "string" ? (query[key] as string) : undefined);
  const status = z.enum(positionStatus.enumValues).safeParse(one("status"));
  const q = one("q")?.trim().slice(0, 100);
  return { status: status.success ? status.data : undefined, q: q || undefined, page: pageNumber().parse(one("page")) };
}
export type EmployerPositionsSearch = ReturnType<typeof parseEmployerPositionsSearch>;
