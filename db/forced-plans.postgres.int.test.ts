import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPositionFacets, findPositions } from "../lib/positions/queries";
import { parseSearchStrict } from "../lib/positions/search-params";
import { createTestDatabase, type TestDatabase } from "../tests/support/test-database";
import { type Database, execute, FORCED_PLAN_APPLICATION, forcedPlanSettings, type ForcedPlan, getDatabase } from "./index";

// PGlite has one connection and sets a forced plan's settings in a transaction instead.
// vitest.config.ts runs *.postgres.int.test.ts only when DATABASE_URL is set.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  await t?.destroy();
});

/** The planner settings a connection of `db` runs with. */
async function settingsOf(db: Database): Promise<Record<string, string>> {
  const names = Object.keys(forcedPlanSettings("walk"));
  const [row] = await execute<Record<string, string>>(db, sql`select ${sql.join(names.map((name) => sql`current_setting(${name}) as ${sql.identifier(name)}`), sql`, `)}`);
  return row!;
}

describe("[search] forced plans' connections (PostgreSQL)", () => {
  it("each forced plan's pool starts its sessions with the plan's settings; the app's own pool keeps PostgreSQL's", async () => {
    for (const plan of ["walk", "collect"] as ForcedPlan[]) {
      expect(await settingsOf(t.forcedPlans![plan])).toEqual(forcedPlanSettings(plan));
    }
    expect(await settingsOf(t.db)).toMatchObject({ enable_seqscan: "on", enable_bitmapscan: "on", join_collapse_limit: "8" });
  });

  it("a search with words runs on them, and finds what the same plans find set in a transaction (PGlite's way)", async () => {
    const search = async (q: string) => {
      const parsed = parseSearchStrict(new URLSearchParams({ q }));
      if (!parsed.ok) throw new Error(`bad search ${q}`);
      return Promise.all([findPositions(parsed.search), findPositionFacets(parsed.search)]);
    };
    const words = ["海洋", "工程师", "舟山 港口", "研究"];
    const viaPools = await Promise.all(words.map(search));
    expect(viaPools.map(([page]) => page.total.value > 0)).toEqual(words.map(() => true));
    const [{ n }] = (await execute<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name like ${`${FORCED_PLAN_APPLICATION}%`}`,
    )) as [{ n: number }];
    expect(n).toBeGreaterThan(0);
    // The same searches with the settings set per transaction (each search's plan is the same:
    // its sampled share is kept 30 s).
    const handle = await getDatabase();
    const pools = handle.forcedPlans;
    handle.forcedPlans = undefined;
    try {
      expect(await Promise.all(words.map(search))).toEqual(viaPools);
    } finally {
      handle.forcedPlans = pools;
    }
  });
});
