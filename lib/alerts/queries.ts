import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "../../db/index";
import { jobAlerts } from "../../db/schema";

export async function findAlertsOfUser({ userId }: { userId: string }) {
  const db = await getDb();
  return db
    .select({ id: jobAlerts.id, query: jobAlerts.query, frequency: jobAlerts.frequency, createdAt: jobAlerts.createdAt, lastSentAt: jobAlerts.lastSentAt })
    .from(jobAlerts)
    .where(eq(jobAlerts.userId, userId))
    .orderBy(desc(jobAlerts.createdAt), desc(jobAlerts.id));
}

/** The alert an unsubscribe or confirmation link names (null when gone or used). */
export async function getAlertByToken({ token, confirm = false }: { token: string; confirm?: boolean }) {
  const db = await getDb();
  const [row] = await db
    .select({ id: jobAlerts.id, query: jobAlerts.query, frequency: jobAlerts.frequency, confirmedAt: jobAlerts.confirmedAt })
    .from(jobAlerts)
    .where(eq(confirm ? jobAlerts.confirmToken : jobAlerts.token, token));
  return row ?? null;
}
