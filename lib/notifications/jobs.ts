import "server-only";
import { sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";

export const SESSION_REMINDER_JOB = "notifications.session_reminder";
export const SAVED_EXPIRY_JOB = "notifications.saved_expiry";

/** A video session starting within this many minutes reminds both sides. */
export const REMINDER_MINUTES = 30;
/** A saved position closing within this many days tells the talent who saved it. */
export const EXPIRY_NOTICE_DAYS = 3;

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * 洽谈提醒: a booked session starting in the next 30 minutes tells the talent and the people of
 * the employer, once per booking. One statement marks the bookings it locks (FOR UPDATE SKIP
 * LOCKED, re-checking reminder_sent_at) and writes the notifications, so two instances running
 * it at once remind once.
 */
export async function runSessionReminderJob({ now = new Date() }: { now?: Date } = {}): Promise<{ reminded: number }> {
  const db = await getDb();
  const [row] = await execute<{ n: number }>(
    db,
    sql`with due as (
          select b.id from bookings b join negotiation_slots s on s.id = b.slot_id
          where b.status = 'booked' and b.reminder_sent_at is null
            and s.starts_at > ${at(now)} and s.starts_at <= ${at(new Date(now.getTime() + REMINDER_MINUTES * 60_000))}
          for update of b skip locked
        ), marked as (
          update bookings b set reminder_sent_at = ${at(now)}
          from due where b.id = due.id and b.reminder_sent_at is null and b.status = 'booked'
          returning b.id, b.intent_id, b.talent_id, b.slot_id
        ), facts as (
          select m.id, m.intent_id, m.talent_id, s.employer_id, s.starts_at, coalesce(p.title, ip.name, '') as title
          from marked m join negotiation_slots s on s.id = m.slot_id join intents i on i.id = m.intent_id
          left join positions p on p.id = i.position_id left join intent_projects ip on ip.intent_id = i.id
        ), told as (
          insert into notifications (user_id, kind, data, created_at)
          select r.user_id, 'booking.reminder',
                 jsonb_build_object('bookingId', f.id, 'intentId', f.intent_id, 'positionTitle', f.title,
                                    'startsAt', to_char(f.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
                 ${at(now)}
          from facts f
          cross join lateral (select f.talent_id as user_id union select em.user_id from employer_members em where em.employer_id = f.employer_id) r
        )
        select count(*)::int as n from marked`,
  );
  return { reminded: Number(row?.n ?? 0) };
}

/**
 * 收藏即将截止: a public saved position closing within three days tells the talent who saved
 * it, once per saved row (marked in the same statement that writes the notification).
 */
export async function runSavedExpiryJob({ now = new Date() }: { now?: Date } = {}): Promise<{ notified: number }> {
  const db = await getDb();
  const [row] = await execute<{ n: number }>(
    db,
    sql`with due as (
          select sp.talent_id, sp.position_id from saved_positions sp
          join positions p on p.id = sp.position_id join employers e on e.id = p.employer_id
          where sp.expiry_notified_at is null and p.status = 'published' and e.status = 'verified'
            and p.closes_at > ${at(now)} and p.closes_at <= ${at(new Date(now.getTime() + EXPIRY_NOTICE_DAYS * 86_400_000))}
          for update of sp skip locked
        ), marked as (
          update saved_positions sp set expiry_notified_at = ${at(now)}
          from due where sp.talent_id = due.talent_id and sp.position_id = due.position_id and sp.expiry_notified_at is null
          returning sp.talent_id, sp.position_id
        ), told as (
          insert into notifications (user_id, kind, data, created_at)
          select m.talent_id, 'saved.expiring',
                 jsonb_build_object('positionId', p.id, 'title', p.title, 'closesAt', to_char(p.closes_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
                 ${at(now)}
          from marked m join positions p on p.id = m.position_id
        )
        select count(*)::int as n from marked`,
  );
  return { notified: Number(row?.n ?? 0) };
}
