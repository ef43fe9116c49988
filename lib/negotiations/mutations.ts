import "server-only";
import { and, eq, gt, inArray, isNull, lt, sql } from "drizzle-orm";
import { execute, getDb, type Transaction } from "../../db/index";
import { PG_CHECK_VIOLATION, pgError, retryingConflicts } from "../../db/errors";
import { bookings, intentEvents, intents, negotiationSlots, positions, users } from "../../db/schema";
import { AppError, FieldError } from "../errors";
import { notifyHandlers } from "../intents/access";
import { isClosed, movableFrom } from "../intents/lifecycle";
import { notifyUser } from "../notifications/queries";
import { slotsOpenTo } from "./eligibility";
import type { SlotBulkForm } from "./schemas";
import { overlaps, planSlots } from "./slot-plan";
import { newRoomName } from "./video-room";

export type BookingNotice = "booking.created" | "booking.rescheduled" | "booking.cancelled" | "booking.outcome";

/**
 * 发布洽谈时段: a bulk publication, refused whole when any of its slots would start in the past
 * or overlap another live slot of the employer (two publications at once queue on a lock).
 */
export async function createSlots(input: { employerId: number; userId: string; form: SlotBulkForm; now?: Date }): Promise<{ created: number }> {
  const now = input.now ?? new Date();
  const { form } = input;
  const planned = planSlots(form);
  if (planned.some((s) => s.startsAt <= now)) throw new FieldError("firstDay", "slot_in_past");
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`slots:${input.employerId}`}))`);
    if (form.position != null) {
      const [own] = await tx.select({ id: positions.id }).from(positions).where(and(eq(positions.id, form.position), eq(positions.employerId, input.employerId)));
      if (!own) throw new FieldError("position", "choose_one");
    }
    const first = planned[0]!.startsAt;
    const last = planned.at(-1)!;
    const lastEnd = new Date(last.startsAt.getTime() + last.durationMinutes * 60_000);
    const existing = await tx
      .select({ startsAt: negotiationSlots.startsAt, durationMinutes: negotiationSlots.durationMinutes })
      .from(negotiationSlots)
      .where(
        and(
          eq(negotiationSlots.employerId, input.employerId),
          isNull(negotiationSlots.cancelledAt),
          lt(negotiationSlots.startsAt, lastEnd),
          // A raw SQL left side gets no column encoder: the instant goes in as text (postgres.js takes no Date there).
          sql`${negotiationSlots.startsAt} + make_interval(mins => ${negotiationSlots.durationMinutes}) > ${first.toISOString()}::timestamptz`,
        ),
      );
    if (planned.some((p) => existing.some((e) => overlaps(p, e)))) throw new FieldError("from", "overlaps_existing");
    const rows = await tx
      .insert(negotiationSlots)
      .values(planned.map((p) => ({ employerId: input.employerId, positionId: form.position ?? null, startsAt: p.startsAt, durationMinutes: p.durationMinutes, capacity: form.capacity, createdBy: input.userId, createdAt: now })))
      .returning({ id: negotiationSlots.id });
    return { created: rows.length };
  });
}

interface NoticeTarget {
  bookingId: number;
  intentId: number;
  talentId: string;
  employerId: number;
  boardId: number;
  platformId: number | null;
}

/** The intent's title as both sides know it, for intents i: the position's, or the project's name. */
const INTENT_TITLE = sql`coalesce((select p.title from positions p where p.id = i.position_id), (select ip.name from intent_projects ip where ip.intent_id = i.id), '')`;

async function titleOfIntent(tx: Transaction, intentId: number): Promise<string> {
  const [row] = await execute<{ title: string }>(tx, sql`select ${INTENT_TITLE} as title from intents i where i.id = ${intentId}`);
  return row?.title ?? "";
}

/**
 * Tells the talent and every member of the employer (kinds booking.*), in the caller's
 * transaction. `title`: the intent's title when the caller has read it already.
 */
async function notifyBooking(
  tx: Transaction,
  target: NoticeTarget,
  kind: BookingNotice,
  extra: { startsAt: Date; previousStartsAt?: Date; outcome?: string },
  who: { talent: boolean; employer: boolean },
  title?: string,
): Promise<void> {
  const data = {
    bookingId: target.bookingId,
    intentId: target.intentId,
    positionTitle: title ?? (await titleOfIntent(tx, target.intentId)),
    startsAt: extra.startsAt.toISOString(),
    ...(extra.previousStartsAt ? { previousStartsAt: extra.previousStartsAt.toISOString() } : {}),
    ...(extra.outcome ? { outcome: extra.outcome } : {}),
  };
  await Promise.all([
    who.talent && notifyUser({ userId: target.talentId, kind, data }, tx),
    who.employer && notifyHandlers(tx, { employerId: target.employerId, boardId: target.boardId, platformId: target.platformId }, kind, data),
  ]);
}

/** The slot of the intent's live booking, if it has one. */
async function liveSlotOf(tx: Transaction, intentId: number): Promise<number | undefined> {
  const [current] = await tx.select({ slotId: bookings.slotId }).from(bookings).where(and(eq(bookings.intentId, intentId), eq(bookings.status, "booked")));
  return current?.slotId;
}

/**
 * A live booking of the talent's intent, locked, with its slot's time. `read`: its slot as the
 * caller read it already, under the intent's lock (liveSlotOf); read here otherwise.
 */
async function lockLiveBooking(tx: Transaction, intentId: number, alsoSlotId?: number, read?: { liveSlot: number | undefined }) {
  // Slots before bookings, in id order, as cancelSlot takes them: changing a booking changes its
  // slot's count (the bookings trigger), and a reschedule changes two. Taken in any other order,
  // two such changes at once could each hold what the other waits for, and PostgreSQL would
  // kill one as a deadlock (bench:load's mix found it: a 500). The intent's lock, held by every
  // caller, keeps its live booking from changing but for a slot's cancellation, which the
  // locking select below then sees.
  const current = read ? read.liveSlot : await liveSlotOf(tx, intentId);
  const slotIds = [...new Set([current, alsoSlotId].filter((id): id is number => id !== undefined))].sort((a, b) => a - b);
  if (slotIds.length > 0) await tx.execute(sql`select 1 from negotiation_slots where id in (${sql.join(slotIds.map((id) => sql`${id}`), sql`, `)}) order by id for update`);
  const [row] = await tx
    .select({ booking: bookings, startsAt: negotiationSlots.startsAt })
    .from(bookings)
    .innerJoin(negotiationSlots, eq(negotiationSlots.id, bookings.slotId))
    .where(and(eq(bookings.intentId, intentId), eq(bookings.status, "booked")))
    .for("update", { of: bookings });
  return row ?? null;
}

/** A session that has begun, or whose outcome is written, is history: it is not moved or cancelled any more. */
function assertChangeable(live: { booking: { outcome: string | null }; startsAt: Date }, now: Date): void {
  if (live.booking.outcome != null || live.startsAt <= now) throw new AppError("conflict:booking_started");
}

const SLOT_CONSTRAINTS: Record<string, string> = {
  negotiation_slots_booked_check: "slot_full",
  negotiation_slots_open_check: "slot_unavailable",
};

/**
 * 预约洽谈: the talent books a slot of the employer handling the intent (that position's, or one
 * for all positions). With a live booking already, this is a reschedule: the old one is
 * cancelled and the new one made in one transaction, keeping the invitation's UID with a higher
 * SEQUENCE. Capacity is the database's: the slot's check constraint refuses the one too many,
 * also across app instances, and that answers "this slot is full" under the slot field.
 * The first booking moves a submitted or viewed intent to negotiating.
 */
export async function bookSlot(input: { talentId: string; intentId: number; slotId: number; timeZone?: string; now?: Date }): Promise<{ bookingId: number; rescheduled: boolean }> {
  const now = input.now ?? new Date();
  const db = await getDb();
  try {
    return await retryingConflicts(() => db.transaction(async (tx) => {
      const [intent] = await tx.select().from(intents).where(and(eq(intents.id, input.intentId), eq(intents.talentId, input.talentId))).for("update");
      if (!intent) throw new AppError("not_found:intent");
      if (isClosed(intent.status)) throw new AppError("conflict:intent_closed");
      if (intent.employerId == null) throw new FieldError("slotId", "no_employer_yet");
      // Under the intent's lock, read together (one wait, as registerIntent's reads): the slot
      // asked for, the live booking's slot, the title the notices carry. Each wait here is a turn
      // of a busy event loop, and from the slots' lock on, other talents' bookings wait for this one.
      const [[slot], liveSlot, title] = await Promise.all([
        tx
          .select()
          .from(negotiationSlots)
          .where(and(eq(negotiationSlots.id, input.slotId), slotsOpenTo({ employerId: intent.employerId, positionId: intent.positionId }))),
        liveSlotOf(tx, intent.id),
        titleOfIntent(tx, intent.id),
      ]);
      if (!slot) throw new FieldError("slotId", "slot_unavailable");
      if (slot.startsAt <= now) throw new FieldError("slotId", "slot_past");
      const live = await lockLiveBooking(tx, intent.id, slot.id, { liveSlot });
      if (live) {
        assertChangeable(live, now);
        if (live.booking.slotId === slot.id) throw new FieldError("slotId", "same_slot");
        await tx
          .update(bookings)
          .set({ status: "cancelled", cancelledAt: now, cancelReason: "rescheduled" })
          .where(eq(bookings.id, live.booking.id));
      }
      const [booking] = await tx
        .insert(bookings)
        .values({
          slotId: slot.id,
          intentId: intent.id,
          talentId: input.talentId,
          roomName: newRoomName(),
          icsSequence: live ? live.booking.icsSequence + 1 : 0,
          ...(live ? { icsUid: live.booking.icsUid, rescheduledFromId: live.booking.id } : {}),
          createdAt: now,
        })
        .returning({ id: bookings.id });
      const from = intent.status;
      const moves = (movableFrom("negotiate") as readonly string[]).includes(from);
      const target = { bookingId: booking!.id, intentId: intent.id, talentId: input.talentId, employerId: intent.employerId, boardId: intent.boardId, platformId: intent.platformId };
      // The rest needs only the booking's id, and none of it another's result: written together.
      await Promise.all([
        moves && tx.update(intents).set({ status: "negotiating", statusChangedAt: now, updatedAt: now }).where(and(eq(intents.id, intent.id), eq(intents.status, from))),
        moves && tx.insert(intentEvents).values({ intentId: intent.id, actorId: input.talentId, fromStatus: from, toStatus: "negotiating", createdAt: now }),
        input.timeZone && tx.update(users).set({ timeZone: input.timeZone, updatedAt: now }).where(eq(users.id, input.talentId)),
        notifyBooking(tx, target, live ? "booking.rescheduled" : "booking.created", { startsAt: slot.startsAt, previousStartsAt: live?.startsAt }, { talent: true, employer: true }, title),
      ]);
      return { bookingId: booking!.id, rescheduled: live != null };
    }));
  } catch (error) {
    const pg = pgError(error);
    const key = pg?.code === PG_CHECK_VIOLATION && pg.constraint ? SLOT_CONSTRAINTS[pg.constraint] : undefined;
    if (key) throw new FieldError("slotId", key, "conflict:slot");
    throw error;
  }
}

/** The talent cancels their live booking (before it starts); the employer is told. */
export async function cancelBooking(input: { talentId: string; bookingId: number; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const db = await getDb();
  await retryingConflicts(() => db.transaction(async (tx) => {
    const [owned] = await tx.select({ intentId: bookings.intentId }).from(bookings).where(and(eq(bookings.id, input.bookingId), eq(bookings.talentId, input.talentId)));
    if (!owned) throw new AppError("not_found:booking");
    const [intent] = await tx.select().from(intents).where(eq(intents.id, owned.intentId)).for("update");
    const live = await lockLiveBooking(tx, owned.intentId);
    if (!intent || !live || live.booking.id !== input.bookingId) throw new AppError("conflict:booking_cancelled");
    assertChangeable(live, now);
    await tx
      .update(bookings)
      .set({ status: "cancelled", cancelledAt: now, cancelReason: "talent", icsSequence: live.booking.icsSequence + 1 })
      .where(eq(bookings.id, live.booking.id));
    const target = { bookingId: live.booking.id, intentId: intent.id, talentId: intent.talentId, employerId: intent.employerId!, boardId: intent.boardId, platformId: intent.platformId };
    await notifyBooking(tx, target, "booking.cancelled", { startsAt: live.startsAt }, { talent: true, employer: true });
  }));
}

/**
 * The employer takes a slot back: one nobody ever booked is deleted; one with bookings is kept
 * as history, marked cancelled, and its live bookings cancelled, each talent told.
 */
export async function cancelSlot(input: { employerId: number; slotId: number; now?: Date }): Promise<"deleted" | "cancelled"> {
  const now = input.now ?? new Date();
  const db = await getDb();
  return retryingConflicts(() => db.transaction(async (tx) => {
    const [slot] = await tx
      .select()
      .from(negotiationSlots)
      .where(and(eq(negotiationSlots.id, input.slotId), eq(negotiationSlots.employerId, input.employerId)))
      .for("update");
    if (!slot) throw new AppError("not_found:slot");
    if (slot.cancelledAt) return "cancelled";
    const all = await tx.select().from(bookings).where(eq(bookings.slotId, slot.id)).for("update");
    if (all.length === 0) {
      await tx.delete(negotiationSlots).where(eq(negotiationSlots.id, slot.id));
      return "deleted";
    }
    if (slot.startsAt <= now) throw new AppError("conflict:slot_started");
    const live = all.filter((b) => b.status === "booked");
    if (live.length > 0) {
      await tx
        .update(bookings)
        .set({ status: "cancelled", cancelledAt: now, cancelReason: "slot_cancelled", icsSequence: sql`${bookings.icsSequence} + 1` })
        .where(inArray(bookings.id, live.map((b) => b.id)));
    }
    await tx.update(negotiationSlots).set({ cancelledAt: now }).where(eq(negotiationSlots.id, slot.id));
    if (live.length > 0) {
      // notifyBooking's notice, for every booking at once (a slot may hold hundreds): its talent
      // and each member of the employer, in one statement.
      await tx.execute(
        sql`with notice as (
              select i.talent_id, jsonb_build_object('bookingId', b.id, 'intentId', i.id, 'positionTitle', ${INTENT_TITLE}, 'startsAt', ${slot.startsAt.toISOString()}::text) as data
              from bookings b join intents i on i.id = b.intent_id where b.id in (${sql.join(live.map((b) => sql`${b.id}`), sql`, `)}))
            insert into notifications (user_id, kind, data)
            select talent_id, 'booking.cancelled', data from notice
            union all
            select m.user_id, 'booking.cancelled', data from notice cross join employer_members m where m.employer_id = ${input.employerId}`,
      );
    }
    return "cancelled";
  }));
}

/** After the session: held, no-show or follow-up, with the employer's notes (the talent learns the outcome, not the notes). */
export async function recordOutcome(input: { employerId: number; userId: string; bookingId: number; outcome: "held" | "no_show" | "follow_up"; note: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ booking: bookings, startsAt: negotiationSlots.startsAt, intent: intents })
      .from(bookings)
      .innerJoin(negotiationSlots, eq(negotiationSlots.id, bookings.slotId))
      .innerJoin(intents, eq(intents.id, bookings.intentId))
      .where(and(eq(bookings.id, input.bookingId), eq(negotiationSlots.employerId, input.employerId)))
      .for("update", { of: bookings });
    if (!row) throw new AppError("not_found:booking");
    if (row.booking.status !== "booked") throw new AppError("conflict:booking_cancelled");
    await tx.update(bookings).set({ outcome: input.outcome, outcomeNote: input.note || null, outcomeAt: now, outcomeBy: input.userId }).where(eq(bookings.id, row.booking.id));
    const target = { bookingId: row.booking.id, intentId: row.intent.id, talentId: row.intent.talentId, employerId: input.employerId, boardId: row.intent.boardId, platformId: row.intent.platformId };
    await notifyBooking(tx, target, "booking.outcome", { startsAt: row.startsAt, outcome: input.outcome }, { talent: true, employer: false });
  });
}

/** An intent that closed (withdrawn, declined…) keeps no live booking: the seat goes back to the slot. */
export async function cancelBookingsOfClosedIntent(tx: Transaction, intentId: number, now: Date): Promise<void> {
  // The slot before the booking (lockLiveBooking says why).
  await lockLiveBooking(tx, intentId);
  await tx
    .update(bookings)
    .set({ status: "cancelled", cancelledAt: now, cancelReason: "intent_closed", icsSequence: sql`${bookings.icsSequence} + 1` })
    .where(
      and(
        eq(bookings.intentId, intentId),
        eq(bookings.status, "booked"),
        isNull(bookings.outcome),
        inArray(bookings.slotId, tx.select({ id: negotiationSlots.id }).from(negotiationSlots).where(gt(negotiationSlots.startsAt, now))),
      ),
    );
}

/** The time zone a user asked for, remembered for every page that shows times. */
export async function saveTimeZone(input: { userId: string; timeZone: string }): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ timeZone: input.timeZone, updatedAt: new Date() }).where(eq(users.id, input.userId));
}
