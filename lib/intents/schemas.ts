import { z } from "zod";
import { blank } from "../forms/fields";
import { intentStatus } from "../../db/schema/enums";
import { DECLINE_REASONS, INTENT_MOVES } from "./lifecycle";

const intentStatusValues = intentStatus.enumValues;

export const idField = z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid").max(2_147_483_647, "invalid");
const optionalId = z.preprocess(blank, idField.optional());
/** A file input: a File when one was chosen (an empty one when none was, in browsers). */
export const fileField = z.preprocess((v) => (v instanceof File && v.size === 0 && v.name === "" ? undefined : v), z.instanceof(File, { error: "file_required" }).optional());

export const registerIntentSchema = z.object({
  positionId: idField,
  message: z.string().trim().max(2000, "too_long").default(""),
});

export const projectStages = ["idea", "prototype", "early_revenue", "growth", "mature"] as const;

export const projectIntentSchema = z.object({
  board: z.preprocess(blank, z.coerce.number({ error: "choose_one" }).int("choose_one").positive("choose_one").max(2_147_483_647, "choose_one")),
  platform: optionalId,
  name: z.string({ error: "required" }).trim().min(2, "too_short").max(100, "too_long"),
  field: z.string({ error: "required" }).trim().min(1, "required").max(50, "too_long"),
  stage: z.enum(projectStages, { error: "choose_one" }),
  teamSize: z.preprocess(blank, z.coerce.number({ error: "invalid" }).int("invalid").min(1, "at_least_one").max(10_000, "too_large")),
  fundingSought: z.preprocess(blank, z.coerce.number({ error: "invalid" }).int("invalid").min(0, "invalid").max(10_000_000, "too_large").optional()),
  message: z.string().trim().max(2000, "too_long").default(""),
  pitch: fileField,
});
export type ProjectIntentForm = z.output<typeof projectIntentSchema>;

export const intentIdSchema = z.object({ intentId: idField });

export const moveIntentSchema = z
  .object({
    intentId: idField,
    move: z.enum(INTENT_MOVES, { error: "choose_one" }),
    reason: z.preprocess(blank, z.enum(DECLINE_REASONS, { error: "choose_one" }).optional()),
  })
  .refine((v) => v.move !== "decline" || v.reason, { message: "choose_reason", path: ["reason"] });

/** Many intents at once: ids as checked boxes (one or several `intentIds`). */
export const moveIntentsSchema = z
  .object({
    intentIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(idField).min(1, "choose_intents").max(100, "too_many")),
    move: z.enum(INTENT_MOVES, { error: "choose_one" }),
    reason: z.preprocess(blank, z.enum(DECLINE_REASONS, { error: "choose_one" }).optional()),
  })
  .refine((v) => v.move !== "decline" || v.reason, { message: "choose_reason", path: ["reason"] });

export const messageSchema = z.object({
  intentId: idField,
  body: z.string({ error: "required" }).trim().min(1, "required").max(4000, "too_long"),
});

export const noteSchema = messageSchema;

export const savePositionSchema = z.object({ positionId: idField, saved: z.enum(["0", "1"], { error: "invalid" }) });

/** The pipeline's URL: anything unknown or malformed is simply left out (never an error page). */
export function parsePipelineSearch(query: Record<string, string | string[] | undefined>) {
  const one = (key: string) => (typeof query[key] === "string" ? (query[key] as string) : undefined);
  const id = idField.safeParse(one("position"));
  const page = z.coerce.number().int().min(1).max(1000).safeParse(one("page"));
  const status = z.enum(intentStatusValues).safeParse(one("status"));
  const kind = z.enum(["employment", "project"]).safeParse(one("kind"));
  const q = one("q")?.trim().slice(0, 50);
  return {
    view: one("view") === "list" ? ("list" as const) : ("board" as const),
    positionId: id.success ? id.data : undefined,
    status: status.success ? status.data : undefined,
    kind: kind.success ? kind.data : undefined,
    q: q || undefined,
    page: page.success ? page.data : 1,
  };
}

const wholeNumber = (max: number) =>
  z.preprocess(blank, z.coerce.number({ error: "required" }).int("invalid").min(1, "at_least_one").max(max, "too_large"));

/** The operators' settings of the intent rules (lib/intents/settings.ts). */
export const intentSettingsFormSchema = z
  .object({ reminderDays: wholeNumber(365), noResponseDays: wholeNumber(365), dailyLimit: wholeNumber(1000) })
  .superRefine((value, ctx) => {
    if (value.noResponseDays <= value.reminderDays) ctx.addIssue({ code: "custom", message: "close_after_reminder", path: ["noResponseDays"] });
  });
