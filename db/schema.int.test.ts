import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalog, createEmployer, createIntent, createPosition, createSlot, createUser } from "../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../tests/support/test-database";
import { PG_CHECK_VIOLATION, PG_FOREIGN_KEY_VIOLATION, PG_UNIQUE_VIOLATION, pgError } from "./errors";
import { bookings, employers, intents, negotiationSlots, positions, users } from "./schema";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return pgError(error);
  }
  throw new Error("expected the database to refuse this");
}

describe("the database enforces DESIGN.md's invariants", () => {
  it("refuses a second intent of one talent on one position", async () => {
    const catalog = await createCatalog(t.db);
    const employer = await createEmployer(t.db);
    const position = await createPosition(t.db, catalog, employer.id);
    const talent = await createUser(t.db, "talent");
    await createIntent(t.db, position, talent.id);
    const error = await failure(createIntent(t.db, position, talent.id));
    expect(error).toEqual({ code: PG_UNIQUE_VIOLATION, constraint: "intents_talent_position_key" });
    const stored = await t.db.select().from(intents).where(eq(intents.talentId, talent.id));
    expect(stored).toHaveLength(1);
  });

  it("holds foreign keys: no intent on a position that does not exist", async () => {
    const catalog = await createCatalog(t.db);
    const talent = await createUser(t.db, "talent");
    const error = await failure(createIntent(t.db, { id: 2_000_000_000, employerId: 1, boardId: catalog.board.id }, talent.id));
    expect(error?.code).toBe(PG_FOREIGN_KEY_VIOLATION);
  });

  it("keeps a position's platform on the position's board", async () => {
    const first = await createCatalog(t.db);
    const second = await createCatalog(t.db);
    const employer = await createEmployer(t.db);
    const position = await createPosition(t.db, first, employer.id);
    const error = await failure(t.db.update(positions).set({ platformId: second.platform.id }).where(eq(positions.id, position.id)));
    expect(error).toEqual({ code: PG_FOREIGN_KEY_VIOLATION, constraint: "positions_platform_on_board_fk" });
  });

  it("never holds more live bookings on a slot than its capacity, also when they race", async () => {
    const catalog = await createCatalog(t.db);
    const employer = await createEmployer(t.db);
    const position = await createPosition(t.db, catalog, employer.id);
    const slot = await createSlot(t.db, employer.id, 2);
    const talents = await Promise.all(Array.from({ length: 8 }, () => createUser(t.db, "talent")));
    const intentRows = await Promise.all(talents.map((talent) => createIntent(t.db, position, talent.id)));
    const results = await Promise.allSettled(
      intentRows.map((intent, i) =>
        t.db.insert(bookings).values({ slotId: slot.id, intentId: intent.id, talentId: talents[i]!.id, roomName: `zq-test-${slot.id}-${i}` }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of results) {
      if (r.status === "rejected") expect(pgError(r.reason)).toEqual({ code: PG_CHECK_VIOLATION, constraint: "negotiation_slots_booked_check" });
    }
    const [after] = await t.db.select().from(negotiationSlots).where(eq(negotiationSlots.id, slot.id));
    expect(after?.bookedCount).toBe(2);

    // A cancellation frees its seat, and a new booking may take it.
    const [live] = await t.db.select().from(bookings).where(eq(bookings.slotId, slot.id)).limit(1);
    await t.db.update(bookings).set({ status: "cancelled", cancelledAt: new Date() }).where(eq(bookings.id, live!.id));
    const [freed] = await t.db.select().from(negotiationSlots).where(eq(negotiationSlots.id, slot.id));
    expect(freed?.bookedCount).toBe(1);
  });

  it("keeps one live booking per intent", async () => {
    const catalog = await createCatalog(t.db);
    const employer = await createEmployer(t.db);
    const position = await createPosition(t.db, catalog, employer.id);
    const talent = await createUser(t.db, "talent");
    const intent = await createIntent(t.db, position, talent.id);
    const slot = await createSlot(t.db, employer.id, 5);
    await t.db.insert(bookings).values({ slotId: slot.id, intentId: intent.id, talentId: talent.id, roomName: `zq-one-${intent.id}-a` });
    const error = await failure(
      t.db.insert(bookings).values({ slotId: slot.id, intentId: intent.id, talentId: talent.id, roomName: `zq-one-${intent.id}-b` }),
    );
    expect(error).toEqual({ code: PG_UNIQUE_VIOLATION, constraint: "bookings_one_live_per_intent_key" });
  });

  it("refuses malformed credit codes, talents without consent and duplicate e-mails in any case", async () => {
    const badCode = await failure(t.db.insert(employers).values({ name: "坏代码", creditCode: "91330900-OOPS", kind: "enterprise" }));
    expect(badCode).toEqual({ code: PG_CHECK_VIOLATION, constraint: "employers_credit_code_shape_check" });
    const noConsent = await failure(t.db.insert(users).values({ email: `nc-${Date.now()}@x.example`, name: "x", role: "talent" }));
    expect(noConsent).toEqual({ code: PG_CHECK_VIOLATION, constraint: "users_talent_consent_check" });
    const user = await createUser(t.db, "operator");
    const duplicate = await failure(t.db.insert(users).values({ email: user.email.toUpperCase(), name: "y", role: "operator" }));
    expect(duplicate).toEqual({ code: PG_UNIQUE_VIOLATION, constraint: "users_email_lower_key" });
  });

  it("refuses a reached intent without the time it was reached", async () => {
    const catalog = await createCatalog(t.db);
    const employer = await createEmployer(t.db);
    const position = await createPosition(t.db, catalog, employer.id);
    const talent = await createUser(t.db, "talent");
    const intent = await createIntent(t.db, position, talent.id);
    const error = await failure(t.db.update(intents).set({ status: "reached" }).where(eq(intents.id, intent.id)));
    expect(error).toEqual({ code: PG_CHECK_VIOLATION, constraint: "intents_reached_check" });
  });

  it("has the search extensions installed", async () => {
    const rows = await t.db.execute(sql`select extname from pg_extension order by extname`);
    const names = (Array.isArray(rows) ? rows : (rows as { rows: { extname: string }[] }).rows).map((r) => (r as { extname: string }).extname);
    expect(names).toEqual(expect.arrayContaining(["btree_gin", "intarray", "pg_trgm"]));
  });
});
