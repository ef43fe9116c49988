import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { talentProfiles } from "../../db/schema";
import { createCatalog, createEmployerWithMember, createPosition, createTalent } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { registerIntent } from "../intents/mutations";
import { getFileForDownload, getProfileForEmployer, getTalentProfile, replaceResume } from "./profile";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

const pdf = (text = "%PDF-1.7 résumé") => new File([text], "简历.pdf", { type: "application/pdf" });

describe("[talents] who sees a profile and its résumé", () => {
  it("shows them to employers the talent registered with, or to all verified employers if the talent says so", async () => {
    const catalog = await createCatalog(t.db);
    const withIntent = await createEmployerWithMember(t.db);
    const stranger = await createEmployerWithMember(t.db);
    const pending = await createEmployerWithMember(t.db, "pending");
    const talent = await createTalent(t.db);
    const other = await createTalent(t.db);
    await replaceResume({ talentId: talent.user.id, file: pdf() });
    const { profile } = await getTalentProfile({ talentId: talent.user.id });
    const fileId = profile.resumeFileId!;
    await registerIntent({ talentId: talent.user.id, positionId: (await createPosition(t.db, catalog, withIntent.employer.id)).id, message: "" });

    expect(await getProfileForEmployer({ actor: withIntent.actor, talentId: talent.user.id })).not.toBeNull();
    expect(await getProfileForEmployer({ actor: stranger.actor, talentId: talent.user.id })).toBeNull();
    expect(await getFileForDownload({ actor: withIntent.actor, fileId })).not.toBeNull();
    expect(await getFileForDownload({ actor: stranger.actor, fileId })).toBeNull();
    expect(await getFileForDownload({ actor: talent.actor, fileId })).not.toBeNull();
    expect(await getFileForDownload({ actor: other.actor, fileId })).toBeNull();

    await t.db.update(talentProfiles).set({ visibility: "verified_employers" }).where(eq(talentProfiles.userId, talent.user.id));
    expect(await getProfileForEmployer({ actor: stranger.actor, talentId: talent.user.id })).not.toBeNull();
    expect(await getFileForDownload({ actor: stranger.actor, fileId })).not.toBeNull();
    expect(await getFileForDownload({ actor: pending.actor, fileId })).toBeNull();
    expect(await getProfileForEmployer({ actor: pending.actor, talentId: talent.user.id })).toBeNull();
  });

  it("refuses uploads that are empty, too large or no PDF, under the field, and replaces the old résumé", async () => {
    const talent = await createTalent(t.db);
    const problem = async (file: File | undefined) => replaceResume({ talentId: talent.user.id, file }).then(() => "ok", (e: { field?: string; messageKey?: string }) => `${e.field}:${e.messageKey}`);
    expect(await problem(undefined)).toBe("resume:file_required");
    expect(await problem(new File([], "a.pdf"))).toBe("resume:file_empty");
    expect(await problem(new File([new Uint8Array(5 * 1024 * 1024 + 1)], "big.pdf"))).toBe("resume:file_too_large");
    expect(await problem(new File(["<html>not a pdf</html>"], "fake.pdf", { type: "application/pdf" }))).toBe("resume:file_not_pdf");
    expect(await problem(pdf("%PDF-1.4 first"))).toBe("ok");
    const first = (await getTalentProfile({ talentId: talent.user.id })).profile.resumeFileId!;
    expect(await problem(pdf("%PDF-1.4 second"))).toBe("ok");
    const { resume } = await getTalentProfile({ talentId: talent.user.id });
    expect(resume!.id).not.toBe(first);
    expect(await getFileForDownload({ actor: talent.actor, fileId: first })).toBeNull();
  });
});
