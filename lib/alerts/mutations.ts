import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";
import { jobAlerts } from "../../db/schema";
import { AppError } from "../errors";
import { enqueueMail } from "../mail/outbox";
import { confirmationEmail } from "./emails";
import { canonicalQuery } from "./query";
import type { AlertFrequency } from "./schemas";

export const newToken = () => randomBytes(32).toString("base64url");

/** A talent's alert: confirmed at once (the account's address is known). Saving a search twice updates its frequency. */
export async function saveTalentAlert(input: { userId: string; query: string; frequency: AlertFrequency; locale: string; now?: Date }): Promise<{ id: number }> {
  const db = await getDb();
  const now = input.now ?? new Date();
  const [row] = await db
    .insert(jobAlerts)
    .values({ userId: input.userId, query: canonicalQuery(input.query), frequency: input.frequency, locale: input.locale, token: newToken(), confirmedAt: now, since: now, createdAt: now })
    .onConflictDoUpdate({ target: [jobAlerts.userId, jobAlerts.query], targetWhere: sql`${jobAlerts.userId} is not null`, set: { frequency: input.frequency } })
    .returning({ id: jobAlerts.id });
  return { id: row!.id };
}

/**
 * A visitor's alert: nothing is sent until the link of the confirmation e-mail (queued in the
 * same transaction) was followed. Asking again for an unconfirmed alert sends the link again;
 * for a confirmed one nothing happens — the answer is the same either way, so the form does
 * not tell who subscribed.
 */
export async function requestVisitorAlert(input: { email: string; query: string; frequency: AlertFrequency; locale: string }): Promise<void> {
  const db = await getDb();
  const query = canonicalQuery(input.query);
  await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(jobAlerts)
      .values({ email: input.email, query, frequency: input.frequency, locale: input.locale, token: newToken(), confirmToken: newToken() })
      .onConflictDoNothing()
      .returning({ confirmToken: jobAlerts.confirmToken, email: jobAlerts.email });
    const [pending] = created
      ? [created]
      : await execute<{ confirmToken: string; email: string }>(
          tx,
          sql`update job_alerts set frequency = ${input.frequency}, locale = ${input.locale}
              where user_id is null and lower(email) = lower(${input.email}) and query = ${query} and confirmed_at is null
              returning confirm_token as "confirmToken", email`,
        );
    if (!pending?.confirmToken || !pending.email) return;
    await enqueueMail({ kind: "alert.confirm", ...confirmationEmail({ to: pending.email, locale: input.locale, query, confirmToken: pending.confirmToken }) }, tx);
  });
}

/** Follows a confirmation link: the alert starts, counting positions published from now. False for an unknown or used link. */
export async function confirmVisitorAlert(input: { confirmToken: string; now?: Date }): Promise<boolean> {
  const db = await getDb();
  const now = input.now ?? new Date();
  const rows = await db
    .update(jobAlerts)
    .set({ confirmedAt: now, since: now, confirmToken: null })
    .where(and(eq(jobAlerts.confirmToken, input.confirmToken), isNull(jobAlerts.confirmedAt)))
    .returning({ id: jobAlerts.id });
  return rows.length > 0;
}

/** One-click unsubscribe: the alert is deleted. False when the token names no alert (already gone). */
export async function unsubscribeAlert(input: { token: string }): Promise<boolean> {
  const db = await getDb();
  const rows = await db.delete(jobAlerts).where(eq(jobAlerts.token, input.token)).returning({ id: jobAlerts.id });
  return rows.length > 0;
}

export async function setAlertFrequency(input: { userId: string; id: number; frequency: AlertFrequency }): Promise<void> {
  const db = await getDb();
  const rows = await db.update(jobAlerts).set({ frequency: input.frequency }).where(and(eq(jobAlerts.id, input.id), eq(jobAlerts.userId, input.userId))).returning({ id: jobAlerts.id });
  if (rows.length === 0) throw new AppError("not_found:alert");
}

export async function deleteAlert(input: { userId: string; id: number }): Promise<void> {
  const db = await getDb();
  const rows = await db.delete(jobAlerts).where(and(eq(jobAlerts.id, input.id), eq(jobAlerts.userId, input.userId))).returning({ id: jobAlerts.id });
  if (rows.length === 0) throw new AppError("not_found:alert");
}
