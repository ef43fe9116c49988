import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookings, negotiationSlots, notifications, positions, savedPositions } from "../../db/schema";
import { createCatalog, createEmployerWithMember, createIntent, createPosition, createTalent } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { runSavedExpiryJob, runSessionReminderJob } from "./jobs";

const MINUTE = 60_000;
const DAY = 86_400_000;
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

const notesOf = (userId: string, kind: string) => t.db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));

async function bookingAt(startsAt: Date, status: "booked" | "cancelled" = "booked") {
  const catalog = await createCatalog(t.db);
  const employer = await createEmployerWithMember(t.db);
  const position = await createPosition(t.db, catalog, employer.employer.id);
  const talent = await createTalent(t.db);
  const intent = await createIntent(t.db, position, talent.user.id);
  const [slot] = await t.db.insert(negotiationSlots).values({ employerId: employer.employer.id, startsAt, capacity: 2 }).returning();
  const [booking] = await t.db
    .insert(bookings)
    .values({ slotId: slot!.id, intentId: intent.id, talentId: talent.user.id, roomName: `room-${intent.id}-${Math.random().toString(36).slice(2)}` })
    .returning();
  if (status === "cancelled") await t.db.update(bookings).set({ status: "cancelled", cancelledAt: new Date() }).where(eq(bookings.id, booking!.id));
  return { employer, talent, intent, booking: booking!, position };
}

describe("[notifications] session reminders", () => {
  it("reminds the talent and the employer's people 30 minutes before, once per booking, even when two runs race", async () => {
    const now = new Date("2026-06-01T01:00:00Z");
    const soon = await bookingAt(new Date(now.getTime() + 20 * MINUTE));
    const later = await bookingAt(new Date(now.getTime() + 90 * MINUTE));
    const cancelled = await bookingAt(new Date(now.getTime() + 10 * MINUTE), "cancelled");
    const past = await bookingAt(new Date(now.getTime() - 5 * MINUTE));

    const runs = await Promise.all([runSessionReminderJob({ now }), runSessionReminderJob({ now })]);
    expect(runs[0].reminded + runs[1].reminded).toBe(1);
    const [talentNote] = await notesOf(soon.talent.user.id, "booking.reminder");
    expect(talentNote?.data).toMatchObject({ bookingId: soon.booking.id, intentId: soon.intent.id, positionTitle: soon.position.title, startsAt: "2026-06-01T01:20:00Z" });
    expect(await notesOf(soon.employer.user.id, "booking.reminder")).toHaveLength(1);
    for (const other of [later, cancelled, past]) expect(await notesOf(other.talent.user.id, "booking.reminder")).toHaveLength(0);

    // An hour on, the later session is due; the first is not reminded again.
    const hour = new Date(now.getTime() + 65 * MINUTE);
    expect(await runSessionReminderJob({ now: hour })).toEqual({ reminded: 1 });
    expect(await notesOf(soon.talent.user.id, "booking.reminder")).toHaveLength(1);
    expect(await notesOf(later.employer.user.id, "booking.reminder")).toHaveLength(1);
  });
});

describe("[notifications] saved positions about to close", () => {
  it("tells the talent once, three days before the position closes", async () => {
    const now = new Date();
    const catalog = await createCatalog(t.db);
    const employer = await createEmployerWithMember(t.db);
    const closing = await createPosition(t.db, catalog, employer.employer.id);
    const open = await createPosition(t.db, catalog, employer.employer.id);
    await t.db.update(positions).set({ expiresAt: new Date(now.getTime() + 2 * DAY) }).where(eq(positions.id, closing.id));
    await t.db.update(positions).set({ expiresAt: new Date(now.getTime() + 10 * DAY) }).where(eq(positions.id, open.id));
    const talent = await createTalent(t.db);
    await t.db.insert(savedPositions).values([
      { talentId: talent.user.id, positionId: closing.id },
      { talentId: talent.user.id, positionId: open.id },
    ]);

    const runs = await Promise.all([runSavedExpiryJob({ now }), runSavedExpiryJob({ now })]);
    expect(runs[0].notified + runs[1].notified).toBe(1);
    const notes = await notesOf(talent.user.id, "saved.expiring");
    expect(notes).toHaveLength(1);
    expect(notes[0]!.data).toMatchObject({ positionId: closing.id, title: closing.title });
    expect(await runSavedExpiryJob({ now: new Date(now.getTime() + DAY) })).toEqual({ notified: 0 });
    // A week on, the other one is within three days of closing.
    expect(await runSavedExpiryJob({ now: new Date(now.getTime() + 8 * DAY) })).toEqual({ notified: 1 });
  });
});
