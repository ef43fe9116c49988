import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookings, intentEvents, intents, negotiationSlots, notifications, users } from "../../db/schema";
import { createCatalog, createEmployerWithMember, createIntent, createPosition, createSlot, createTalent } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { refusal } from "../../tests/support/refusal";
import { moveIntent } from "../intents/mutations";
import { bookSlot, cancelBooking, cancelSlot, createSlots, recordOutcome } from "./mutations";
import { findBookableSlots, getBookingInvitation } from "./queries";
import { slotBulkSchema } from "./schemas";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

async function world() {
  const catalog = await createCatalog(t.db);
  const org = await createEmployerWithMember(t.db);
  const position = await createPosition(t.db, catalog, org.employer.id);
  const talent = await createTalent(t.db);
  const intent = await createIntent(t.db, position, talent.user.id);
  return { catalog, org, position, talent, intent };
}

const notices = (userId: string) => t.db.select().from(notifications).where(eq(notifications.userId, userId));
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe("[negotiations] booking a slot", () => {
  it("books, moves the intent to negotiating, remembers the zone and tells both sides", async () => {
    const { org, talent, intent, position } = await world();
    const slot = await createSlot(t.db, org.employer.id, 1);
    const { bookingId, rescheduled } = await bookSlot({ talentId: talent.user.id, intentId: intent.id, slotId: slot.id, timeZone: "Europe/Berlin" });
    expect(rescheduled).toBe(false);
    const [moved] = await t.db.select().from(intents).where(eq(intents.id, intent.id));
    expect(moved!.status).toBe("negotiating");
    const events = await t.db.select().from(intentEvents).where(eq(intentEvents.intentId, intent.id));
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.actorId])).toContainEqual(["submitted", "negotiating", talent.user.id]);
    const [user] = await t.db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, talent.user.id));
    expect(user!.timeZone).toBe("Europe/Berlin");
    const [booking] = await t.db.select().from(bookings).where(eq(bookings.id, bookingId));
    expect(booking!.roomName).toMatch(/^zq-[0-9a-f]{40}$/);
    for (const userId of [talent.user.id, org.user.id]) {
      const [n] = (await notices(userId)).filter((x) => x.kind === "booking.created");
      expect(n!.data).toEqual({ bookingId, intentId: intent.id, positionTitle: position.title, startsAt: slot.startsAt.toISOString() });
    }
    const [counted] = await t.db.select().from(negotiationSlots).where(eq(negotiationSlots.id, slot.id));
    expect(counted!.bookedCount).toBe(1);
  });

  it("answers 'this slot is full' under the slot field when the database refuses the one too many", async () => {
    const a = await world();
    const slot = await createSlot(t.db, a.org.employer.id, 1);
    await bookSlot({ talentId: a.talent.user.id, intentId: a.intent.id, slotId: slot.id });
    const other = await createTalent(t.db);
    const second = await createIntent(t.db, a.position, other.user.id);
    expect(await refusal(bookSlot({ talentId: other.user.id, intentId: second.id, slotId: slot.id }))).toBe("slotId:slot_full");
    const [after] = await t.db.select().from(intents).where(eq(intents.id, second.id));
    expect(after!.status).toBe("submitted");
    expect(await findBookableSlots({ talentId: other.user.id, intentId: second.id })).toEqual([]);
  });

  it("books only the handling employer's slots of this position or all, not begun, not cancelled", async () => {
    const a = await world();
    const b = await world();
    const foreign = await createSlot(t.db, b.org.employer.id, 3);
    expect(await refusal(bookSlot({ talentId: a.talent.user.id, intentId: a.intent.id, slotId: foreign.id }))).toBe("slotId:slot_unavailable");
    const [otherPosition] = await t.db.insert(negotiationSlots).values({ employerId: a.org.employer.id, positionId: (await createPosition(t.db, a.catalog, a.org.employer.id)).id, startsAt: new Date(Date.now() + 3_600_000) }).returning();
    expect(await refusal(bookSlot({ talentId: a.talent.user.id, intentId: a.intent.id, slotId: otherPosition!.id }))).toBe("slotId:slot_unavailable");
    const [past] = await t.db.insert(negotiationSlots).values({ employerId: a.org.employer.id, startsAt: new Date(Date.now() - 60_000) }).returning();
    expect(await refusal(bookSlot({ talentId: a.talent.user.id, intentId: a.intent.id, slotId: past!.id }))).toBe("slotId:slot_past");
    expect(await refusal(bookSlot({ talentId: b.talent.user.id, intentId: a.intent.id, slotId: foreign.id }))).toBe("not_found:intent");
    const own = await createSlot(t.db, a.org.employer.id, 2);
    expect((await findBookableSlots({ talentId: a.talent.user.id, intentId: a.intent.id })).map((s) => s.id)).toEqual([own.id]);
  });

  it("reschedules atomically: the old seat freed, the same UID with the next SEQUENCE, both told", async () => {
    const { org, talent, intent } = await world();
    const first = await createSlot(t.db, org.employer.id, 1);
    const [second] = await t.db.insert(negotiationSlots).values({ employerId: org.employer.id, startsAt: new Date(Date.now() + 2 * 86_400_000), capacity: 1 }).returning();
    const booked = await bookSlot({ talentId: talent.user.id, intentId: intent.id, slotId: first.id });
    expect(await refusal(bookSlot({ talentId: talent.user.id, intentId: intent.id, slotId: first.id }))).toBe("slotId:same_slot");
    const moved = await bookSlot({ talentId: talent.user.id, intentId: intent.id, slotId: second!.id });
    expect(moved.rescheduled).toBe(true);
    const rows = await t.db.select().from(bookings).where(eq(bookings.intentId, intent.id));
    const old = rows.find((r) => r.id === booked.bookingId)!;
    const now = rows.find((r) => r.id === moved.bookingId)!;
    expect([old.status, old.cancelReason]).toEqual(["cancelled", "rescheduled"]);
    expect([now.status, now.icsUid, now.icsSequence, now.rescheduledFromId]).toEqual(["booked", old.icsUid, old.icsSequence + 1, old.id]);
    const slots = await t.db.select().from(negotiationSlots).where(eq(negotiationSlots.employerId, org.employer.id));
    expect(Object.fromEntries(slots.map((s) => [s.id, s.bookedCount]))).toEqual({ [first.id]: 0, [second!.id]: 1 });
    const [n] = (await notices(org.user.id)).filter((x) => x.kind === "booking.rescheduled");
    expect(n!.data).toMatchObject({ bookingId: moved.bookingId, startsAt: second!.startsAt.toISOString(), previousStartsAt: first.startsAt.toISOString() });
    // The old booking's invitation is the chain's current one, never a CANCEL of the moved event.
    expect((await getBookingInvitation({ bookingId: old.id }))!.booking.id).toBe(now.id);
  });

  it("cancels a booking (seat back, SEQUENCE up), and an outcome makes it history", async () => {
    const { org, talent, intent } = await world();
    const slot = await createSlot(t.db, org.employer.id, 1);
    const { bookingId } = await bookSlot({ talentId: talent.user.id, intentId: intent.id, slotId: slot.id });
    const stranger = await createTalent(t.db);
    expect(await refusal(cancelBooking({ talentId: stranger.user.id, bookingId }))).toBe("not_found:booking");
    await cancelBooking({ talentId: talent.user.id, bookingId });
    const [cancelled] = await t.db.select().from(bookings).where(eq(bookings.id, bookingId));
    expect([cancelled!.status, cancelled!.cancelReason, cancelled!.icsSequence]).toEqual(["cancelled", "talent", 1]);
    expect((await notices(org.user.id)).some((n) => n.kind === "booking.cancelled")).toBe(true);
    expect(await refusal(recordOutcome({ employerId: org.employer.id, userId: org.user.id, bookingId, outcome: "held", note: "" }))).toBe("conflict:booking_cancelled");

    const again = await bookSlot({ talentId: talent.user.id, intentId: intent.id, slotId: slot.id });
    const other = await createEmployerWithMember(t.db);
    expect(await refusal(recordOutcome({ employerId: other.employer.id, userId: other.user.id, bookingId: again.bookingId, outcome: "held", note: "" }))).toBe("not_found:booking");
    await recordOutcome({ employerId: org.employer.id, userId: org.user.id, bookingId: again.bookingId, outcome: "follow_up", note: "下周再谈薪资" });
    const [done] = await t.db.select().from(bookings).where(eq(bookings.id, again.bookingId));
    expect([done!.outcome, done!.outcomeNote, done!.outcomeBy]).toEqual(["follow_up", "下周再谈薪资", org.user.id]);
    const [told] = (await notices(talent.user.id)).filter((n) => n.kind === "booking.outcome");
    expect(told!.data).toMatchObject({ bookingId: again.bookingId, outcome: "follow_up" });
    expect(JSON.stringify(told!.data)).not.toContain("薪资");
    expect(await refusal(cancelBooking({ talentId: talent.user.id, bookingId: again.bookingId }))).toBe("conflict:booking_started");
  });

  it("gives the seat back when the intent closes", async () => {
    const { org, talent, intent } = await world();
    const slot = await createSlot(t.db, org.employer.id, 1);
    await bookSlot({ talentId: talent.user.id, intentId: intent.id, slotId: slot.id });
    await moveIntent({ intentId: intent.id, move: "withdraw", actor: { role: "talent", id: talent.user.id } });
    const [row] = await t.db.select().from(bookings).where(and(eq(bookings.intentId, intent.id)));
    expect([row!.status, row!.cancelReason]).toEqual(["cancelled", "intent_closed"]);
    expect(await refusal(bookSlot({ talentId: talent.user.id, intentId: intent.id, slotId: slot.id }))).toBe("conflict:intent_closed");
  });
});

describe("[negotiations] publishing and taking back slots", () => {
  const form = (fields: Record<string, unknown>) =>
    slotBulkSchema.parse({ firstDay: day(2), lastDay: day(3), weekdays: ["1", "2", "3", "4", "5", "6", "7"], from: "09:00", to: "10:00", every: "30", duration: "30", capacity: "1", timeZone: "Asia/Shanghai", ...fields });

  it("publishes a batch and refuses one overlapping the employer's live slots", async () => {
    const { org, position } = await world();
    expect(await createSlots({ employerId: org.employer.id, userId: org.user.id, form: form({ position: String(position.id) }) })).toEqual({ created: 4 });
    expect(await refusal(createSlots({ employerId: org.employer.id, userId: org.user.id, form: form({ from: "09:15", to: "09:45" }) }))).toBe("from:overlaps_existing");
    expect(await createSlots({ employerId: org.employer.id, userId: org.user.id, form: form({ from: "10:00", to: "11:00" }) })).toEqual({ created: 4 });
    const other = await world();
    expect(await refusal(createSlots({ employerId: org.employer.id, userId: org.user.id, form: form({ from: "13:00", to: "14:00", position: String(other.position.id) }) }))).toBe("position:choose_one");
    expect(await refusal(createSlots({ employerId: org.employer.id, userId: org.user.id, form: form({ firstDay: day(-1), from: "13:00", to: "14:00" }) }))).toBe("firstDay:slot_in_past");
  });

  it("deletes an unbooked slot; cancels a booked one with its bookings and tells each talent and the employer", async () => {
    const { org, talent, intent, position } = await world();
    const empty = await createSlot(t.db, org.employer.id, 1);
    expect(await cancelSlot({ employerId: org.employer.id, slotId: empty.id })).toBe("deleted");
    const [booked] = await t.db.insert(negotiationSlots).values({ employerId: org.employer.id, startsAt: new Date(Date.now() + 5 * 86_400_000), capacity: 2 }).returning();
    const { bookingId } = await bookSlot({ talentId: talent.user.id, intentId: intent.id, slotId: booked!.id });
    const second = await createTalent(t.db);
    const secondIntent = await createIntent(t.db, position, second.user.id);
    const { bookingId: secondBooking } = await bookSlot({ talentId: second.user.id, intentId: secondIntent.id, slotId: booked!.id });
    const employerNoticesBefore = (await notices(org.user.id)).filter((n) => n.kind === "booking.cancelled").length;
    const other = await createEmployerWithMember(t.db);
    expect(await refusal(cancelSlot({ employerId: other.employer.id, slotId: booked!.id }))).toBe("not_found:slot");
    expect(await cancelSlot({ employerId: org.employer.id, slotId: booked!.id })).toBe("cancelled");
    const [row] = await t.db.select().from(bookings).where(eq(bookings.id, bookingId));
    expect([row!.status, row!.cancelReason, row!.icsSequence]).toEqual(["cancelled", "slot_cancelled", 1]);
    const startsAt = booked!.startsAt.toISOString();
    expect((await notices(talent.user.id)).filter((n) => n.kind === "booking.cancelled").map((n) => n.data)).toEqual([{ bookingId, intentId: intent.id, positionTitle: position.title, startsAt }]);
    expect((await notices(second.user.id)).filter((n) => n.kind === "booking.cancelled").map((n) => n.data)).toEqual([{ bookingId: secondBooking, intentId: secondIntent.id, positionTitle: position.title, startsAt }]);
    // The employer's member: one notice per cancelled booking.
    const employerNotices = (await notices(org.user.id)).filter((n) => n.kind === "booking.cancelled").map((n) => n.data as { bookingId: number });
    expect(employerNotices.length - employerNoticesBefore).toBe(2);
    expect(employerNotices.map((d) => d.bookingId).sort()).toEqual(expect.arrayContaining([bookingId, secondBooking].sort()));
    // The database refuses a live booking in a cancelled slot, whatever the code does.
    await expect(t.db.insert(bookings).values({ slotId: booked!.id, intentId: intent.id, talentId: talent.user.id, roomName: "zq-direct" })).rejects.toThrow();
  });
});
