import "server-only";
import { and, asc, desc, eq, gt, gte, inArray, like, lt, ne, sql } from "drizzle-orm";
import { getDb } from "../../db/index";
import { bookings, employerMembers, employers, intentProjects, intents, negotiationSlots, notifications, positions, users } from "../../db/schema";
import { env } from "../env";
import { slotsOpenTo } from "./eligibility";
import { viewerTimeZone } from "./time-zones";
import { joinUrl } from "./video-room";

export type { Booking, NegotiationSlot } from "../../db/schema";

/** The zone a user's pages show times in: the one they saved, else Beijing time. */
export async function getViewerTimeZone({ userId }: { userId: string }): Promise<{ timeZone: string; saved: string | null }> {
  const db = await getDb();
  const [row] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, userId));
  return { timeZone: viewerTimeZone(row?.timeZone), saved: row?.timeZone ?? null };
}

const bookingColumns = {
  id: bookings.id,
  slotId: bookings.slotId,
  intentId: bookings.intentId,
  status: bookings.status,
  roomName: bookings.roomName,
  outcome: bookings.outcome,
  outcomeNote: bookings.outcomeNote,
  cancelReason: bookings.cancelReason,
  cancelledAt: bookings.cancelledAt,
  createdAt: bookings.createdAt,
  startsAt: negotiationSlots.startsAt,
  durationMinutes: negotiationSlots.durationMinutes,
};

/** The intent's title as both sides know it: the position's, or the project's name. */
const INTENT_TITLE = sql<string>`coalesce(${positions.title}, ${intentProjects.name}, '')`;

function withJoinUrl<T extends { roomName: string }>(row: T): T & { joinUrl: string } {
  return { ...row, joinUrl: joinUrl(env().VIDEO_BASE_URL, row.roomName) };
}

/** Every booking of an intent, newest first (the caller has checked the viewer may see the intent). */
export async function findIntentBookings({ intentId }: { intentId: number }) {
  const db = await getDb();
  const rows = await db
    .select(bookingColumns)
    .from(bookings)
    .innerJoin(negotiationSlots, eq(negotiationSlots.id, bookings.slotId))
    .where(eq(bookings.intentId, intentId))
    .orderBy(desc(bookings.createdAt), desc(bookings.id));
  return rows.map(withJoinUrl);
}
export type IntentBooking = Awaited<ReturnType<typeof findIntentBookings>>[number];

/**
 * The slots a talent may book for an intent: the handling employer's, for this position or for
 * all, not cancelled, not begun, with a seat left; the earliest first.
 */
export async function findBookableSlots({ talentId, intentId, now = new Date(), limit = 60 }: { talentId: string; intentId: number; now?: Date; limit?: number }) {
  const db = await getDb();
  const [intent] = await db.select({ employerId: intents.employerId, positionId: intents.positionId }).from(intents).where(and(eq(intents.id, intentId), eq(intents.talentId, talentId)));
  if (!intent?.employerId) return [];
  return db
    .select({ id: negotiationSlots.id, startsAt: negotiationSlots.startsAt, durationMinutes: negotiationSlots.durationMinutes, seatsLeft: sql<number>`(${negotiationSlots.capacity} - ${negotiationSlots.bookedCount})::int` })
    .from(negotiationSlots)
    .where(
      and(
        slotsOpenTo({ employerId: intent.employerId, positionId: intent.positionId }),
        gt(negotiationSlots.startsAt, now),
        lt(negotiationSlots.bookedCount, negotiationSlots.capacity),
      ),
    )
    .orderBy(asc(negotiationSlots.startsAt), asc(negotiationSlots.id))
    .limit(limit);
}
export type BookableSlot = Awaited<ReturnType<typeof findBookableSlots>>[number];

/** An employer's slots starting in [from, to), each with its live bookings (talent, intent, room). */
export async function findEmployerSlots({ employerId, from, to }: { employerId: number; from: Date; to: Date }) {
  const db = await getDb();
  const slots = await db
    .select({ slot: negotiationSlots, positionTitle: positions.title })
    .from(negotiationSlots)
    .leftJoin(positions, eq(positions.id, negotiationSlots.positionId))
    .where(and(eq(negotiationSlots.employerId, employerId), gte(negotiationSlots.startsAt, from), lt(negotiationSlots.startsAt, to)))
    .orderBy(asc(negotiationSlots.startsAt), asc(negotiationSlots.id))
    .limit(500);
  const ids = slots.map((s) => s.slot.id);
  const live = ids.length
    ? await db
        .select({ ...bookingColumns, talentName: users.name, title: INTENT_TITLE })
        .from(bookings)
        .innerJoin(negotiationSlots, eq(negotiationSlots.id, bookings.slotId))
        .innerJoin(users, eq(users.id, bookings.talentId))
        .innerJoin(intents, eq(intents.id, bookings.intentId))
        .leftJoin(positions, eq(positions.id, intents.positionId))
        .leftJoin(intentProjects, eq(intentProjects.intentId, intents.id))
        .where(and(inArray(bookings.slotId, ids), eq(bookings.status, "booked")))
        .orderBy(asc(bookings.createdAt))
    : [];
  return slots.map(({ slot, positionTitle }) => ({ ...slot, positionTitle, bookings: live.filter((b) => b.slotId === slot.id).map(withJoinUrl) }));
}
export type EmployerSlot = Awaited<ReturnType<typeof findEmployerSlots>>[number];

/** The employer's positions a slot may be limited to (closed ones take no more negotiations). */
export async function findSlotPositions({ employerId }: { employerId: number }) {
  const db = await getDb();
  return db
    .select({ id: positions.id, title: positions.title })
    .from(positions)
    .where(and(eq(positions.employerId, employerId), ne(positions.status, "closed")))
    .orderBy(desc(positions.id))
    .limit(200);
}

/**
 * What a booking's .ics invitation needs, with the two parties the policy asks about (the talent
 * and the slot's employer); null when the booking does not exist. A booking that was moved answers
 * with the newest booking of its chain (same UID): the event as the calendar should hold it now.
 */
export async function getBookingInvitation({ bookingId }: { bookingId: number }) {
  const db = await getDb();
  const [row] = await db
    .select({
    booking: bookings,
    startsAt: negotiationSlots.startsAt,
    durationMinutes: negotiationSlots.durationMinutes,
    employerId: negotiationSlots.employerId,
    slotCreatedBy: negotiationSlots.createdBy,
    employerName: employers.name,
    talentName: users.name,
    talentEmail: users.email,
    title: INTENT_TITLE,
    })
    .from(bookings)
    .innerJoin(negotiationSlots, eq(negotiationSlots.id, bookings.slotId))
    .innerJoin(employers, eq(employers.id, negotiationSlots.employerId))
    .innerJoin(users, eq(users.id, bookings.talentId))
    .innerJoin(intents, eq(intents.id, bookings.intentId))
    .leftJoin(positions, eq(positions.id, intents.positionId))
    .leftJoin(intentProjects, eq(intentProjects.intentId, intents.id))
    .where(sql`${bookings.icsUid} = (select b.ics_uid from bookings b where b.id = ${bookingId})`)
    .orderBy(desc(bookings.id))
    .limit(1);
  if (!row) return null;
  // The organizer: whoever published the slot, else the organisation's first owner.
  const [organizer] = await db
    .select({ name: users.name, email: users.email })
    .from(employerMembers)
    .innerJoin(users, eq(users.id, employerMembers.userId))
    .where(eq(employerMembers.employerId, row.employerId))
    .orderBy(sql`${users.id} = ${row.slotCreatedBy ?? sql`null`} desc nulls last`, asc(employerMembers.role), asc(users.createdAt))
    .limit(1);
  return { ...row, organizer: organizer ?? null, joinUrl: joinUrl(env().VIDEO_BASE_URL, row.booking.roomName) };
}

/** A user's latest negotiation notifications (kinds booking.*), for the employer's slots page. */
export async function findBookingNotifications({ userId, limit = 10 }: { userId: string; limit?: number }) {
  const db = await getDb();
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), like(notifications.kind, "booking.%")))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}
