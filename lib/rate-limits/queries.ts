import "server-only";
import { inArray, sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";
import { rateLimits } from "../../db/schema";

/**
 * Fixed-window counters in the database, so every app instance counts together. A window
 * restarts at the first hit after it has run out.
 */
export interface WindowCount {
  key: string;
  count: number;
  /** When the current window runs out. */
  resetsAt: Date;
}

export async function hitRateLimit({ key, windowSeconds }: { key: string; windowSeconds: number }): Promise<WindowCount> {
  const db = await getDb();
  const [row] = await execute<{ count: number; window_start: string | Date }>(
    db,
    sql`insert into rate_limits (key, count, window_start) values (${key}, 1, now())
        on conflict (key) do update set
          count = case when rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds}) then 1 else rate_limits.count + 1 end,
          window_start = case when rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds}) then now() else rate_limits.window_start end
        returning count, window_start`,
  );
  return { key, count: Number(row?.count ?? 1), resetsAt: new Date(new Date(row?.window_start ?? Date.now()).getTime() + windowSeconds * 1000) };
}

/** The live counts of these keys (expired windows count as zero). */
export async function getRateLimits({ keys, windowSeconds }: { keys: string[]; windowSeconds: number }): Promise<WindowCount[]> {
  if (keys.length === 0) return [];
  const db = await getDb();
  const rows = await db.select().from(rateLimits).where(inArray(rateLimits.key, keys));
  const now = Date.now();
  return rows
    .map((row) => ({ key: row.key, count: row.count, resetsAt: new Date(row.windowStart.getTime() + windowSeconds * 1000) }))
    .filter((row) => row.resetsAt.getTime() > now);
}

export async function clearRateLimit({ key }: { key: string }): Promise<void> {
  const db = await getDb();
  await db.delete(rateLimits).where(inArray(rateLimits.key, [key]));
}
