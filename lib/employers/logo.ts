import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/index";
import { employers, files } from "../../db/schema";
import { recordAudit } from "../audit/queries";
import { AppError, FieldError } from "../errors";
import { checkLogo, LOGO_EXTENSIONS, type LogoType } from "./logo-image";

/**
 * An employer's uploaded logo: kept in `files` (owned by whoever uploaded it) so every app
 * instance serves it, and shown publicly only for a verified employer.
 */

export interface LogoUpload {
  bytes: Uint8Array;
  type: LogoType;
}

/** Reads an upload and checks it by its magic bytes (not its name or claimed type): the field's error if it is no logo. */
export async function readLogoUpload(upload: Blob): Promise<LogoUpload> {
  const bytes = new Uint8Array(await upload.arrayBuffer());
  const checked = checkLogo(bytes);
  if (!checked.ok) throw new FieldError("logo", checked.problem);
  return { bytes, type: checked.type };
}

/** Makes a checked upload the employer's logo and deletes the file of the one it replaces. */
export async function saveEmployerLogo(input: { employerId: number; userId: string; logo: LogoUpload; ip: string }): Promise<{ fileId: string }> {
  const { bytes, type } = input.logo;
  const db = await getDb();
  return db.transaction(async (tx) => {
    // The row lock makes two uploads at once replace one another in turn, leaving no orphan file.
    const [employer] = await tx.select({ logoFileId: employers.logoFileId }).from(employers).where(eq(employers.id, input.employerId)).for("update");
    if (!employer) throw new AppError("not_found:employer");
    const [file] = await tx
      .insert(files)
      .values({ ownerId: input.userId, filename: `logo.${LOGO_EXTENSIONS[type]}`, mimeType: type, size: bytes.length, data: bytes })
      .returning({ id: files.id });
    await tx.update(employers).set({ logoFileId: file!.id, updatedAt: new Date() }).where(eq(employers.id, input.employerId));
    if (employer.logoFileId) await tx.delete(files).where(eq(files.id, employer.logoFileId));
    await recordAudit(
      { actorId: input.userId, action: "employer.logo_updated", entityType: "employer", entityId: input.employerId, data: { type, size: bytes.length, replaced: employer.logoFileId }, ip: input.ip },
      tx,
    );
    return { fileId: file!.id };
  });
}

/** Takes the logo off and deletes its file; nothing to remove is no error. */
export async function removeEmployerLogo(input: { employerId: number; userId: string; ip: string }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [employer] = await tx.select({ logoFileId: employers.logoFileId }).from(employers).where(eq(employers.id, input.employerId)).for("update");
    if (!employer) throw new AppError("not_found:employer");
    if (!employer.logoFileId) return;
    await tx.update(employers).set({ logoFileId: null, updatedAt: new Date() }).where(eq(employers.id, input.employerId));
    await tx.delete(files).where(eq(files.id, employer.logoFileId));
    await recordAudit({ actorId: input.userId, action: "employer.logo_removed", entityType: "employer", entityId: input.employerId, data: { removed: employer.logoFileId }, ip: input.ip }, tx);
  });
}

/** The logo's file id (it changes with every upload, so it versions the image URL), or null. */
export async function getEmployerLogoId({ employerId, publicOnly }: { employerId: number; publicOnly: boolean }): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: employers.logoFileId })
    .from(employers)
    .where(and(eq(employers.id, employerId), publicOnly ? eq(employers.status, "verified") : undefined));
  return row?.id ?? null;
}

/**
 * The image itself, for /employers/{id}/logo. `public` is whether anyone may see it (a verified
 * employer's); otherwise only the employer's own people may, to check it before verification.
 */
export async function getEmployerLogo({ employerId }: { employerId: number }): Promise<{ id: string; mimeType: string; data: Uint8Array; public: boolean } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: files.id, mimeType: files.mimeType, data: files.data, status: employers.status })
    .from(employers)
    .innerJoin(files, eq(files.id, employers.logoFileId))
    .where(eq(employers.id, employerId));
  return row ? { id: row.id, mimeType: row.mimeType, data: row.data, public: row.status === "verified" } : null;
}
