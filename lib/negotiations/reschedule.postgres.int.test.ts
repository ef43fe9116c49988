import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookings, negotiationSlots } from "../../db/schema";
import { createCatalog, createEmployerWithMember, createIntent, createPosition, createSlot, createTalent } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { AppError } from "../errors";
import { bookSlot, cancelBooking, cancelSlot } from "./mutations";

// Concurrent transactions need a real server: PGlite runs one statement at a time.
// vitest.config.ts runs *.postgres.int.test.ts only when DATABASE_URL is set.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

describe("[negotiations] rescheduling at once (PostgreSQL)", () => {
  it("two talents swapping between the same two slots at the same moment both succeed: no deadlock, counts true", async () => {
    // Found by bench:load's mix: a reschedule changes two slots' counts (the bookings trigger).
    // Talent 1 moving A → B while talent 2 moves B → A took the two slots' row locks in
    // opposite orders, and PostgreSQL killed one as a deadlock (a 500).
    const catalog = await createCatalog(t.db);
    const org = await createEmployerWithMember(t.db);
    const position = await createPosition(t.db, catalog, org.employer.id);
    const [a, b] = [await createSlot(t.db, org.employer.id, 5), await createSlot(t.db, org.employer.id, 5)];
    const talents = [await createTalent(t.db), await createTalent(t.db)];
    const held = await Promise.all(talents.map((talent) => createIntent(t.db, position, talent.user.id)));
    await bookSlot({ talentId: talents[0]!.user.id, intentId: held[0]!.id, slotId: a!.id });
    await bookSlot({ talentId: talents[1]!.user.id, intentId: held[1]!.id, slotId: b!.id });

    for (let round = 0; round < 30; round++) {
      const [from0, from1] = round % 2 === 0 ? [b!, a!] : [a!, b!];
      const results = await Promise.allSettled([
        bookSlot({ talentId: talents[0]!.user.id, intentId: held[0]!.id, slotId: from0.id }),
        bookSlot({ talentId: talents[1]!.user.id, intentId: held[1]!.id, slotId: from1.id }),
      ]);
      expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok")), `round ${round}`).toEqual(["ok", "ok"]);
    }

    const slots = await t.db.select().from(negotiationSlots).where(inArray(negotiationSlots.id, [a!.id, b!.id]));
    for (const slot of slots) {
      const live = await t.db.select().from(bookings).where(eq(bookings.slotId, slot.id));
      expect(slot.bookedCount).toBe(live.filter((x) => x.status === "booked").length);
    }
    expect(slots.reduce((n, s) => n + s.bookedCount, 0)).toBe(2);
  });
});

describe("[negotiations] an employer cancelling a slot while its talents change their bookings (PostgreSQL)", () => {
  it("cancels and reschedules at once without a deadlock: each talent's change either wins or is refused cleanly", async () => {
    // cancelSlot locks the slot, then its bookings; a talent's cancel or reschedule locked the
    // booking, then (through the trigger) the slot. Now every change takes the slot first.
    const catalog = await createCatalog(t.db);
    const org = await createEmployerWithMember(t.db);
    const position = await createPosition(t.db, catalog, org.employer.id);
    for (let round = 0; round < 5; round++) {
      const [a, b] = [await createSlot(t.db, org.employer.id, 12), await createSlot(t.db, org.employer.id, 12)];
      const talents = await Promise.all(Array.from({ length: 12 }, () => createTalent(t.db)));
      const held = await Promise.all(talents.map((talent) => createIntent(t.db, position, talent.user.id)));
      const booked: { bookingId: number }[] = [];
      for (const [i, talent] of talents.entries()) booked.push(await bookSlot({ talentId: talent.user.id, intentId: held[i]!.id, slotId: a!.id }));
      const results = await Promise.allSettled([
        cancelSlot({ employerId: org.employer.id, slotId: a!.id }),
        ...talents.map((talent, i) =>
          i % 2 === 0
            ? cancelBooking({ talentId: talent.user.id, bookingId: booked[i]!.bookingId })
            : bookSlot({ talentId: talent.user.id, intentId: held[i]!.id, slotId: b!.id }),
        ),
      ]);
      // Refusals are the app's own (the booking was already cancelled with its slot); nothing else.
      const unexpected = results.filter((r) => r.status === "rejected" && !(r.reason instanceof AppError)).map((r) => String((r as PromiseRejectedResult).reason));
      expect(unexpected, `round ${round}`).toEqual([]);
      const [slotA] = await t.db.select().from(negotiationSlots).where(eq(negotiationSlots.id, a!.id));
      expect(slotA!.cancelledAt).not.toBeNull();
      for (const slot of await t.db.select().from(negotiationSlots).where(inArray(negotiationSlots.id, [a!.id, b!.id]))) {
        const live = (await t.db.select().from(bookings).where(eq(bookings.slotId, slot.id))).filter((x) => x.status === "booked");
        expect(slot.bookedCount).toBe(live.length);
      }
    }
  });
});
