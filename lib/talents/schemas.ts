import { z } from "zod";
import { blank } from "../forms/fields";
import { educationLevel, profileVisibility, talentOrigin } from "../../db/schema/enums";
import { timeZoneField } from "../negotiations/schemas";
import { skillsField } from "../positions/schemas";

const list = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);
const amount = z.preprocess(blank, z.coerce.number({ error: "invalid" }).int("invalid").min(0, "invalid").max(1_000_000, "too_large").optional());
const ids = z.preprocess(list, z.array(z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid").max(2_147_483_647, "invalid")).max(30, "too_many"));

export const talentProfileSchema = z
  .object({
    realName: z.string({ error: "required" }).trim().min(1, "required").max(50, "too_long"),
    phone: z.preprocess(blank, z.string().trim().regex(/^\+?[0-9 ()-]{6,20}$/, "phone_invalid").optional()),
    contactEmail: z.preprocess(blank, z.email("email_invalid").max(254, "too_long").optional()),
    educationLevel: z.preprocess(blank, z.enum(educationLevel.enumValues, { error: "choose_one" }).optional()),
    school: z.string().trim().max(100, "too_long").default(""),
    major: z.string().trim().max(100, "too_long").default(""),
    graduationYear: z.preprocess(blank, z.coerce.number({ error: "invalid" }).int("invalid").min(1950, "year_range").max(2100, "year_range").optional()),
    title: z.string().trim().max(100, "too_long").default(""),
    skills: skillsField,
    origin: z.enum(talentOrigin.enumValues, { error: "choose_one" }),
    country: z.preprocess(
      (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toUpperCase()) : v),
      z.string().regex(/^[A-Z]{2}$/, "country_invalid").optional(),
    ),
    wishLocations: ids,
    wishIndustries: ids,
    wishSalaryMin: amount,
    wishSalaryMax: amount,
    bio: z.string().trim().max(2000, "too_long").default(""),
    visibility: z.enum(profileVisibility.enumValues, { error: "choose_one" }),
    /** The zone negotiation times are shown in (users.time_zone); absent leaves it as it was. */
    timeZone: z.preprocess(blank, timeZoneField.optional()),
  })
  .superRefine((v, ctx) => {
    if (v.origin === "overseas" && !v.country) ctx.addIssue({ code: "custom", message: "country_required", path: ["country"] });
    if (v.wishSalaryMin != null && v.wishSalaryMax != null && v.wishSalaryMax < v.wishSalaryMin) {
      ctx.addIssue({ code: "custom", message: "salary_range", path: ["wishSalaryMax"] });
    }
  });
export type TalentProfileForm = z.output<typeof talentProfileSchema>;
