import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, employers, files } from "../../db/schema";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { createEmployer, createUser } from "../../tests/support/factories";
import { getEmployerLogo, getEmployerLogoId, readLogoUpload, removeEmployerLogo, saveEmployerLogo } from "./logo";
import { LOGO_MAX_BYTES } from "./logo-image";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 8, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20]);
const upload = (bytes: Uint8Array | string, name = "logo.png", type = "image/png") => new File([bytes as BlobPart], name, { type });

describe("employer logos", () => {
  it("refuses what is not a PNG, JPEG or WebP, whatever its name and claimed type, and empty or oversized files", async () => {
    await expect(readLogoUpload(upload("just some text", "logo.png"))).rejects.toMatchObject({ field: "logo", messageKey: "logo_type" });
    await expect(readLogoUpload(upload('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "logo.svg", "image/svg+xml"))).rejects.toMatchObject({ messageKey: "logo_type" });
    await expect(readLogoUpload(upload(new Uint8Array(), "empty.png"))).rejects.toMatchObject({ messageKey: "logo_empty" });
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(PNG);
    await expect(readLogoUpload(upload(big))).rejects.toMatchObject({ messageKey: "logo_too_large" });
    // The stored type is what the bytes are, not what the browser said.
    expect((await readLogoUpload(upload(WEBP, "logo.png", "image/png"))).type).toBe("image/webp");
  });

  it("stores the logo, replaces it deleting the old file, and removes it", async () => {
    const employer = await createEmployer(t.db);
    const user = await createUser(t.db, "employer");
    const first = await saveEmployerLogo({ employerId: employer.id, userId: user.id, logo: await readLogoUpload(upload(PNG)), ip: "x" });
    expect(await getEmployerLogoId({ employerId: employer.id, publicOnly: true })).toBe(first.fileId);
    const served = await getEmployerLogo({ employerId: employer.id });
    expect(served).toMatchObject({ id: first.fileId, mimeType: "image/png", public: true });
    expect([...served!.data]).toEqual([...PNG]);
    const [stored] = await t.db.select().from(files).where(eq(files.id, first.fileId));
    expect(stored).toMatchObject({ ownerId: user.id, filename: "logo.png", size: PNG.length });

    const second = await saveEmployerLogo({ employerId: employer.id, userId: user.id, logo: await readLogoUpload(upload(WEBP, "new.webp")), ip: "x" });
    expect(await t.db.select().from(files).where(eq(files.id, first.fileId))).toHaveLength(0);
    const [row] = await t.db.select({ logoFileId: employers.logoFileId }).from(employers).where(eq(employers.id, employer.id));
    expect(row!.logoFileId).toBe(second.fileId);
    expect((await getEmployerLogo({ employerId: employer.id }))?.mimeType).toBe("image/webp");

    await removeEmployerLogo({ employerId: employer.id, userId: user.id, ip: "x" });
    expect(await getEmployerLogo({ employerId: employer.id })).toBeNull();
    expect(await t.db.select().from(files).where(eq(files.id, second.fileId))).toHaveLength(0);
    const trail = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, String(employer.id)));
    expect(trail.map((a) => a.action)).toEqual(["employer.logo_updated", "employer.logo_updated", "employer.logo_removed"]);
  });

  it("does not show a pending employer's logo publicly", async () => {
    const employer = await createEmployer(t.db, "pending");
    const user = await createUser(t.db, "employer");
    await saveEmployerLogo({ employerId: employer.id, userId: user.id, logo: await readLogoUpload(upload(PNG)), ip: "x" });
    expect(await getEmployerLogoId({ employerId: employer.id, publicOnly: true })).toBeNull();
    expect(await getEmployerLogoId({ employerId: employer.id, publicOnly: false })).not.toBeNull();
    expect((await getEmployerLogo({ employerId: employer.id }))?.public).toBe(false);
  });

  it("leaves one logo and no orphan file when two uploads race", async () => {
    const employer = await createEmployer(t.db);
    const user = await createUser(t.db, "employer");
    const logo = await readLogoUpload(upload(PNG));
    await Promise.all([1, 2, 3].map(() => saveEmployerLogo({ employerId: employer.id, userId: user.id, logo, ip: "x" })));
    const owned = await t.db.select({ id: files.id }).from(files).where(eq(files.ownerId, user.id));
    const [row] = await t.db.select({ logoFileId: employers.logoFileId }).from(employers).where(eq(employers.id, employer.id));
    expect(owned.map((f) => f.id)).toEqual([row!.logoFileId]);
  });
});
