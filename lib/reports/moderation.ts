import "server-only";
import { and, eq, lte, sql } from "drizzle-orm";
import { execute, getDb, type Transaction } from "../../db/index";
import { employerMembers, positions, reports } from "../../db/schema";
import { recordAudit } from "../audit/queries";
import { AppError } from "../errors";
import { notifyUser } from "../notifications/queries";
import { movableFrom } from "../positions/lifecycle";

interface Decision {
  positionId: number;
  resolution: string;
  operatorId: string;
  ip: string;
}

/** Closes the open reports of a posting (up to the newest the operator saw) and tells each reporter. */
async function closeReports(tx: Transaction, input: Decision & { status: "dismissed" | "actioned"; upTo?: number; title: string }): Promise<number> {
  const closed = await tx
    .update(reports)
    .set({ status: input.status, resolution: input.resolution, handledBy: input.operatorId, handledAt: new Date() })
    .where(and(eq(reports.positionId, input.positionId), eq(reports.status, "open"), input.upTo ? lte(reports.id, input.upTo) : undefined))
    .returning({ reporterId: reports.reporterId });
  for (const reporterId of new Set(closed.map((r) => r.reporterId))) {
    await notifyUser({ userId: reporterId, kind: `report.${input.status}`, data: { positionId: input.positionId, title: input.title, resolution: input.resolution } }, tx);
  }
  return closed.length;
}

/** Dismisses a posting's open reports with a note the reporters read; the posting stays up. */
export async function dismissReports(input: Decision & { upTo: number }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [position] = await tx.select({ title: positions.title }).from(positions).where(eq(positions.id, input.positionId));
    if (!position) throw new AppError("not_found:position");
    const n = await closeReports(tx, { ...input, status: "dismissed", title: position.title });
    if (n === 0) throw new AppError("conflict:reports_handled");
    await recordAudit(
      { actorId: input.operatorId, action: "reports.dismissed", entityType: "position", entityId: input.positionId, data: { reports: n, resolution: input.resolution, title: position.title }, ip: input.ip },
      tx,
    );
  });
}

/**
 * Takes a posting down: it closes (the life cycle's `close`, which operators may make; a posting
 * its employer closed already keeps its state and gets the reason), the reason is stored for the
 * employer, every open report of it is actioned, and the employer's people and the reporters
 * are told — all in one transaction, recorded in the audit log.
 */
export async function takeDownPosition(input: Decision): Promise<void> {
  const from = [...movableFrom("close"), "closed"];
  const db = await getDb();
  await db.transaction(async (tx) => {
    // Guarded UPDATE: only a posting in a state the take-down may start from moves; the old state
    // is read under the same row lock for the audit trail.
    const [moved] = await execute<{ from: string; employerId: number; title: string }>(
      tx,
      sql`with old as (select id, status, employer_id, title from positions where id = ${input.positionId} for update)
          update positions p set status = 'closed', takedown_reason = ${input.resolution}, updated_at = now(), version = p.version + 1
          from old where p.id = old.id and old.status::text in (${sql.join(from.map((s) => sql`${s}`), sql`, `)})
          returning old.status as "from", old.employer_id as "employerId", old.title`,
    );
    if (!moved) {
      const [exists] = await tx.select({ id: positions.id }).from(positions).where(eq(positions.id, input.positionId));
      throw new AppError(exists ? "conflict:position_state" : "not_found:position");
    }
    const n = await closeReports(tx, { ...input, status: "actioned", title: moved.title });
    await recordAudit(
      {
        actorId: input.operatorId,
        action: "position.takedown",
        entityType: "position",
        entityId: input.positionId,
        data: { from: moved.from, to: "closed", reason: input.resolution, title: moved.title, reports: n },
        ip: input.ip,
      },
      tx,
    );
    const members = await tx.select({ userId: employerMembers.userId }).from(employerMembers).where(eq(employerMembers.employerId, moved.employerId));
    for (const m of members) {
      await notifyUser({ userId: m.userId, kind: "position.taken_down", data: { positionId: input.positionId, title: moved.title, reason: input.resolution } }, tx);
    }
  });
}

/** Handles many postings at once; each on its own, so one handled meanwhile does not stop the rest. */
export async function handleReports(input: { positionIds: number[]; decision: "dismiss" | "takedown"; resolution: string; upTo: number; operatorId: string; ip: string }) {
  let done = 0;
  for (const positionId of input.positionIds) {
    const decision = { positionId, resolution: input.resolution, operatorId: input.operatorId, ip: input.ip };
    try {
      if (input.decision === "takedown") await takeDownPosition(decision);
      else await dismissReports({ ...decision, upTo: input.upTo });
      done++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  return { done, skipped: input.positionIds.length - done };
}
