import { z } from "zod";

/**
 * Field shapes shared by the operator's forms: everything arrives as text from a form, and an
 * empty field means "not given". Times are typed and shown in Beijing time, whatever the
 * server's zone.
 */
export const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const idField = (message = "invalid") => z.coerce.number({ error: message }).int(message).positive(message);

export const requiredId = z.preprocess(blank, idField("choose_one"));
export const optionalId = z.preprocess(blank, idField("choose_one").optional());

/** A group of checkboxes with one name: none, one or many ticked. */
export const idList = z.preprocess(
  (v) => (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v]),
  z.array(idField("choose_one")).max(100, "too_many"),
);

export const checkbox = z
  .literal("on", { error: "invalid" })
  .optional()
  .transform((v) => v === "on");

export const sortOrderField = z.preprocess(blank, z.coerce.number({ error: "invalid" }).int("invalid").min(-1000, "invalid").max(1000, "too_large").default(0));

/** A machine code such as "housing-subsidy": lower-case letters, digits and single hyphens. */
export const codeField = z
  .string({ error: "required" })
  .trim()
  .min(1, "required")
  .max(60, "too_long")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "code_format");

const BEIJING = "+08:00";

/** A datetime-local field ("2026-05-01T09:30"), read as Beijing time. */
export const beijingDateTime = z.iso
  .datetime({ local: true, error: "date_invalid" })
  .transform((v) => new Date(`${v.length === 16 ? `${v}:00` : v}${BEIJING}`));

/** The value a datetime-local field shows for a stored time (Beijing time, to the minute). */
export function beijingDateTimeInput(date: Date | null | undefined): string {
  return date ? new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 16) : "";
}

/** The value a date field shows for a stored time (its Beijing day). */
export function beijingDateInput(date: Date | null | undefined): string {
  return beijingDateTimeInput(date).slice(0, 10);
}

/** The edit guard: the record's updated_at as the form was opened (ISO, milliseconds). */
export const versionStamp = z.iso.datetime({ error: "invalid" }).transform((v) => new Date(v));

/** A list page's number in the URL (?page=): 1 when missing or bad, never past `max`. */
export const pageNumber = (max = 1000) => z.coerce.number().int().min(1).max(max).catch(1);
