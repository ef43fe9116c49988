import { describe, expect, it } from "vitest";
import { FieldError } from "../errors";
import { MAX_BULK_SLOTS, overlaps, planSlots, type SlotPlanInput } from "./slot-plan";
import { isTimeZone, viewerTimeZone, zonedDay, zonedTimeToUtc, zoneOffsetMinutes } from "./time-zones";

const base: SlotPlanInput = { firstDay: "2026-12-07", lastDay: "2026-12-11", weekdays: [1, 2, 3, 4, 5], from: 9 * 60, to: 12 * 60, every: 30, duration: 30, timeZone: "Asia/Shanghai" };

function fieldOf(fn: () => unknown): [string, string] | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof FieldError) return [error.field, error.messageKey];
    throw error;
  }
}

describe("[negotiations] time zones", () => {
  it("turns wall-clock times into UTC instants, across daylight saving", () => {
    expect(zonedTimeToUtc("2026-12-07", 9 * 60, "Asia/Shanghai").toISOString()).toBe("2026-12-07T01:00:00.000Z");
    expect(zonedTimeToUtc("2026-12-07", 9 * 60, "Europe/Berlin").toISOString()).toBe("2026-12-07T08:00:00.000Z");
    expect(zonedTimeToUtc("2026-07-07", 9 * 60, "Europe/Berlin").toISOString()).toBe("2026-07-07T07:00:00.000Z");
    expect(zonedTimeToUtc("2026-12-07", 9 * 60 + 30, "Asia/Kolkata").toISOString()).toBe("2026-12-07T04:00:00.000Z");
    // 02:30 does not exist in Berlin on 29 March 2026: the instant after the gap.
    expect(zonedTimeToUtc("2026-03-29", 2 * 60 + 30, "Europe/Berlin").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(zoneOffsetMinutes(new Date("2026-12-07T00:00:00Z"), "America/New_York")).toBe(-300);
  });

  it("knows which day an instant falls on in a zone", () => {
    expect(zonedDay(new Date("2026-12-07T20:00:00Z"), "Asia/Shanghai")).toBe("2026-12-08");
    expect(zonedDay(new Date("2026-12-07T20:00:00Z"), "Europe/Berlin")).toBe("2026-12-07");
  });

  it("accepts the zones Intl knows and falls back to Beijing time", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone(42)).toBe(false);
    expect(viewerTimeZone(null)).toBe("Asia/Shanghai");
    expect(viewerTimeZone("Mars/Olympus")).toBe("Asia/Shanghai");
    expect(viewerTimeZone("America/Toronto")).toBe("America/Toronto");
  });
});

describe("[negotiations] bulk slot plans", () => {
  it("makes every 30 minutes from 9:00 to 12:00 on the chosen weekdays", () => {
    const slots = planSlots(base);
    expect(slots).toHaveLength(5 * 6);
    expect(slots[0]!.startsAt.toISOString()).toBe("2026-12-07T01:00:00.000Z");
    expect(slots[5]!.startsAt.toISOString()).toBe("2026-12-07T03:30:00.000Z");
    expect(slots.at(-1)!.startsAt.toISOString()).toBe("2026-12-11T03:30:00.000Z");
    expect(planSlots({ ...base, lastDay: "2026-12-13", weekdays: [6, 7] })).toHaveLength(12);
  });

  it("keeps only sessions that end by the end time, with gaps when the interval is longer", () => {
    const slots = planSlots({ ...base, firstDay: "2026-12-07", lastDay: "2026-12-07", every: 45, duration: 40 });
    expect(slots.map((s) => s.startsAt.toISOString().slice(11, 16))).toEqual(["01:00", "01:45", "02:30", "03:15"]);
  });

  it("refuses plans that cannot be right, naming the field", () => {
    expect(fieldOf(() => planSlots({ ...base, lastDay: "2026-12-06" }))).toEqual(["lastDay", "day_order"]);
    expect(fieldOf(() => planSlots({ ...base, lastDay: "2027-03-01" }))).toEqual(["lastDay", "too_many_days"]);
    expect(fieldOf(() => planSlots({ ...base, to: 9 * 60 }))).toEqual(["to", "time_order"]);
    expect(fieldOf(() => planSlots({ ...base, every: 20 }))).toEqual(["every", "slots_overlap"]);
    expect(fieldOf(() => planSlots({ ...base, to: 9 * 60 + 20 }))).toEqual(["to", "no_room_for_slot"]);
    expect(fieldOf(() => planSlots({ ...base, weekdays: [6] }))).toEqual(["weekdays", "no_slots"]);
    expect(fieldOf(() => planSlots({ ...base, lastDay: "2027-01-31", weekdays: [1, 2, 3, 4, 5, 6, 7], from: 0, to: 24 * 60 - 1, every: 5, duration: 5 }))).toEqual(["every", "too_many_slots"]);
    expect(planSlots({ ...base, firstDay: "2026-12-01", lastDay: "2026-12-31", weekdays: [1, 2, 3, 4, 5, 6, 7], from: 0, to: 24 * 60, every: 240, duration: 60 }).length).toBeLessThanOrEqual(MAX_BULK_SLOTS);
  });

  it("says two sessions overlap when they share a minute, not when they touch", () => {
    const at = (iso: string, durationMinutes = 30) => ({ startsAt: new Date(iso), durationMinutes });
    expect(overlaps(at("2026-12-07T01:00:00Z"), at("2026-12-07T01:29:00Z"))).toBe(true);
    expect(overlaps(at("2026-12-07T01:00:00Z"), at("2026-12-07T01:30:00Z"))).toBe(false);
    expect(overlaps(at("2026-12-07T01:00:00Z", 120), at("2026-12-07T01:30:00Z"))).toBe(true);
  });
});
