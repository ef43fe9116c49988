import "server-only";
import { sql } from "drizzle-orm";
import { execute, getDb, type Database } from "../../db/index";
import { mailOutbox } from "../../db/schema";
import { notificationEmail } from "./notification-email";
import { configuredTransport, type MailMessage, type MailTransport } from "./transport";

export type OutgoingMail = MailMessage;

/**
 * The outbox. Mail is queued as rows — in the transaction of the change that caused it, or
 * from notifications once they have committed — and sent afterwards by `drainOutbox`, which
 * the job timer runs every few seconds on each instance. Sending never happens inside a
 * change's transaction, and a row is claimed (FOR UPDATE SKIP LOCKED, then a lease) before it
 * is sent, so two instances never send it twice. A failure is retried with a growing pause.
 */
export async function enqueueMail(mail: OutgoingMail & { kind: string }, db?: Database): Promise<void> {
  const target = db ?? (await getDb());
  await target.insert(mailOutbox).values({ kind: mail.kind, toAddress: mail.to, subject: mail.subject, bodyText: mail.text, headers: mail.headers ?? {} });
}

/**
 * Queues an e-mail; the outbox sends it on its next drain (every MAIL_INTERVAL_SECONDS on each
 * instance). Nothing is sent from the request itself: no work outlives the action that started it.
 */
export async function sendMail(mail: OutgoingMail & { kind?: string }): Promise<void> {
  await enqueueMail({ kind: "direct", ...mail });
}

const NOTIFICATION_BATCH = 200;
const SEND_BATCH = 50;
/** How long a drainer may take to send what it claimed before another may take it over. */
const LEASE_SECONDS = 120;
/** After this many failed tries a mail is set aside (failed_at) for a person to look at, not deleted. */
export const MAX_ATTEMPTS = 12;

/** 1, 2, 4 … minutes, at most 2 hours, between tries. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(60 * 2 ** Math.max(0, attempts - 1), 7_200);
}

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * Turns committed notifications into e-mails for the recipients who want them (their
 * preferences, their language). Each notification is looked at once: the rows are locked and
 * marked in the same transaction that queues their mail.
 */
export async function queueNotificationMail({ now = new Date() }: { now?: Date } = {}): Promise<{ queued: number; skipped: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await execute<{ id: number; kind: string; data: Record<string, unknown> | string; email: string; locale: string; time_zone: string | null; role: "talent" | "employer" | "operator"; deleted: boolean; preferences: Record<string, boolean> | string | null }>(
      tx,
      sql`select n.id, n.kind, n.data, u.email, u.locale, u.time_zone, u.role, u.deleted_at is not null as deleted,
                 (select jsonb_object_agg(p.category, p.email) from notification_email_preferences p where p.user_id = n.user_id) as preferences
          from notifications n join users u on u.id = n.user_id
          where n.mailed_at is null
          order by n.id limit ${NOTIFICATION_BATCH}
          for update of n skip locked`,
    );
    if (rows.length === 0) return { queued: 0, skipped: 0 };
    let queued = 0;
    for (const row of rows) {
      const json = <T>(v: T | string): T => (typeof v === "string" ? (JSON.parse(v) as T) : v);
      const mail = row.deleted ? null : notificationEmail({ kind: row.kind, data: json(row.data), to: row.email, locale: row.locale, timeZone: row.time_zone, role: row.role, preferences: json(row.preferences) ?? {} });
      if (!mail) continue;
      await enqueueMail({ ...mail, kind: `notification:${row.kind}` }, tx);
      queued++;
    }
    await tx.execute(sql`update notifications set mailed_at = ${at(now)} where id in (${sql.join(rows.map((r) => sql`${r.id}`), sql`, `)})`);
    return { queued, skipped: rows.length - queued };
  });
}

/**
 * Sends what is due. Rows are claimed with a lease first, so a crashed drainer's rows come back.
 * Without `now` (tests pass one to move time on), "due" is read on the database's clock, the
 * clock that stamped next_attempt_at: a JavaScript Date holds milliseconds, PostgreSQL's
 * microseconds, so a mail queued less than a millisecond before the drain looked "not yet due"
 * to the Date taken after its insert.
 */
export async function deliverDueMail({ now, transport = configuredTransport(), limit = SEND_BATCH }: { now?: Date; transport?: MailTransport; limit?: number } = {}): Promise<{ sent: number; failed: number }> {
  const db = await getDb();
  const clock = now ? at(now) : sql`statement_timestamp()`;
  const later = (seconds: number) => sql`${clock} + ${seconds}::int * interval '1 second'`;
  const claimed = await execute<{ id: number; to_address: string; subject: string; body_text: string; headers: Record<string, string> | string; attempts: number }>(
    db,
    sql`with due as (
          select id from mail_outbox
          where sent_at is null and failed_at is null and next_attempt_at <= ${clock} and (claimed_until is null or claimed_until <= ${clock})
          order by next_attempt_at, id limit ${limit}
          for update skip locked
        )
        update mail_outbox m set claimed_until = ${later(LEASE_SECONDS)}, attempts = m.attempts + 1
        from due where m.id = due.id
        returning m.id, m.to_address, m.subject, m.body_text, m.headers, m.attempts`,
  );
  let sent = 0;
  let failed = 0;
  for (const row of claimed) {
    const headers = typeof row.headers === "string" ? (JSON.parse(row.headers) as Record<string, string>) : row.headers;
    try {
      await transport.send({ to: row.to_address, subject: row.subject, text: row.body_text, headers });
      await db.execute(sql`update mail_outbox set sent_at = now(), claimed_until = null, last_error = null where id = ${row.id}`);
      sent++;
    } catch (error) {
      failed++;
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const giveUp = row.attempts >= MAX_ATTEMPTS;
      await db.execute(
        sql`update mail_outbox set claimed_until = null, last_error = ${message},
              next_attempt_at = ${later(retryDelaySeconds(row.attempts))},
              failed_at = ${giveUp ? sql`now()` : sql`null`}
            where id = ${row.id}`,
      );
      console.error(`[mail] sending #${row.id} failed (try ${row.attempts}): ${message}`);
    }
  }
  return { sent, failed };
}

export interface DrainResult {
  queued: number;
  skipped: number;
  sent: number;
  failed: number;
}

/** Both steps: notifications become mail, then due mail is sent. */
export async function drainOutbox(options: { now?: Date; transport?: MailTransport } = {}): Promise<DrainResult> {
  const notified = await queueNotificationMail(options);
  const delivered = await deliverDueMail(options);
  return { ...notified, ...delivered };
}
