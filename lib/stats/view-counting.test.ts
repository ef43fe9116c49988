import { describe, expect, it } from "vitest";
import { createViewCounter, PER_POSITION_PER_MINUTE, VIEW_WINDOW_MS } from "./view-counting";

describe("which position-page beacons count as views", () => {
  it("counts one view per address and position within the window, and again after it", () => {
    let now = 1_000;
    const counter = createViewCounter({ clock: { now: () => now } });
    {
      expect(counter.shouldCount({ ip: "203.0.113.7", positionId: 1 })).toBe(true);
      expect(counter.shouldCount({ ip: "203.0.113.7", positionId: 1 })).toBe(false);
      expect(counter.shouldCount({ ip: "203.0.113.7", positionId: 2 })).toBe(true);
      expect(counter.shouldCount({ ip: "203.0.113.8", positionId: 1 })).toBe(true);
      now += VIEW_WINDOW_MS + 1;
      expect(counter.shouldCount({ ip: "203.0.113.7", positionId: 1 })).toBe(true);
    }
  });

  it("caps the views of one position a minute, addresses unknown included, and opens again the next minute", () => {
    const counter = createViewCounter();
    const now = Date.UTC(2026, 10, 30, 10, 0, 0);
    const counted = Array.from({ length: PER_POSITION_PER_MINUTE + 50 }, () => counter.shouldCount({ ip: "unknown", positionId: 9, now })).filter(Boolean);
    expect(counted).toHaveLength(PER_POSITION_PER_MINUTE);
    expect(counter.shouldCount({ ip: "198.51.100.1", positionId: 9, now })).toBe(false);
    expect(counter.shouldCount({ ip: "unknown", positionId: 10, now })).toBe(true);
    expect(counter.shouldCount({ ip: "unknown", positionId: 9, now: now + 60_000 })).toBe(true);
  });

  it("stays bounded: the oldest addresses are forgotten, not kept for ever", () => {
    const counter = createViewCounter({ maxAddresses: 3 });
    const now = Date.now();
    for (const ip of ["192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4"]) expect(counter.shouldCount({ ip, positionId: 5, now })).toBe(true);
    // 192.0.2.1 fell out of the cache: it counts again (bounded memory beats perfect dedupe).
    expect(counter.shouldCount({ ip: "192.0.2.1", positionId: 5, now })).toBe(true);
    expect(counter.shouldCount({ ip: "192.0.2.4", positionId: 5, now })).toBe(false);
  });
});
