import { z } from "zod";
import { bookingOutcome } from "../../db/schema/enums";
import { blank } from "../forms/fields";
import { idField } from "../intents/schemas";
import { isTimeZone } from "./time-zones";

const list = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);

/** "09:30" → 570 minutes after midnight. */
const clockTime = z
  .string({ error: "required" })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time_invalid")
  .transform((v) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5)));

const day = z.string({ error: "required" }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, "date_invalid").refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "date_invalid");

const minutes = (min: number, max: number) => z.preprocess(blank, z.coerce.number({ error: "required" }).int("invalid").min(min, "out_of_range").max(max, "out_of_range"));

export const timeZoneField = z.string({ error: "time_zone_invalid" }).trim().refine(isTimeZone, "time_zone_invalid");

/** A bulk publication: "every 30 minutes from 9:00 to 12:00 on these days", in the employer's zone. */
export const slotBulkSchema = z.object({
  /** Empty: open to intents on any of the employer's positions. */
  position: z.preprocess(blank, idField.optional()),
  firstDay: day,
  lastDay: day,
  weekdays: z.preprocess(list, z.array(z.coerce.number().int().min(1, "invalid").max(7, "invalid")).min(1, "choose_weekday").max(7, "invalid")),
  from: clockTime,
  to: clockTime,
  every: minutes(5, 480),
  duration: minutes(5, 480),
  capacity: minutes(1, 500),
  timeZone: timeZoneField,
});
export type SlotBulkForm = z.output<typeof slotBulkSchema>;

export const slotIdSchema = z.object({ slotId: idField });

/** Booking (or moving a booking to) a slot; the talent's zone is remembered when given. */
export const bookSlotSchema = z.object({
  intentId: idField,
  slotId: z.preprocess(blank, z.coerce.number({ error: "choose_slot" }).int("choose_slot").positive("choose_slot").max(2_147_483_647, "choose_slot")),
  timeZone: z.preprocess(blank, timeZoneField.optional()),
});

export const bookingIdSchema = z.object({ bookingId: idField });

export const outcomeSchema = z.object({
  bookingId: idField,
  outcome: z.enum(bookingOutcome.enumValues, { error: "choose_one" }),
  note: z.string().trim().max(2000, "too_long").default(""),
});

export const timeZoneSchema = z.object({ timeZone: timeZoneField });
