import { LRUCache } from "lru-cache";

/**
 * Which beacons count as a view (the funnel's first step), so a script posting the beacon in a
 * loop cannot inflate a position's figures:
 * - a known client address counts once per position per VIEW_WINDOW_MS (a reload, a second
 *   tab, a bot hammering one page: one view);
 * - whatever the address, one instance counts at most PER_POSITION_PER_MINUTE views of one
 *   position a minute (requests without an address share the "unknown" bucket, so this cap
 *   is what bounds them).
 * Kept in memory per instance (bounded LRU caches): n instances count at most n times as many.
 */
export const VIEW_WINDOW_MS = 30 * 60_000;
export const PER_POSITION_PER_MINUTE = 120;

export function createViewCounter({ maxAddresses = 100_000, maxPositions = 20_000, clock }: { maxAddresses?: number; maxPositions?: number; clock?: { now(): number } } = {}) {
  const seen = new LRUCache<string, true>({ max: maxAddresses, ttl: VIEW_WINDOW_MS, ttlResolution: 0, ...(clock ? { perf: clock } : {}) });
  const perMinute = new LRUCache<number, { minute: number; count: number }>({ max: maxPositions });
  return {
    /** Whether this beacon counts; remembers it if it does. */
    shouldCount({ ip, positionId, now = Date.now() }: { ip: string; positionId: number; now?: number }): boolean {
      const key = `${ip}|${positionId}`;
      if (ip !== "unknown" && seen.has(key)) return false;
      const minute = Math.floor(now / 60_000);
      const bucket = perMinute.get(positionId);
      const count = bucket && bucket.minute === minute ? bucket.count : 0;
      if (count >= PER_POSITION_PER_MINUTE) return false;
      perMinute.set(positionId, { minute, count: count + 1 });
      if (ip !== "unknown") seen.set(key, true);
      return true;
    },
  };
}

/** This instance's counter. */
export const viewCounter = createViewCounter();
