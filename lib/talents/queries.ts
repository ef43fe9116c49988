import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/index";
import { intents, savedPositions, users } from "../../db/schema";
import { REACHED_STATUSES } from "../intents/status";

export async function getTalentOverview({ talentId }: { talentId: string }) {
  const db = await getDb();
  const [[all], [reached], [saved], [user]] = await Promise.all([
    db.select({ n: count() }).from(intents).where(eq(intents.talentId, talentId)),
    db.select({ n: count() }).from(intents).where(and(eq(intents.talentId, talentId), inArray(intents.status, [...REACHED_STATUSES]))),
    db.select({ n: count() }).from(savedPositions).where(eq(savedPositions.talentId, talentId)),
    db.select({ consentAt: users.consentAt }).from(users).where(eq(users.id, talentId)),
  ]);
  return { intents: Number(all?.n ?? 0), reached: Number(reached?.n ?? 0), saved: Number(saved?.n ?? 0), consentAt: user?.consentAt ?? null };
}
