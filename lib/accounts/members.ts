import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb, type Transaction } from "../../db/index";
import { PG_UNIQUE_VIOLATION, pgError } from "../../db/errors";
import { employerInvitations, employerMembers, employers, users } from "../../db/schema";
import { recordAudit } from "../audit/queries";
import { AppError, FieldError } from "../errors";
import { hashPassword } from "./password";
import { insertPerson } from "./queries";

const INVITATION_DAYS = 7;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function listMembers({ employerId }: { employerId: number }) {
  const db = await getDb();
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: employerMembers.role, since: employerMembers.createdAt })
    .from(employerMembers)
    .innerJoin(users, eq(users.id, employerMembers.userId))
    .where(eq(employerMembers.employerId, employerId))
    .orderBy(asc(employerMembers.createdAt));
}

export async function listOpenInvitations({ employerId }: { employerId: number }) {
  const db = await getDb();
  return db
    .select({ id: employerInvitations.id, email: employerInvitations.email, role: employerInvitations.role, expiresAt: employerInvitations.expiresAt })
    .from(employerInvitations)
    .where(and(eq(employerInvitations.employerId, employerId), isNull(employerInvitations.acceptedAt), isNull(employerInvitations.revokedAt), gt(employerInvitations.expiresAt, new Date())))
    .orderBy(asc(employerInvitations.createdAt));
}

/** Creates an invitation and returns its one-time token (only its hash is stored). */
export async function createInvitation(input: { employerId: number; email: string; role: "owner" | "recruiter"; invitedBy: string; ip: string }) {
  const db = await getDb();
  const [existing] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email}`);
  if (existing) throw new FieldError("email", "email_has_account", "conflict:email");
  const token = randomBytes(24).toString("base64url");
  try {
    await db.transaction(async (tx) => {
      const [invitation] = await tx
        .insert(employerInvitations)
        .values({
          employerId: input.employerId,
          email: input.email,
          role: input.role,
          tokenHash: hashToken(token),
          invitedBy: input.invitedBy,
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        })
        .returning({ id: employerInvitations.id });
      await recordAudit({ actorId: input.invitedBy, action: "member.invited", entityType: "employer", entityId: input.employerId, data: { email: input.email, role: input.role, invitationId: invitation!.id }, ip: input.ip }, tx);
    });
  } catch (error) {
    const pg = pgError(error);
    if (pg?.code === PG_UNIQUE_VIOLATION && pg.constraint === "employer_invitations_open_key") throw new FieldError("email", "already_invited", "conflict:invitation");
    throw error;
  }
  return { token };
}

/** An open invitation by its token, with the organisation's name; null when unknown, used, revoked or expired. */
export async function getOpenInvitation({ token }: { token: string }) {
  const db = await getDb();
  const [invitation] = await db
    .select({ id: employerInvitations.id, email: employerInvitations.email, role: employerInvitations.role, employerId: employerInvitations.employerId, employerName: employers.name })
    .from(employerInvitations)
    .innerJoin(employers, eq(employers.id, employerInvitations.employerId))
    .where(and(eq(employerInvitations.tokenHash, hashToken(token)), isNull(employerInvitations.acceptedAt), isNull(employerInvitations.revokedAt), gt(employerInvitations.expiresAt, new Date())));
  return invitation ?? null;
}

/** Creates the colleague's account and membership; the invitation can be used once. */
export async function acceptInvitation(input: { token: string; name: string; password: string; locale: string; ip: string }) {
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [invitation] = await tx
        .update(employerInvitations)
        .set({ acceptedAt: new Date() })
        .where(and(eq(employerInvitations.tokenHash, hashToken(input.token)), isNull(employerInvitations.acceptedAt), isNull(employerInvitations.revokedAt), gt(employerInvitations.expiresAt, new Date())))
        .returning();
      if (!invitation) throw new FieldError("token", "invitation_invalid", "not_found:invitation");
      const user = await insertPerson(tx, { name: input.name, email: invitation.email, passwordHash, role: "employer", locale: input.locale, ip: input.ip });
      await tx.insert(employerMembers).values({ employerId: invitation.employerId, userId: user.id, role: invitation.role });
      await recordAudit({ actorId: user.id, action: "member.joined", entityType: "employer", entityId: invitation.employerId, data: { role: invitation.role, invitationId: invitation.id }, ip: input.ip }, tx);
      return user;
    });
  } catch (error) {
    const pg = pgError(error);
    if (pg?.code === PG_UNIQUE_VIOLATION) throw new FieldError("token", "email_has_account", "conflict:email");
    throw error;
  }
}

async function ownersLeft(tx: Transaction, employerId: number) {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(employerMembers).where(and(eq(employerMembers.employerId, employerId), eq(employerMembers.role, "owner")));
  return Number(row?.n ?? 0);
}

export async function changeMemberRole(input: { employerId: number; userId: string; role: "owner" | "recruiter"; actorId: string; ip: string }) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(employerMembers).where(and(eq(employerMembers.employerId, input.employerId), eq(employerMembers.userId, input.userId)));
    if (!before) throw new AppError("not_found:member");
    await tx.update(employerMembers).set({ role: input.role }).where(and(eq(employerMembers.employerId, input.employerId), eq(employerMembers.userId, input.userId)));
    if ((await ownersLeft(tx, input.employerId)) === 0) throw new AppError("conflict:last_owner");
    await recordAudit({ actorId: input.actorId, action: "member.role_changed", entityType: "user", entityId: input.userId, data: { employerId: input.employerId, from: before.role, to: input.role }, ip: input.ip }, tx);
  });
}

/** Removes a colleague: their next request finds no membership, so access ends at once. */
export async function removeMember(input: { employerId: number; userId: string; actorId: string; ip: string }) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(employerMembers)
      .where(and(eq(employerMembers.employerId, input.employerId), eq(employerMembers.userId, input.userId)))
      .returning();
    if (!removed) throw new AppError("not_found:member");
    if ((await ownersLeft(tx, input.employerId)) === 0) throw new AppError("conflict:last_owner");
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, input.userId));
    await recordAudit({ actorId: input.actorId, action: "member.removed", entityType: "user", entityId: input.userId, data: { employerId: input.employerId, role: removed.role }, ip: input.ip }, tx);
  });
}

export async function revokeInvitation(input: { employerId: number; invitationId: string; actorId: string; ip: string }) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(employerInvitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(employerInvitations.id, input.invitationId), eq(employerInvitations.employerId, input.employerId), isNull(employerInvitations.acceptedAt), isNull(employerInvitations.revokedAt)))
      .returning({ id: employerInvitations.id, email: employerInvitations.email });
    if (!revoked) throw new AppError("not_found:invitation");
    await recordAudit({ actorId: input.actorId, action: "member.invitation_revoked", entityType: "employer", entityId: input.employerId, data: { email: revoked.email }, ip: input.ip }, tx);
  });
}
