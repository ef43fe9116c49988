/** Times in the seed are epoch milliseconds until they become ISO strings in a row. */
import type { Rng } from "./random";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** A whole second in [from, to]. */
export function timeBetween(rng: Rng, from: number, to: number): number {
  if (to <= from) return Math.floor(from / 1000) * 1000;
  return Math.floor((from + rng.next() * (to - from)) / 1000) * 1000;
}

/** k strictly increasing whole seconds in [from, to]. */
export function sortedTimes(rng: Rng, from: number, to: number, k: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < k; i++) times.push(timeBetween(rng, from, to));
  times.sort((a, b) => a - b);
  for (let i = 1; i < k; i++) {
    const prev = times[i - 1] as number;
    if ((times[i] as number) <= prev) times[i] = prev + 1000;
  }
  return times;
}

/**
 * Video slots start on weekdays at 09:00–11:00 or 14:00–16:30 Beijing time (UTC+8, no DST),
 * every half hour. As UTC offsets within the day:
 */
const SLOT_OFFSETS = [1, 1.5, 2, 2.5, 3, 6, 6.5, 7, 7.5, 8, 8.5].map((h) => h * HOUR);

/** A random slot start in [from, to], or null when the window holds none. */
export function slotTimeBetween(rng: Rng, from: number, to: number): number | null {
  const candidates: number[] = [];
  for (let day = Math.floor(from / DAY) * DAY; day <= to; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const offset of SLOT_OFFSETS) {
      const t = day + offset;
      if (t >= from && t <= to) candidates.push(t);
    }
  }
  return candidates.length === 0 ? null : rng.pick(candidates);
}
