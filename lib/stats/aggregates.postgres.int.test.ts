import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "../../db/index";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { createCatalog, createEmployer, createPosition, createTalent } from "../../tests/support/factories";

// Two sessions at once (PostgreSQL; vitest.config.ts runs *.postgres.int.test.ts only when DATABASE_URL is set).
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  await t?.destroy();
});

describe("the dashboard's counters under concurrent registrations (PostgreSQL)", () => {
  it("do not make one registration wait for another's transaction to end, and count both", async () => {
    if (t.target.kind !== "postgres") throw new Error("PostgreSQL only");
    const [campaign] = await execute<{ id: number }>(t.db, sql`select id from campaigns where featured`);
    const catalog = await createCatalog(t.db);
    const employer = await createEmployer(t.db);
    const position = await createPosition(t.db, catalog, employer.id);
    await execute(t.db, sql`update positions set campaign_id = ${campaign!.id} where id = ${position.id}`);
    const [first, second] = [await createTalent(t.db), await createTalent(t.db)];
    const counted = async () =>
      (await execute<{ n: number }>(t.db, sql`select coalesce(sum(n), 0)::int as n from stats_daily where campaign_id = ${campaign!.id} and metric = 'intent'`))[0]!.n;
    const before = await counted();

    const a = postgres(t.target.url, { max: 1, onnotice: () => {} });
    const b = postgres(t.target.url, { max: 1, onnotice: () => {} });
    const register = (tx: postgres.TransactionSql, talentId: string) =>
      tx`insert into intents (kind, talent_id, position_id, employer_id, board_id, campaign_id)
         values ('employment', ${talentId}, ${position.id}, ${employer.id}, ${position.boardId}, ${campaign!.id})`;
    try {
      let releaseA: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (releaseA = resolve));
      let aInserted: () => void = () => undefined;
      const inserted = new Promise<void>((resolve) => (aInserted = resolve));
      // A registers in the campaign today and holds its transaction open…
      const txA = a.begin(async (tx) => {
        await register(tx, first.user.id);
        aInserted();
        await held;
      });
      await inserted;
      // …while B registers in the same campaign on the same day: it must not wait for A (before,
      // both updated the same counter row, and B waited until A's commit).
      try {
        await b.begin(async (tx) => {
          await tx.unsafe("set local lock_timeout = '2s'");
          await register(tx, second.user.id);
        });
      } finally {
        releaseA();
        await txA;
      }
      expect(await counted()).toBe(before + 2);
    } finally {
      await a.end();
      await b.end();
    }
  });
});
