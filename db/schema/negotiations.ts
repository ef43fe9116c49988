import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { employers } from "./employers";
import { bookingCancelReason, bookingOutcome, bookingStatus } from "./enums";
import { intents } from "./intents";
import { positions } from "./positions";

/**
 * 洽谈时段: a video slot an employer publishes. booked_count is kept by a trigger on bookings
 * (migration 0001) and checked against capacity, so overbooking fails in the database even
 * under concurrent bookings.
 */
export const negotiationSlots = pgTable(
  "negotiation_slots",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    employerId: integer("employer_id")
      .notNull()
      .references(() => employers.id, { onDelete: "cascade" }),
    /** Null: open to intents on any of the employer's positions. */
    positionId: integer("position_id").references(() => positions.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    durationMinutes: integer("duration_minutes").notNull().default(30),
    capacity: integer("capacity").notNull().default(1),
    bookedCount: integer("booked_count").notNull().default(0),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Cancelled by the employer: kept (its bookings are history), no longer bookable. */
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  },
  (t) => [
    check("negotiation_slots_capacity_check", sql`${t.capacity} between 1 and 500`),
    check("negotiation_slots_booked_check", sql`${t.bookedCount} between 0 and ${t.capacity}`),
    check("negotiation_slots_duration_check", sql`${t.durationMinutes} between 5 and 480`),
    index("negotiation_slots_employer_idx").on(t.employerId, t.startsAt),
  ],
);

/** 洽谈: a talent's booking of a slot for one intent, with its video room. */
export const bookings = pgTable(
  "bookings",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slotId: integer("slot_id")
      .notNull()
      .references(() => negotiationSlots.id, { onDelete: "cascade" }),
    intentId: integer("intent_id")
      .notNull()
      .references(() => intents.id, { onDelete: "cascade" }),
    talentId: uuid("talent_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: bookingStatus("status").notNull().default("booked"),
    roomName: text("room_name").notNull().unique(),
    /** iCalendar SEQUENCE, raised on every update so calendar programs replace the event. */
    icsSequence: integer("ics_sequence").notNull().default(0),
    /** iCalendar UID: one event in the talent's calendar, kept across reschedules (the new booking inherits it). */
    icsUid: uuid("ics_uid").notNull().defaultRandom(),
    /** The booking this one replaced (a reschedule cancels the old and books the new in one transaction). */
    rescheduledFromId: integer("rescheduled_from_id"),
    outcome: bookingOutcome("outcome"),
    outcomeNote: text("outcome_note"),
    outcomeAt: timestamp("outcome_at", { withTimezone: true }),
    outcomeBy: uuid("outcome_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelReason: bookingCancelReason("cancel_reason"),
    /** When both sides were reminded the session is about to start (once per booking). */
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
  },
  (t) => [
    foreignKey({ name: "bookings_rescheduled_from_fk", columns: [t.rescheduledFromId], foreignColumns: [t.id] }).onDelete("set null"),
    // One event per UID among live bookings: a reschedule hands the UID on, never copies it.
    uniqueIndex("bookings_live_ics_uid_key").on(t.icsUid).where(sql`${t.status} = 'booked'`),
    // One live booking per intent; cancelled ones stay as history.
    uniqueIndex("bookings_one_live_per_intent_key").on(t.intentId).where(sql`${t.status} = 'booked'`),
    index("bookings_slot_idx").on(t.slotId),
    index("bookings_talent_idx").on(t.talentId),
    check("bookings_cancelled_check", sql`${t.status} <> 'cancelled' or ${t.cancelledAt} is not null`),
  ],
);

export type NegotiationSlot = typeof negotiationSlots.$inferSelect;
export type Booking = typeof bookings.$inferSelect;
