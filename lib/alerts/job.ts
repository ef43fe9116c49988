import "server-only";
import { sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";
import { enqueueMail } from "../mail/outbox";
import { findPositions } from "../positions/queries";
import { alertEmail } from "./emails";
import { alertSearch } from "./query";

export const ALERTS_JOB = "alerts.send";
/** Positions listed in one alert e-mail; the rest are behind its "see all" link. */
export const ALERT_MAIL_LIMIT = 20;
/** A daily alert runs again once this much has passed (a day, less a little for the timer's drift). */
const DAILY_SECONDS = 86_400 - 30 * 60;
const LEASE_SECONDS = 300;
const BATCH = 100;

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

type Claimed = {
  id: number;
  query: string;
  token: string;
  locale: string;
  since: string | Date;
  to: string | null;
  claimed_until: string | Date;
};

/**
 * 职位提醒: every confirmed alert that is due ("instant" on every run, "daily" once a day) runs
 * its search — the public search itself, lib/positions/queries.ts, newest first — and mails the
 * positions published since its last look. Alerts are claimed with a lease (FOR UPDATE SKIP
 * LOCKED), so two instances never mail one alert's news twice; the mail is queued in the
 * transaction that moves the alert's "since" forward.
 */
/** Seconds a publication is given to commit before an alert moves past it. */
export const SETTLE_SECONDS = 60;

export async function runAlertsJob({ now = new Date() }: { now?: Date } = {}): Promise<{ checked: number; mailed: number }> {
  const db = await getDb();
  const claimed = await execute<Claimed>(
    db,
    sql`with due as (
          select a.id from job_alerts a left join users u on u.id = a.user_id
          where a.confirmed_at is not null and (a.user_id is null or u.deleted_at is null)
            and (a.claimed_until is null or a.claimed_until <= ${at(now)})
            and (a.frequency = 'instant' or coalesce(a.last_checked_at, a.confirmed_at) <= ${at(new Date(now.getTime() - DAILY_SECONDS * 1000))})
          order by a.last_checked_at nulls first, a.id limit ${BATCH}
          for update of a skip locked
        )
        update job_alerts a set claimed_until = ${at(new Date(now.getTime() + LEASE_SECONDS * 1000))}
        from due where a.id = due.id
        returning a.id, a.query, a.token, a.since, a.claimed_until,
                  coalesce((select locale from users where id = a.user_id), a.locale) as locale,
                  coalesce(a.email, (select email from users where id = a.user_id)) as "to"`,
  );
  let mailed = 0;
  for (const alert of claimed) {
    const since = new Date(alert.since);
    const result = await findPositions(alertSearch(alert.query, ALERT_MAIL_LIMIT));
    // Only positions published before the settle cutoff: one whose publishing transaction has not
    // committed yet carries an earlier published_at than a newer one already visible, and moving
    // "since" past it would miss it for good. It is mailed on the next run instead.
    const cutoff = now.getTime() - SETTLE_SECONDS * 1000;
    const fresh = result.items.filter((p) => new Date(p.publishedAt) > since && new Date(p.publishedAt).getTime() <= cutoff);
    const newest = fresh.reduce((max, p) => Math.max(max, new Date(p.publishedAt).getTime()), since.getTime());
    await db.transaction(async (tx) => {
      const [kept] = await execute<{ id: number }>(
        tx,
        sql`update job_alerts set since = ${at(new Date(newest))}, last_checked_at = ${at(now)}, claimed_until = null,
              last_sent_at = ${fresh.length > 0 ? at(now) : sql`last_sent_at`}
            where id = ${alert.id} and claimed_until = ${at(new Date(alert.claimed_until))}
            returning id`,
      );
      // Unsubscribed meanwhile, or the lease ran out and another instance took over: send nothing.
      if (!kept || fresh.length === 0 || !alert.to) return;
      const all = fresh.length === ALERT_MAIL_LIMIT && result.nextCursor !== null;
      await enqueueMail({ kind: "alert", ...alertEmail({ to: alert.to, locale: alert.locale, query: alert.query, token: alert.token, positions: fresh, more: all }) }, tx);
      mailed++;
    });
  }
  return { checked: claimed.length, mailed };
}
