import "server-only";
import { sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";
import { jobRuns } from "../../db/schema";
import { candidateEmployersOfRow } from "./access";
import { AWAITING_EMPLOYER, NO_RESPONSE_REASON } from "./lifecycle";
import { getIntentSettings } from "./settings";

export const NO_RESPONSE_JOB = "intents.no_response";
const DAY = 86_400_000;

export interface NoResponseResult {
  reminded: number;
  closed: number;
}

const awaiting = sql.raw(AWAITING_EMPLOYER.map((s) => `'${s}'`).join(", "));

/**
 * No ghosting: an intent nobody at the employer has moved past "viewed" reminds the employer
 * after the reminder period and is closed as "no response" (the talent told) after the longer
 * one; both periods are settings. `now` is the job's clock, so tests can move time.
 *
 * Safe when several app instances run it at once: each step is one statement that locks the
 * rows it changes (FOR UPDATE SKIP LOCKED) and re-checks their state, so a row is reminded or
 * closed exactly once, with its history and notifications written by the same statement.
 */
export async function runNoResponseJob({ now = new Date() }: { now?: Date } = {}): Promise<NoResponseResult> {
  const db = await getDb();
  const settings = await getIntentSettings();
  // Raw SQL takes timestamps as text: postgres.js does not serialise a Date there.
  const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
  const closeBefore = at(new Date(now.getTime() - settings.noResponseDays * DAY));
  const remindBefore = at(new Date(now.getTime() - settings.reminderDays * DAY));
  const stamp = at(now);
  await db
    .insert(jobRuns)
    .values({ name: NO_RESPONSE_JOB, lastStartedAt: now })
    .onConflictDoUpdate({ target: jobRuns.name, set: { lastStartedAt: now } });

  const [closed] = await execute<{ n: number }>(
    db,
    sql`with due as (
          select id, status from intents
          where status in (${awaiting}) and created_at <= ${closeBefore}
          for update skip locked
        ), closed as (
          update intents i set status = 'no_response', decline_reason = ${NO_RESPONSE_REASON}, status_changed_at = ${stamp}, updated_at = ${stamp}
          from due where i.id = due.id and i.status in (${awaiting})
          returning i.id, i.talent_id, i.position_id, due.status as from_status
        ), history as (
          insert into intent_events (intent_id, actor_id, from_status, to_status, note, created_at)
          select id, null, from_status, 'no_response', ${NO_RESPONSE_REASON}, ${stamp} from closed
        ), told as (
          insert into notifications (user_id, kind, data, created_at)
          select c.talent_id, 'intent.no_response',
                 jsonb_build_object('intentId', c.id, 'title', coalesce(p.title, ip.name, ''), 'from', c.from_status, 'to', 'no_response'), ${stamp}
          from closed c left join positions p on p.id = c.position_id left join intent_projects ip on ip.intent_id = c.id
        )
        select count(*)::int as n from closed`,
  );

  const [reminded] = await execute<{ n: number }>(
    db,
    sql`with due as (
          select id from intents
          where status in (${awaiting}) and reminder_sent_at is null and created_at <= ${remindBefore}
          for update skip locked
        ), marked as (
          update intents i set reminder_sent_at = ${stamp}
          from due where i.id = due.id and i.reminder_sent_at is null and i.status in (${awaiting})
          returning i.id, i.employer_id, i.board_id, i.platform_id, i.position_id, i.created_at
        ), told as (
          insert into notifications (user_id, kind, data, created_at)
          select distinct on (m.user_id, r.id) m.user_id, 'intent.reminder',
                 jsonb_build_object('intentId', r.id, 'title', coalesce(p.title, ip.name, ''), 'days', ${settings.reminderDays}::int), ${stamp}
          from marked r
          left join positions p on p.id = r.position_id
          left join intent_projects ip on ip.intent_id = r.id
          join employer_members m on m.employer_id = r.employer_id or (r.employer_id is null and m.employer_id in (${candidateEmployersOfRow(sql`r`)}))
        )
        select count(*)::int as n from marked`,
  );

  const result = { reminded: Number(reminded?.n ?? 0), closed: Number(closed?.n ?? 0) };
  await db
    .update(jobRuns)
    .set({ lastFinishedAt: new Date(), lastResult: { ...result, now: now.toISOString() } })
    .where(sql`${jobRuns.name} = ${NO_RESPONSE_JOB}`);
  return result;
}
