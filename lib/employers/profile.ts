import { z } from "zod";
import { blank } from "../forms/fields";
import { employerKind } from "../../db/schema/enums";
import { LOGO_MAX_BYTES } from "./logo-image";


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

/** A file field's value; the browser sends an empty, nameless file when none was chosen. */
const isUpload = (v: unknown): v is Blob => typeof Blob !== "undefined" && v instanceof Blob;
const chosen = (v: unknown) => (isUpload(v) && v.size === 0 && !(v as Partial<File>).name ? undefined : v);

/**
 * The profile form with its logo field. Sizes are checked here; what the bytes are is checked
 * by lib/employers/logo.ts (magic bytes). The form's script swaps a file over the limit for
 * `logoTooLarge`, so the request stays under the server-action body limit and the answer is
 * this field error, not the framework's.
 */
export const employerProfileFormSchema = employerProfileSchema
  .extend({
    logo: z.preprocess(chosen, z.custom<Blob>(isUpload, "logo_type").optional()),
    logoTooLarge: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.logoTooLarge || (value.logo && value.logo.size > LOGO_MAX_BYTES)) ctx.addIssue({ code: "custom", message: "logo_too_large", path: ["logo"] });
    else if (value.logo && value.logo.size === 0) ctx.addIssue({ code: "custom", message: "logo_empty", path: ["logo"] });
  });
