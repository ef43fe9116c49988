import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import { getDb } from "../../db/index";
import { employerMembers, employers, positions, users } from "../../db/schema";
import type { Employer } from "../../db/schema";
import { recordAudit } from "../audit/queries";
import { PG_FOREIGN_KEY_VIOLATION, pgError } from "../../db/errors";
import { AppError, FieldError } from "../errors";
import { notifyUser } from "../notifications/queries";
import type { EmployerProfile } from "./profile";

export type { Employer };

export async function getEmployer({ employerId }: { employerId: number }): Promise<Employer> {
  const db = await getDb();
  const [employer] = await db.select().from(employers).where(eq(employers.id, employerId));
  if (!employer) throw new AppError("not_found:employer");
  return employer;
}

/** What waits for operators: employers to verify and positions to review. */
export async function countPendingReviews(): Promise<{ employers: number; positions: number }> {
  const db = await getDb();
  const [[e], [p]] = await Promise.all([
    db.select({ n: count() }).from(employers).where(eq(employers.status, "pending")),
    db.select({ n: count() }).from(positions).where(eq(positions.status, "in_review")),
  ]);
  return { employers: Number(e?.n ?? 0), positions: Number(p?.n ?? 0) };
}

export interface PendingEmployer {
  id: number;
  name: string;
  creditCode: string;
  kind: Employer["kind"];
  createdAt: Date;
  ownerEmail: string | null;
  ownerName: string | null;
}

/** The verification queue, oldest first. */
export async function findPendingEmployers({ limit = 100 }: { limit?: number } = {}): Promise<PendingEmployer[]> {
  const db = await getDb();
  return db
    .select({
      id: employers.id,
      name: employers.name,
      creditCode: employers.creditCode,
      kind: employers.kind,
      createdAt: employers.createdAt,
      ownerEmail: users.email,
      ownerName: users.name,
    })
    .from(employers)
    .leftJoin(employerMembers, and(eq(employerMembers.employerId, employers.id), eq(employerMembers.role, "owner")))
    .leftJoin(users, eq(users.id, employerMembers.userId))
    .where(eq(employers.status, "pending"))
    .orderBy(asc(employers.createdAt), asc(employers.id))
    .limit(limit);
}

/**
 * An operator's decision on a pending employer. Only a pending employer can be decided (a
 * second operator deciding at the same time finds it already done); the owners are told.
 */
export async function decideEmployer(input: {
  employerId: number;
  decision: "verify" | "reject";
  reason?: string;
  operatorId: string;
  ip: string;
}): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const to = input.decision === "verify" ? "verified" : "rejected";
    const [updated] = await tx
      .update(employers)
      .set(
        input.decision === "verify"
          ? { status: "verified", verifiedAt: new Date(), verifiedBy: input.operatorId, rejectionReason: null, updatedAt: new Date() }
          : { status: "rejected", rejectionReason: input.reason ?? "", updatedAt: new Date() },
      )
      .where(and(eq(employers.id, input.employerId), eq(employers.status, "pending")))
      .returning({ id: employers.id, name: employers.name });
    if (!updated) throw new AppError("conflict:employer_not_pending");
    await recordAudit(
      {
        actorId: input.operatorId,
        action: input.decision === "verify" ? "employer.verified" : "employer.rejected",
        entityType: "employer",
        entityId: input.employerId,
        data: { from: "pending", to, reason: input.reason ?? null, name: updated.name },
        ip: input.ip,
      },
      tx,
    );
    const owners = await tx.select({ userId: employerMembers.userId }).from(employerMembers).where(eq(employerMembers.employerId, input.employerId));
    for (const owner of owners) {
      await notifyUser({ userId: owner.userId, kind: `employer.${to}`, data: { employerId: input.employerId, reason: input.reason ?? null } }, tx);
    }
  });
}


/** Saves the organisation's profile; the change is audited with what changed. */
export async function updateEmployerProfile(input: { employerId: number; userId: string; profile: EmployerProfile; ip: string }) {
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      await tx
        .update(employers)
        .set({
          nameEn: input.profile.nameEn ?? null,
          kind: input.profile.kind,
          industryId: input.profile.industry ?? null,
          locationId: input.profile.location ?? null,
          website: input.profile.website ?? null,
          description: input.profile.description,
          updatedAt: new Date(),
        })
        .where(eq(employers.id, input.employerId));
      await recordAudit({ actorId: input.userId, action: "employer.profile_updated", entityType: "employer", entityId: input.employerId, data: { fields: Object.keys(input.profile) }, ip: input.ip }, tx);
    });
  } catch (error) {
    const pg = pgError(error);
    if (pg?.code === PG_FOREIGN_KEY_VIOLATION) throw new FieldError(pg.constraint?.includes("industry") ? "industry" : "location", "choose_one");
    throw error;
  }
}
