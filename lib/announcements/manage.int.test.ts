import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, positions } from "../../db/schema";
import { createCatalog, createEmployer, createPosition, findOperatorId } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { FieldError } from "../errors";
import { beijingDateInput, beijingDateTimeInput } from "../forms/fields";
import { findPositions, getPublicPosition } from "../positions/queries";
import { positionSearchSchema } from "../positions/search-params";
import {
  createAnnouncement,
  deleteAnnouncement,
  findManagedAnnouncements,
  getManagedAnnouncement,
  linkAnnouncementPosition,
  setAnnouncementPublication,
  unlinkAnnouncementPosition,
  updateAnnouncement,
} from "./manage";
import { findAnnouncements, getAnnouncement } from "./queries";
import { announcementFormSchema } from "./schemas";

let t: TestDatabase;
let operatorId = "";
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  operatorId = await findOperatorId(t.db);
});
afterAll(async () => {
  await t?.destroy();
});

let seq = 0;
const form = (fields: Record<string, unknown> = {}) =>
  announcementFormSchema.parse({ category: "1", title: `测试公告${Date.now().toString(36)}${++seq}`, body: "公告正文：欢迎海内外人才报名。", ...fields });
const as = { userId: "", ip: "x" };
const me = () => ({ ...as, userId: operatorId });

async function publicIds() {
  return (await findAnnouncements({ limit: 100 })).items.map((a) => a.id);
}

async function freshPosition() {
  const catalog = await createCatalog(t.db);
  const employer = await createEmployer(t.db, "verified");
  return createPosition(t.db, catalog, employer.id);
}

async function closesAt(id: number) {
  const [row] = await t.db.select({ closesAt: positions.closesAt }).from(positions).where(eq(positions.id, id));
  return row!.closesAt;
}

async function isSearchable(id: number) {
  const { items } = await findPositions(positionSearchSchema.parse({ sort: "newest", limit: 50 }));
  return items.some((p) => p.id === id) && (await getPublicPosition({ id })) !== null;
}

describe("[announcements] operators manage announcements", () => {
  it("keeps a draft and a scheduled one from the public, and publishes and unpublishes", async () => {
    const draft = await createAnnouncement({ ...me(), form: form() });
    const scheduled = await createAnnouncement({ ...me(), form: form({ publishAt: beijingDateTimeInput(new Date(Date.now() + 3 * DAY)) }) });
    expect(await publicIds()).not.toContain(draft.id);
    expect(await publicIds()).not.toContain(scheduled.id);
    expect((await findManagedAnnouncements({ status: "scheduled" })).map((a) => a.id)).toContain(scheduled.id);
    expect((await findManagedAnnouncements({ status: "draft" })).map((a) => a.id)).toContain(draft.id);

    await setAnnouncementPublication({ ...me(), id: draft.id, move: "publish" });
    expect(await publicIds()).toContain(draft.id);
    expect((await findManagedAnnouncements({ status: "published", category: 1 })).map((a) => a.id)).toContain(draft.id);
    await setAnnouncementPublication({ ...me(), id: draft.id, move: "unpublish" });
    expect(await publicIds()).not.toContain(draft.id);

    const trail = await t.db.select().from(auditLog).where(and(eq(auditLog.entityType, "announcement"), eq(auditLog.entityId, String(draft.id))));
    expect(trail.map((a) => [a.action, a.data.from ?? null, a.data.to ?? null])).toEqual([
      ["announcement.created", null, null],
      ["announcement.publish", "draft", "published"],
      ["announcement.unpublish", "published", "draft"],
    ]);
  });

  it("refuses an edit made on a version someone else has saved since", async () => {
    const { id } = await createAnnouncement({ ...me(), form: form() });
    const opened = (await getManagedAnnouncement({ id }))!.updatedAt;
    await updateAnnouncement({ ...me(), id, updatedAt: opened, form: form({ title: "第一位运营的修改", tags: ["1", "2"] }) });
    await expect(updateAnnouncement({ ...me(), id, updatedAt: opened, form: form({ title: "第二位运营的修改" }) })).rejects.toMatchObject({ code: "conflict:announcement_stale" });
    const stored = (await getManagedAnnouncement({ id }))!;
    expect(stored.title).toBe("第一位运营的修改");
    expect(stored.tagIds.sort()).toEqual([1, 2]);
    // Publishing moves the version on too: a form opened before cannot silently unpublish it.
    await setAnnouncementPublication({ ...me(), id, move: "publish" });
    await expect(updateAnnouncement({ ...me(), id, updatedAt: stored.updatedAt, form: form() })).rejects.toMatchObject({ code: "conflict:announcement_stale" });
    await expect(updateAnnouncement({ ...me(), id: 99_999_999, updatedAt: opened, form: form() })).rejects.toMatchObject({ code: "not_found:announcement" });
  });

  it("caps a linked position at the deadline, drops it from search once the deadline passes, and releases it when unlinked", async () => {
    const position = await freshPosition();
    const deadline = new Date(Date.now() + 10 * DAY);
    const { id } = await createAnnouncement({ ...me(), form: form({ publishAt: beijingDateTimeInput(new Date(Date.now() - DAY)), deadlineOn: beijingDateInput(deadline) }) });
    expect(await closesAt(position.id)).toBeNull();

    expect(await linkAnnouncementPosition({ ...me(), announcementId: id, positionId: position.id })).toEqual({ added: true });
    expect(await linkAnnouncementPosition({ ...me(), announcementId: id, positionId: position.id })).toEqual({ added: false });
    const stored = (await getManagedAnnouncement({ id }))!;
    expect((await closesAt(position.id))?.getTime()).toBe(stored.deadline!.getTime());
    expect(await isSearchable(position.id)).toBe(true);
    expect((await getAnnouncement({ id }))!.positions.map((p) => p.id)).toEqual([position.id]);

    // The deadline passes (an operator moves it to yesterday): the position leaves search and the announcement's list.
    await updateAnnouncement({ ...me(), id, updatedAt: stored.updatedAt, form: form({ publishAt: beijingDateTimeInput(new Date(Date.now() - 3 * DAY)), deadlineOn: beijingDateInput(new Date(Date.now() - DAY)) }) });
    expect((await closesAt(position.id))!.getTime()).toBeLessThan(Date.now());
    expect(await isSearchable(position.id)).toBe(false);
    expect((await getAnnouncement({ id }))!.positions).toEqual([]);

    await unlinkAnnouncementPosition({ ...me(), announcementId: id, positionId: position.id });
    expect(await closesAt(position.id)).toBeNull();
    expect(await isSearchable(position.id)).toBe(true);
  });

  it("keeps a position's own earlier expiry, and lets it go when the announcement is deleted", async () => {
    const position = await freshPosition();
    const own = new Date(Date.now() + 5 * DAY);
    await t.db.update(positions).set({ expiresAt: own }).where(eq(positions.id, position.id));
    const { id } = await createAnnouncement({ ...me(), form: form({ deadlineOn: beijingDateInput(new Date(Date.now() + 20 * DAY)) }) });
    await linkAnnouncementPosition({ ...me(), announcementId: id, positionId: position.id });
    expect((await closesAt(position.id))?.getTime()).toBe(own.getTime());

    const later = await createAnnouncement({ ...me(), form: form({ deadlineOn: beijingDateInput(new Date(Date.now() + 2 * DAY)) }) });
    await linkAnnouncementPosition({ ...me(), announcementId: later.id, positionId: position.id });
    expect((await closesAt(position.id))!.getTime()).toBeLessThan(own.getTime());
    await deleteAnnouncement({ ...me(), id: later.id });
    expect((await closesAt(position.id))?.getTime()).toBe(own.getTime());
    expect(await getManagedAnnouncement({ id: later.id })).toBeNull();
    await expect(deleteAnnouncement({ ...me(), id: later.id })).rejects.toMatchObject({ code: "not_found:announcement" });
  });

  it("answers bad references with the field's error, never a database error", async () => {
    const fieldOf = async (promise: Promise<unknown>) => {
      const error = await promise.then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(FieldError);
      return [(error as FieldError).field, (error as FieldError).messageKey];
    };
    expect(await fieldOf(createAnnouncement({ ...me(), form: form({ category: "9999" }) }))).toEqual(["category", "choose_one"]);
    expect(await fieldOf(createAnnouncement({ ...me(), form: form({ campaign: "9999" }) }))).toEqual(["campaign", "choose_one"]);
    expect(await fieldOf(createAnnouncement({ ...me(), form: form({ tags: ["9999"] }) }))).toEqual(["tags", "choose_one"]);
    const { id } = await createAnnouncement({ ...me(), form: form() });
    expect(await fieldOf(linkAnnouncementPosition({ ...me(), announcementId: id, positionId: 99_999_999 }))).toEqual(["positionId", "position_not_found"]);
    await expect(linkAnnouncementPosition({ ...me(), announcementId: 99_999_999, positionId: 1 })).rejects.toMatchObject({ code: "not_found:announcement" });
    await expect(unlinkAnnouncementPosition({ ...me(), announcementId: id, positionId: 1 })).rejects.toMatchObject({ code: "not_found:announcement_position" });
  });
});

describe("[announcements] the form's rules", () => {
  const issues = (fields: Record<string, unknown>) => {
    const result = announcementFormSchema.safeParse({ category: "1", title: "标题", body: "足够长的公告正文内容。", ...fields });
    return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
  };
  it("names each bad field", () => {
    expect(issues({ category: "", title: "", body: "短" })).toEqual({ category: "choose_one", title: "too_short", body: "too_short" });
    expect(issues({ publishAt: "2026-02-30T10:00" })).toEqual({ publishAt: "date_invalid" });
    expect(issues({ deadlineOn: "2026-13-01" })).toEqual({ deadlineOn: "date_invalid" });
    expect(issues({ publishAt: "2026-05-10T09:00", deadlineOn: "2026-05-01" })).toEqual({ deadlineOn: "deadline_before_publish" });
    expect(issues({ tags: ["1", "x"] })).toEqual({ tags: "choose_one" });
  });
  it("reads an empty publish time as a draft and the deadline as the end of its Beijing day", () => {
    const parsed = announcementFormSchema.parse({ category: "2", title: "标题", body: "足够长的公告正文内容。", publishAt: "", deadlineOn: "2026-05-01", pinned: "on" });
    expect(parsed.publishAt).toBeUndefined();
    expect(parsed.deadline?.toISOString()).toBe("2026-05-01T15:59:59.999Z");
    expect(parsed.pinned).toBe(true);
  });
});
