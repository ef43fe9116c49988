/**
 * Time zones: times are stored in UTC and shown in each viewer's zone. A zone is valid when the
 * runtime knows it (Intl.supportedValuesOf), the same list the browser offers.
 */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

let known: Set<string> | undefined;

export function timeZones(): string[] {
  return Intl.supportedValuesOf("timeZone");
}

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string") return false;
  known ??= new Set(timeZones());
  return known.has(value);
}

/** The zone to show times in: the saved one if valid, else the platform's (Beijing time). */
export function viewerTimeZone(saved: string | null | undefined): string {
  return isTimeZone(saved) ? saved : DEFAULT_TIME_ZONE;
}

const MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: number, zone: string) {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
    formatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in minutes. */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const at = Math.floor(instant.getTime() / MINUTE) * MINUTE;
  const w = wallClock(at, zone);
  return (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - at) / MINUTE;
}

/**
 * The UTC instant of a wall-clock time ("2026-12-01", 9 × 60) in a zone. A time skipped by a
 * daylight-saving jump resolves to the instant after the gap, as calendar programs do.
 */
export function zonedTimeToUtc(day: string, minuteOfDay: number, zone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d) + minuteOfDay * MINUTE;
  const first = wall - zoneOffsetMinutes(new Date(wall), zone) * MINUTE;
  const second = wall - zoneOffsetMinutes(new Date(first), zone) * MINUTE;
  return new Date(Math.max(first, second));
}

/** The calendar day ("YYYY-MM-DD") an instant falls on in a zone. */
export function zonedDay(instant: Date, zone: string): string {
  const w = wallClock(instant.getTime(), zone);
  return `${w.year}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;
}
