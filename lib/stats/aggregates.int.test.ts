import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "../../db/index";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { createCatalog, createEmployer, createIntent, createPosition, createSlot, createTalent } from "../../tests/support/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  await t?.destroy();
});

/** The aggregates as they stand, without rows that count nothing. */
async function snapshot() {
  const daily = await execute<Record<string, unknown>>(
    t.db,
    sql`select campaign_id, metric, key, day::text as day, n::int as n, amount::int as amount from stats_daily
        where n <> 0 or amount <> 0 order by campaign_id, metric, key, day`,
  );
  const employers = await execute(t.db, sql`select campaign_id, employer_id, first_day::text from stats_employer_campaigns order by 1, 2`);
  const waiting = await execute(t.db, sql`select campaign_id, employer_id, n from stats_waiting where n <> 0 order by 1, 2`);
  return { daily, employers, waiting };
}

describe("the dashboard's aggregates kept by triggers", () => {
  it("equal a rebuild from the rows after positions, employers, talents, intents and bookings change", async () => {
    const db = t.db;
    const [campaign] = await execute<{ id: number }>(db, sql`select id from campaigns where featured`);
    const c = campaign!.id;
    const catalog = await createCatalog(db);
    // A new employer with two positions in the campaign, one published a day later.
    const employer = await createEmployer(db);
    const first = await createPosition(db, catalog, employer.id);
    const second = await createPosition(db, catalog, employer.id);
    await execute(db, sql`update positions set campaign_id = ${c}, headcount = 3 where id in (${first.id}, ${second.id})`);
    await execute(db, sql`update positions set published_at = published_at - interval '2 days' where id = ${first.id}`);
    // A talent joins from abroad, registers an intent, books a slot, and the intent is reached.
    const talent = await createTalent(db);
    await execute(db, sql`insert into campaign_talents (campaign_id, talent_id) values (${c}, ${talent.user.id})`);
    await execute(db, sql`update talent_profiles set origin = 'overseas', country = 'DE' where user_id = ${talent.user.id}`);
    const intent = await createIntent(db, first, talent.user.id);
    await execute(db, sql`update intents set campaign_id = ${c} where id = ${intent.id}`);
    const slot = await createSlot(db, employer.id, 2);
    await execute(db, sql`insert into bookings (slot_id, intent_id, talent_id, room_name) values (${slot.id}, ${intent.id}, ${talent.user.id}, ${`room-${intent.id}`})`);
    await execute(db, sql`update intents set status = 'negotiating' where id = ${intent.id}`);
    await execute(db, sql`update intents set status = 'reached', reached_at = now() where id = ${intent.id}`);
    await execute(db, sql`update bookings set status = 'cancelled', cancelled_at = now() where intent_id = ${intent.id}`);
    // Demo data moves too: an employer suspended, a position closed, intents declined and deleted.
    await execute(db, sql`update employers set status = 'suspended' where id = (select employer_id from positions where status = 'published' and campaign_id = ${c} order by id limit 1)`);
    await execute(db, sql`update positions set status = 'closed' where id = (select id from positions where status = 'published' and campaign_id = ${c} order by id desc limit 1)`);
    await execute(db, sql`update intents set status = 'declined', decline_reason = 'other' where id in (select id from intents where status = 'submitted' order by id limit 5)`);
    await execute(db, sql`delete from intents where id in (select id from intents where status in ('reached', 'signed') order by id limit 3)`);
    await execute(db, sql`delete from campaign_talents where talent_id = (select talent_id from campaign_talents order by joined_at limit 1)`);
    await execute(db, sql`update talent_profiles set origin = 'domestic', country = null where user_id = (select user_id from talent_profiles where origin = 'overseas' order by user_id limit 1)`);
    await execute(db, sql`delete from positions where id = ${second.id}`);
    // A whole employer goes, with its positions and intents.
    await execute(db, sql`delete from employers where id = (select employer_id from positions where status = 'published' and campaign_id = ${c} order by id desc limit 1)`);

    const kept = await snapshot();
    await execute(db, sql`select stats_rebuild()`);
    const rebuilt = await snapshot();
    expect(kept.daily.length).toBeGreaterThan(100);
    expect(kept).toEqual(rebuilt);
  });

  it("equal a rebuild after several changes in one transaction, counted at its commit, not at all if it rolls back, once by a rebuild inside it", async () => {
    const db = t.db;
    const [campaign] = await execute<{ id: number }>(db, sql`select id from campaigns where featured`);
    const catalog = await createCatalog(db);
    const employer = await createEmployer(db);
    const position = await createPosition(db, catalog, employer.id);
    await execute(db, sql`update positions set campaign_id = ${campaign!.id} where id = ${position.id}`);
    const talent = await createTalent(db);
    const slot = await createSlot(db, employer.id, 2);
    const before = await snapshot();
    // As bookSlot does it: a registration, its booking and the intent's move, in one transaction.
    const pendingInside = await db.transaction(async (tx) => {
      const intent = await createIntent(tx, position, talent.user.id);
      await execute(tx, sql`update intents set campaign_id = ${campaign!.id} where id = ${intent.id}`);
      await execute(tx, sql`insert into bookings (slot_id, intent_id, talent_id, room_name) values (${slot.id}, ${intent.id}, ${talent.user.id}, ${`room-tx-${intent.id}`})`);
      await execute(tx, sql`update intents set status = 'negotiating' where id = ${intent.id}`);
      return (await execute<{ n: number }>(tx, sql`select count(*)::int as n from stats_pending`))[0]!.n;
    });
    expect(pendingInside, "the deltas wait for the commit").toBeGreaterThan(0);
    expect((await execute<{ n: number }>(db, sql`select count(*)::int as n from stats_pending`))[0]!.n, "and are moved by it").toBe(0);
    const kept = await snapshot();
    expect(kept).not.toEqual(before);
    await execute(db, sql`select stats_rebuild()`);
    expect(await snapshot()).toEqual(kept);

    await db
      .transaction(async (tx) => {
        const other = await createTalent(tx);
        const intent = await createIntent(tx, position, other.user.id);
        await execute(tx, sql`update intents set campaign_id = ${campaign!.id} where id = ${intent.id}`);
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    expect(await snapshot()).toEqual(kept);
    expect((await execute<{ n: number }>(db, sql`select count(*)::int as n from stats_pending`))[0]!.n).toBe(0);

    // A rebuild inside a transaction with changes not yet counted counts them once.
    await db.transaction(async (tx) => {
      const other = await createTalent(tx);
      const intent = await createIntent(tx, position, other.user.id);
      await execute(tx, sql`update intents set campaign_id = ${campaign!.id} where id = ${intent.id}`);
      await execute(tx, sql`select stats_rebuild()`);
    });
    const afterRebuild = await snapshot();
    await execute(db, sql`select stats_rebuild()`);
    expect(afterRebuild).toEqual(await snapshot());
  });
});
