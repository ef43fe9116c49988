import "server-only";
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Database } from "../../db/index";
import { notificationEmailPreferences, notifications } from "../../db/schema";
import { DEFAULT_EMAIL, NOTIFICATION_CATEGORIES, type NotificationCategory } from "./kinds";

/**
 * The bell. Notifications are written in the transaction of the change they tell about; their
 * e-mails go out afterwards through the outbox (lib/mail/outbox.ts), never inside it.
 */

/** Tells every operator (in the same transaction as the change, when one is given). */
export async function notifyOperators({ kind, data }: { kind: string; data: Record<string, unknown> }, db?: Database): Promise<void> {
  const target = db ?? (await getDb());
  await target.execute(
    sql`insert into notifications (user_id, kind, data)
        select id, ${kind}, ${JSON.stringify(data)}::jsonb from users where role = 'operator' and deleted_at is null`,
  );
}

export async function notifyUser({ userId, kind, data }: { userId: string; kind: string; data: Record<string, unknown> }, db?: Database) {
  const target = db ?? (await getDb());
  await target.insert(notifications).values({ userId, kind, data });
}

export async function countUnreadNotifications({ userId }: { userId: string }): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** The newest first. */
export async function findNotifications({ userId, limit = 30 }: { userId: string; limit?: number }) {
  const db = await getDb();
  return db
    .select({ id: notifications.id, kind: notifications.kind, data: notifications.data, readAt: notifications.readAt, createdAt: notifications.createdAt })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function markNotificationsRead({ userId }: { userId: string }): Promise<void> {
  const db = await getDb();
  await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

/** Opens one of the user's notifications: marks it read and gives what its link needs; null when it is not theirs. */
export async function openNotification({ userId, id }: { userId: string; id: number }) {
  const db = await getDb();
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ kind: notifications.kind, data: notifications.data });
  return row ?? null;
}

export type EmailPreferences = Record<NotificationCategory, boolean>;

/** Which categories the user gets by e-mail: their choices over the defaults. */
export async function getEmailPreferences({ userId }: { userId: string }): Promise<EmailPreferences> {
  const db = await getDb();
  const rows = await db.select().from(notificationEmailPreferences).where(eq(notificationEmailPreferences.userId, userId));
  const chosen = Object.fromEntries(rows.map((r) => [r.category, r.email]));
  return Object.fromEntries(NOTIFICATION_CATEGORIES.map((c) => [c, chosen[c] ?? DEFAULT_EMAIL[c]])) as EmailPreferences;
}

export async function saveEmailPreferences({ userId, preferences }: { userId: string; preferences: EmailPreferences }): Promise<void> {
  const db = await getDb();
  const now = new Date();
  await db
    .insert(notificationEmailPreferences)
    .values(NOTIFICATION_CATEGORIES.map((category) => ({ userId, category, email: preferences[category], updatedAt: now })))
    .onConflictDoUpdate({
      target: [notificationEmailPreferences.userId, notificationEmailPreferences.category],
      set: { email: sql`excluded.email`, updatedAt: now },
    });
}

