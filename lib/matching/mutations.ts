import "server-only";
import { sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";
import { hiddenRecommendations } from "../../db/schema";
import { recordAudit } from "../audit/queries";
import { AppError } from "../errors";
import { notifyUser } from "../notifications/queries";
import { PUBLIC } from "../positions/queries";
import { visibleTo } from "./visibility";

/** The talent hides a recommendation; hiding twice is hiding once. */
export async function hideRecommendation({ talentId, positionId }: { talentId: string; positionId: number }): Promise<void> {
  const db = await getDb();
  const [position] = await execute(db, sql`select 1 from positions where id = ${positionId}`);
  if (!position) throw new AppError("not_found:position");
  await db.insert(hiddenRecommendations).values({ talentId, positionId }).onConflictDoNothing();
}

/**
 * The employer invites a matching talent to register an intent on one of its public positions:
 * the talent gets a notification linking to the position. Once per talent and position; a
 * talent the employer may not see, like another's position, is "not found".
 */
export async function inviteTalent({
  positionId,
  talentId,
  employerId,
  userId,
  ip,
}: {
  positionId: number;
  talentId: string;
  employerId: number;
  userId: string;
  ip: string;
}): Promise<{ invited: boolean }> {
  const db = await getDb();
  const [position] = await execute<{ title: string; employerName: string }>(
    db,
    sql`select p.title, e.name as "employerName" from positions p join employers e on e.id = p.employer_id
        where p.id = ${positionId} and p.employer_id = ${employerId} and ${PUBLIC}`,
  );
  if (!position) throw new AppError("not_found:position");
  const [talent] = await execute(
    db,
    sql`select 1 from talent_profiles t join users u on u.id = t.user_id and u.deleted_at is null
        where t.user_id = ${talentId} and ${visibleTo(employerId)}`,
  );
  if (!talent) throw new AppError("not_found:talent");
  return db.transaction(async (tx) => {
    const inserted = await execute(
      tx,
      sql`insert into match_invitations (position_id, talent_id, invited_by) values (${positionId}, ${talentId}, ${userId})
          on conflict do nothing returning position_id`,
    );
    if (inserted.length === 0) return { invited: false };
    await notifyUser({ userId: talentId, kind: "matching.invited", data: { positionId, title: position.title, employerName: position.employerName } }, tx);
    await recordAudit({ actorId: userId, action: "matching.invite", entityType: "position", entityId: positionId, data: { talentId }, ip }, tx);
    return { invited: true };
  });
}
