import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Transaction } from "../../db/index";
import { PG_UNIQUE_VIOLATION, pgError } from "../../db/errors";
import { employerMembers, employers, talentProfiles, users } from "../../db/schema";
import type { Actor } from "../auth/policy";
import { recordAudit } from "../audit/queries";
import { AppError, FieldError } from "../errors";
import { notifyOperators } from "../notifications/queries";
import { hashPassword, verifyPassword } from "./password";

export interface CurrentUser extends Actor {
  email: string;
  name: string;
  locale: string;
  employerName?: string | null;
}

export async function findUserForSignIn({ email }: { email: string }) {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email.toLowerCase()}`, isNull(users.deletedAt)))
    .limit(1);
  return user ?? null;
}

/** The signed-in user as the database knows them now: role, organisation and its state. */
export async function getCurrentUserById({ userId, sessionVersion }: { userId: string; sessionVersion: number }): Promise<CurrentUser | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      sessionVersion: users.sessionVersion,
      deletedAt: users.deletedAt,
      employerId: employerMembers.employerId,
      memberRole: employerMembers.role,
      employerStatus: employers.status,
      employerName: employers.name,
    })
    .from(users)
    .leftJoin(employerMembers, eq(employerMembers.userId, users.id))
    .leftJoin(employers, eq(employers.id, employerMembers.employerId))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || row.deletedAt || row.sessionVersion !== sessionVersion) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: row.locale,
    employerId: row.employerId,
    memberRole: row.memberRole,
    employerStatus: row.employerStatus,
    employerName: row.employerName,
  };
}

function emailTaken(error: unknown): never {
  const pg = pgError(error);
  if (pg?.code === PG_UNIQUE_VIOLATION && pg.constraint === "users_email_lower_key") throw new FieldError("email", "email_taken", "conflict:email");
  if (pg?.code === PG_UNIQUE_VIOLATION && pg.constraint === "employers_credit_code_unique") throw new FieldError("creditCode", "credit_code_taken", "conflict:credit_code");
  throw error;
}

/**
 * Inserts a person who accepted the privacy notice, with the "account.created" audit entry;
 * every way of signing up goes through here.
 */
export async function insertPerson(
  tx: Transaction,
  input: { name: string; email: string; passwordHash: string; role: "talent" | "employer"; locale: string; ip: string },
) {
  const [user] = await tx
    .insert(users)
    .values({ email: input.email, name: input.name, role: input.role, passwordHash: input.passwordHash, consentAt: new Date(), locale: input.locale })
    .returning({ id: users.id, email: users.email, sessionVersion: users.sessionVersion });
  await recordAudit({ actorId: user!.id, action: "account.created", entityType: "user", entityId: user!.id, data: { role: input.role, consent: true }, ip: input.ip }, tx);
  return user!;
}

export async function createTalentAccount(input: { name: string; email: string; password: string; locale: string; ip: string }) {
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const user = await insertPerson(tx, { ...input, passwordHash, role: "talent" });
      await tx.insert(talentProfiles).values({ userId: user.id, realName: input.name });
      return user;
    });
  } catch (error) {
    emailTaken(error);
  }
}

export async function createEmployerAccount(input: {
  organisation: string;
  creditCode: string;
  kind: (typeof employers.$inferInsert)["kind"];
  name: string;
  email: string;
  password: string;
  locale: string;
  ip: string;
}) {
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const user = await insertPerson(tx, { ...input, passwordHash, role: "employer" });
      const [employer] = await tx
        .insert(employers)
        .values({ name: input.organisation, creditCode: input.creditCode, kind: input.kind, status: "pending" })
        .returning({ id: employers.id });
      await tx.insert(employerMembers).values({ employerId: employer!.id, userId: user.id, role: "owner" });
      await recordAudit({ actorId: user.id, action: "employer.registered", entityType: "employer", entityId: employer!.id, data: { name: input.organisation, status: "pending" }, ip: input.ip }, tx);
      await notifyOperators({ kind: "employer.pending_review", data: { employerId: employer!.id, name: input.organisation } }, tx);
      return { ...user, employerId: employer!.id };
    });
  } catch (error) {
    emailTaken(error);
  }
}

export async function changePassword(input: { userId: string; currentPassword: string; password: string; ip: string }) {
  const db = await getDb();
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, input.userId));
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) throw new FieldError("currentPassword", "password_wrong");
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, input.userId))
      .returning({ id: users.id, email: users.email, sessionVersion: users.sessionVersion });
    await recordAudit({ actorId: input.userId, action: "account.password_changed", entityType: "user", entityId: input.userId, ip: input.ip }, tx);
    return updated!;
  });
}

export async function requireUserPassword({ userId, password }: { userId: string; password: string }): Promise<void> {
  const db = await getDb();
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user) throw new AppError("not_found:user");
  if (!(await verifyPassword(password, user.passwordHash))) throw new FieldError("password", "password_wrong");
}

/** The language the user reads e-mails and notifications in: the one they last chose on the site. */
export async function setUserLocale({ userId, locale }: { userId: string; locale: "zh" | "en" }): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ locale, updatedAt: new Date() }).where(and(eq(users.id, userId), isNull(users.deletedAt)));
}
