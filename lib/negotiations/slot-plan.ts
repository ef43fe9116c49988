import { FieldError } from "../errors";
import { zonedTimeToUtc } from "./time-zones";

/** At most this many slots in one bulk publication, and this many days between its first and last day. */
export const MAX_BULK_SLOTS = 200;
export const MAX_BULK_DAYS = 62;

export interface SlotPlanInput {
  firstDay: string;
  lastDay: string;
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  /** Minutes after midnight, in the plan's time zone. */
  from: number;
  to: number;
  every: number;
  duration: number;
  timeZone: string;
}

export interface PlannedSlot {
  startsAt: Date;
  durationMinutes: number;
}

const DAY = 86_400_000;

function dayNumber(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY;
}

function dayString(n: number): string {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

/**
 * "Every 30 minutes from 9:00 to 12:00 on these days": one slot per step whose whole session fits
 * before `to`, on each chosen weekday between the first and the last day, wall-clock times in the
 * plan's zone turned into UTC instants. Throws a FieldError for a plan that cannot be right.
 */
export function planSlots(input: SlotPlanInput): PlannedSlot[] {
  const first = dayNumber(input.firstDay);
  const last = dayNumber(input.lastDay);
  if (last < first) throw new FieldError("lastDay", "day_order");
  if (last - first + 1 > MAX_BULK_DAYS) throw new FieldError("lastDay", "too_many_days");
  if (input.to <= input.from) throw new FieldError("to", "time_order");
  if (input.every < input.duration) throw new FieldError("every", "slots_overlap");
  if (input.from + input.duration > input.to) throw new FieldError("to", "no_room_for_slot");
  const weekdays = new Set(input.weekdays);
  const slots: PlannedSlot[] = [];
  for (let day = first; day <= last; day++) {
    const isoWeekday = ((new Date(day * DAY).getUTCDay() + 6) % 7) + 1;
    if (!weekdays.has(isoWeekday)) continue;
    for (let start = input.from; start + input.duration <= input.to; start += input.every) {
      if (slots.length === MAX_BULK_SLOTS) throw new FieldError("every", "too_many_slots");
      slots.push({ startsAt: zonedTimeToUtc(dayString(day), start, input.timeZone), durationMinutes: input.duration });
    }
  }
  if (slots.length === 0) throw new FieldError("weekdays", "no_slots");
  return slots;
}

/** Whether two sessions share any minute (touching ends do not overlap). */
export function overlaps(a: { startsAt: Date; durationMinutes: number }, b: { startsAt: Date; durationMinutes: number }): boolean {
  const aEnd = a.startsAt.getTime() + a.durationMinutes * 60_000;
  const bEnd = b.startsAt.getTime() + b.durationMinutes * 60_000;
  return a.startsAt.getTime() < bEnd && b.startsAt.getTime() < aEnd;
}
