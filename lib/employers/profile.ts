import { z } from "zod";
import { employerKind } from "../../db/schema/enums";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** The organisation profile an employer keeps (its name and credit code change only through review). */
export const employerProfileSchema = z.object({
  nameEn: z.preprocess(blank, z.string().trim().max(150, "too_long").optional()),
  kind: z.enum(employerKind.enumValues, { error: "choose_one" }),
  industry: z.preprocess(blank, z.coerce.number({ error: "choose_one" }).int("choose_one").positive("choose_one").optional()),
  location: z.preprocess(blank, z.coerce.number({ error: "choose_one" }).int("choose_one").positive("choose_one").optional()),
  website: z.preprocess(
    blank,
    z
      .url({ protocol: /^https?$/, error: "url_invalid" })
      .max(300, "too_long")
      .optional(),
  ),
  description: z.string().trim().max(5000, "too_long").default(""),
});

export type EmployerProfile = z.output<typeof employerProfileSchema>;
