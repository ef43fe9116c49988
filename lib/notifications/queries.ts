import "server-only";
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Database } from "../../db/index";
import { notifications } from "../../db/schema";

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

export async function findNotifications({ userId, limit = 30 }: { userId: string; limit?: number }) {
  const db = await getDb();
  return db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(limit);
}

export async function markNotificationsRead({ userId }: { userId: string }): Promise<void> {
  const db = await getDb();
  await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

