import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";
import { files, intents, talentProfiles, users } from "../../db/schema";
import { can, type Actor } from "../auth/policy";
import { AppError } from "../errors";
import { deleteFile, insertPdf, readPdfUpload } from "../files/queries";
import { handledBy } from "../intents/access";
import { profileCompleteness } from "./completeness";
import type { TalentProfileForm } from "./schemas";

export type { TalentProfile } from "../../db/schema";

/** The talent's own profile, its completeness, and the résumé's name and size (never its bytes). */
export async function getTalentProfile({ talentId }: { talentId: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ profile: talentProfiles, resumeName: files.filename, resumeSize: files.size, resumeAt: files.createdAt })
    .from(talentProfiles)
    .leftJoin(files, eq(files.id, talentProfiles.resumeFileId))
    .where(eq(talentProfiles.userId, talentId));
  // Accounts made before profiles existed get an empty one.
  const profile = row?.profile ?? (await db.insert(talentProfiles).values({ userId: talentId }).onConflictDoNothing().returning())[0];
  if (!profile) throw new AppError("not_found:profile");
  const resume = row?.resumeName ? { id: profile.resumeFileId!, filename: row.resumeName, size: row.resumeSize!, uploadedAt: row.resumeAt! } : null;
  return { profile, resume, completeness: profileCompleteness(profile) };
}

export async function updateTalentProfile({ talentId, form }: { talentId: string; form: TalentProfileForm }): Promise<void> {
  const db = await getDb();
  const values = {
    realName: form.realName,
    phone: form.phone ?? null,
    contactEmail: form.contactEmail ?? null,
    educationLevel: form.educationLevel ?? null,
    school: form.school,
    major: form.major,
    graduationYear: form.graduationYear ?? null,
    title: form.title,
    skills: form.skills,
    origin: form.origin,
    country: form.origin === "overseas" ? (form.country ?? null) : null,
    wishLocationIds: [...new Set(form.wishLocations)],
    wishIndustryIds: [...new Set(form.wishIndustries)],
    wishSalaryMin: form.wishSalaryMin ?? null,
    wishSalaryMax: form.wishSalaryMax ?? null,
    bio: form.bio,
    visibility: form.visibility,
    updatedAt: new Date(),
  };
  await db.transaction(async (tx) => {
    await tx.insert(talentProfiles).values({ userId: talentId, ...values }).onConflictDoUpdate({ target: talentProfiles.userId, set: values });
    if (form.timeZone) await tx.update(users).set({ timeZone: form.timeZone, updatedAt: values.updatedAt }).where(eq(users.id, talentId));
  });
}

/** Replaces the résumé with an uploaded PDF (checked by its bytes, ≤ 5 MB); the old file goes. */
export async function replaceResume({ talentId, file }: { talentId: string; file: File | undefined }): Promise<void> {
  const upload = await readPdfUpload(file, "resume");
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.insert(talentProfiles).values({ userId: talentId }).onConflictDoNothing();
    const [before] = await tx.select({ fileId: talentProfiles.resumeFileId }).from(talentProfiles).where(eq(talentProfiles.userId, talentId)).for("update");
    const fileId = await insertPdf(tx, { ownerId: talentId, upload });
    await tx.update(talentProfiles).set({ resumeFileId: fileId, updatedAt: new Date() }).where(eq(talentProfiles.userId, talentId));
    if (before?.fileId) await deleteFile(tx, { id: before.fileId });
  });
}

export async function removeResume({ talentId }: { talentId: string }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ fileId: talentProfiles.resumeFileId }).from(talentProfiles).where(eq(talentProfiles.userId, talentId)).for("update");
    if (!before?.fileId) return;
    await tx.update(talentProfiles).set({ resumeFileId: null, updatedAt: new Date() }).where(eq(talentProfiles.userId, talentId));
    await deleteFile(tx, { id: before.fileId });
  });
}

/** Whether the talent has an intent this employer handles (the "employers I registered with" setting). */
async function sharesIntent(employerId: number, talentId: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await execute(db, sql`select 1 from intents where ${intents.talentId} = ${talentId} and ${handledBy(employerId)} limit 1`);
  return Boolean(row);
}

/** May this actor see this talent's profile and résumé? The talent's visibility setting decides (lib/auth/policy.ts). */
async function mayReadProfile(actor: Actor, talentId: string, visibility: "intent_employers" | "verified_employers"): Promise<boolean> {
  const sharedIntent = actor.role === "employer" && actor.employerId != null ? await sharesIntent(actor.employerId, talentId) : false;
  return can(actor, { action: "talent.profile.read", talentId, visibility, sharedIntent });
}

/** A talent's profile as an employer sees it; null when the talent's setting does not allow it. */
export async function getProfileForEmployer({ actor, talentId }: { actor: Actor; talentId: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ profile: talentProfiles, name: users.name, resumeName: files.filename, resumeSize: files.size })
    .from(talentProfiles)
    .innerJoin(users, and(eq(users.id, talentProfiles.userId), sql`${users.deletedAt} is null`))
    .leftJoin(files, eq(files.id, talentProfiles.resumeFileId))
    .where(eq(talentProfiles.userId, talentId));
  if (!row || !(await mayReadProfile(actor, talentId, row.profile.visibility))) return null;
  const resume = row.resumeName ? { id: row.profile.resumeFileId!, filename: row.resumeName, size: row.resumeSize! } : null;
  return { ...row.profile, name: row.name, resume };
}

/**
 * A stored PDF for download: its owner; the résumé for employers the talent's visibility
 * allows; a project's pitch for the employers handling that intent. Null for anyone else.
 */
export async function getFileForDownload({ actor, fileId }: { actor: Actor; fileId: string }) {
  const db = await getDb();
  const [file] = await db.select().from(files).where(eq(files.id, fileId));
  if (!file) return null;
  if (actor.role === "talent" && actor.id === file.ownerId) return file;
  if (actor.role !== "employer" || actor.employerId == null) return null;
  const [resumeOf] = await db.select({ visibility: talentProfiles.visibility }).from(talentProfiles).where(eq(talentProfiles.resumeFileId, fileId));
  if (resumeOf && (await mayReadProfile(actor, file.ownerId, resumeOf.visibility))) return file;
  const [pitch] = await execute(
    db,
    sql`select 1 from intent_projects ip join intents on intents.id = ip.intent_id
        where ip.pitch_file_id = ${fileId} and ${handledBy(actor.employerId)} limit 1`,
  );
  return pitch && can(actor, { action: "employer.intents.handle", employerId: actor.employerId }) ? file : null;
}
