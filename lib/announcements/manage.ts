import "server-only";
import { and, asc, desc, eq, gt, isNull, lte, sql, type SQL } from "drizzle-orm";
import { getDb, type Transaction } from "../../db/index";
import {
  announcementCategories,
  announcementPolicyTags,
  announcementPositions,
  announcements,
  campaigns,
  employers,
  policyTags,
  positions,
} from "../../db/schema";
import { rethrowAsFieldError, type ConstraintFields } from "../actions/constraint-errors";
import { recordAudit } from "../audit/queries";
import { AppError, FieldError } from "../errors";
import { findPositions } from "../positions/queries";
import { positionSearchSchema } from "../positions/search-params";
import { announcementStatus, type AnnouncementForm, type AnnouncementStatus } from "./schemas";

/** The operator's side of 引才公告: every announcement, whatever its publication state. */

const FORM_CONSTRAINTS: ConstraintFields = {
  announcements_category_id_announcement_categories_id_fk: ["category", "choose_one"],
  announcements_campaign_id_campaigns_id_fk: ["campaign", "choose_one"],
  announcement_policy_tags_tag_id_policy_tags_id_fk: ["tags", "choose_one"],
  announcements_title_check: ["title", "too_long"],
};

interface Actor {
  userId: string;
  ip: string;
}

function columnsOf(form: AnnouncementForm) {
  return {
    categoryId: form.category,
    campaignId: form.campaign ?? null,
    title: form.title,
    body: form.body,
    publishedAt: form.publishAt ?? null,
    deadline: form.deadline,
    pinned: form.pinned,
    // Set here rather than by the database: the edit guard compares it to the millisecond.
    updatedAt: new Date(),
  };
}

async function replaceTags(tx: Transaction, announcementId: number, tagIds: number[]) {
  await tx.delete(announcementPolicyTags).where(eq(announcementPolicyTags.announcementId, announcementId));
  if (tagIds.length > 0) await tx.insert(announcementPolicyTags).values([...new Set(tagIds)].map((tagId) => ({ announcementId, tagId })));
}

const auditData = (form: AnnouncementForm) => ({
  title: form.title,
  publishedAt: form.publishAt?.toISOString() ?? null,
  deadline: form.deadline?.toISOString() ?? null,
  pinned: form.pinned,
});

export async function createAnnouncement(input: Actor & { form: AnnouncementForm }): Promise<{ id: number }> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(announcements)
        .values({ ...columnsOf(input.form), createdBy: input.userId })
        .returning({ id: announcements.id });
      await replaceTags(tx, row!.id, input.form.tags);
      await recordAudit({ actorId: input.userId, action: "announcement.created", entityType: "announcement", entityId: row!.id, data: auditData(input.form), ip: input.ip }, tx);
      return row!;
    });
  } catch (error) {
    rethrowAsFieldError(error, FORM_CONSTRAINTS);
  }
}

/** The row as the form was opened: null when it is gone. */
async function touch(tx: Transaction, id: number, updatedAt: Date) {
  const [current] = await tx.select({ updatedAt: announcements.updatedAt }).from(announcements).where(eq(announcements.id, id)).for("update");
  if (!current) throw new AppError("not_found:announcement");
  // Compared to the millisecond: what a form can carry back.
  if (current.updatedAt.getTime() !== updatedAt.getTime()) throw new AppError("conflict:announcement_stale");
}

/** Saves an edit, unless someone saved the announcement since this form was opened. */
export async function updateAnnouncement(input: Actor & { id: number; updatedAt: Date; form: AnnouncementForm }): Promise<void> {
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      await touch(tx, input.id, input.updatedAt);
      await tx.update(announcements).set(columnsOf(input.form)).where(eq(announcements.id, input.id));
      await replaceTags(tx, input.id, input.form.tags);
      await recordAudit({ actorId: input.userId, action: "announcement.edited", entityType: "announcement", entityId: input.id, data: auditData(input.form), ip: input.ip }, tx);
    });
  } catch (error) {
    rethrowAsFieldError(error, FORM_CONSTRAINTS);
  }
}

/** Publishes now (or keeps an earlier publish time), or takes it back to a draft. */
export async function setAnnouncementPublication(input: Actor & { id: number; move: "publish" | "unpublish" }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [current] = await tx.select({ publishedAt: announcements.publishedAt, title: announcements.title }).from(announcements).where(eq(announcements.id, input.id)).for("update");
    if (!current) throw new AppError("not_found:announcement");
    const from = announcementStatus(current.publishedAt);
    const publishedAt = input.move === "unpublish" ? null : from === "published" ? current.publishedAt : new Date();
    await tx.update(announcements).set({ publishedAt, updatedAt: new Date() }).where(eq(announcements.id, input.id));
    await recordAudit(
      { actorId: input.userId, action: `announcement.${input.move}`, entityType: "announcement", entityId: input.id, data: { from, to: publishedAt ? "published" : "draft", title: current.title }, ip: input.ip },
      tx,
    );
  });
}

/** Deletes it; the positions it recruited for fall back to their own expiry (the triggers recompute). */
export async function deleteAnnouncement(input: Actor & { id: number }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [gone] = await tx.delete(announcements).where(eq(announcements.id, input.id)).returning({ title: announcements.title });
    if (!gone) throw new AppError("not_found:announcement");
    await recordAudit({ actorId: input.userId, action: "announcement.deleted", entityType: "announcement", entityId: input.id, data: { title: gone.title }, ip: input.ip }, tx);
  });
}

/** Lists a position as recruited for; its closes_at takes the deadline through the database's triggers. */
export async function linkAnnouncementPosition(input: Actor & { announcementId: number; positionId: number }): Promise<{ added: boolean }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [announcement] = await tx.select({ id: announcements.id }).from(announcements).where(eq(announcements.id, input.announcementId));
    if (!announcement) throw new AppError("not_found:announcement");
    const [position] = await tx.select({ title: positions.title }).from(positions).where(eq(positions.id, input.positionId));
    if (!position) throw new FieldError("positionId", "position_not_found");
    const added = await tx
      .insert(announcementPositions)
      .values({ announcementId: input.announcementId, positionId: input.positionId })
      .onConflictDoNothing()
      .returning({ positionId: announcementPositions.positionId });
    if (added.length > 0) {
      await recordAudit({ actorId: input.userId, action: "announcement.position_linked", entityType: "announcement", entityId: input.announcementId, data: { positionId: input.positionId, title: position.title }, ip: input.ip }, tx);
    }
    return { added: added.length > 0 };
  });
}

export async function unlinkAnnouncementPosition(input: Actor & { announcementId: number; positionId: number }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(announcementPositions)
      .where(and(eq(announcementPositions.announcementId, input.announcementId), eq(announcementPositions.positionId, input.positionId)))
      .returning({ positionId: announcementPositions.positionId });
    if (removed.length === 0) throw new AppError("not_found:announcement_position");
    await recordAudit({ actorId: input.userId, action: "announcement.position_unlinked", entityType: "announcement", entityId: input.announcementId, data: { positionId: input.positionId }, ip: input.ip }, tx);
  });
}

export interface ManagedAnnouncementRow {
  id: number;
  title: string;
  categoryZh: string;
  categoryEn: string;
  status: AnnouncementStatus;
  publishedAt: Date | null;
  deadline: Date | null;
  pinned: boolean;
  updatedAt: Date;
  positions: number;
}

const STATUS_WHERE: Record<AnnouncementStatus, SQL> = {
  draft: isNull(announcements.publishedAt)!,
  scheduled: gt(announcements.publishedAt, sql`now()`)!,
  published: lte(announcements.publishedAt, sql`now()`)!,
};

/** Every announcement for the operator, newest edit first, by category and publication state. */
export async function findManagedAnnouncements({ category, status, limit = 200 }: { category?: number; status?: AnnouncementStatus; limit?: number }): Promise<ManagedAnnouncementRow[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: announcements.id,
      title: announcements.title,
      categoryZh: announcementCategories.nameZh,
      categoryEn: announcementCategories.nameEn,
      publishedAt: announcements.publishedAt,
      deadline: announcements.deadline,
      pinned: announcements.pinned,
      updatedAt: announcements.updatedAt,
      positions: sql<number>`(select count(*)::int from announcement_positions ap where ap.announcement_id = ${announcements.id})`,
    })
    .from(announcements)
    .innerJoin(announcementCategories, eq(announcementCategories.id, announcements.categoryId))
    .where(and(category ? eq(announcements.categoryId, category) : undefined, status ? STATUS_WHERE[status] : undefined))
    .orderBy(desc(announcements.updatedAt), desc(announcements.id))
    .limit(limit);
  const now = new Date();
  return rows.map((row) => ({ ...row, positions: Number(row.positions), status: announcementStatus(row.publishedAt, now) }));
}

export interface LinkedPosition {
  id: number;
  title: string;
  status: string;
  employerName: string;
  expiresAt: Date | null;
  closesAt: Date | null;
  /** Past its closing time: out of search and off the public announcement. */
  closed: boolean;
}

/** One announcement with its tags and every position it lists (public or not), for the edit page. */
export async function getManagedAnnouncement({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db.select().from(announcements).where(eq(announcements.id, id));
  if (!row) return null;
  const [tags, linked] = await Promise.all([
    db.select({ tagId: announcementPolicyTags.tagId }).from(announcementPolicyTags).where(eq(announcementPolicyTags.announcementId, id)),
    db
      .select({ id: positions.id, title: positions.title, status: positions.status, employerName: employers.name, expiresAt: positions.expiresAt, closesAt: positions.closesAt, closed: sql<boolean>`coalesce(${positions.closesAt} <= now(), false)` })
      .from(announcementPositions)
      .innerJoin(positions, eq(positions.id, announcementPositions.positionId))
      .innerJoin(employers, eq(employers.id, positions.employerId))
      .where(eq(announcementPositions.announcementId, id))
      .orderBy(asc(positions.id)),
  ]);
  return { ...row, status: announcementStatus(row.publishedAt), tagIds: tags.map((t) => t.tagId), positions: linked as LinkedPosition[] };
}

export type ManagedAnnouncement = NonNullable<Awaited<ReturnType<typeof getManagedAnnouncement>>>;

/** What the announcement form offers to choose from. */
export async function getAnnouncementOptions() {
  const db = await getDb();
  const [categoryRows, campaignRows, tagRows] = await Promise.all([
    db.select({ id: announcementCategories.id, nameZh: announcementCategories.nameZh, nameEn: announcementCategories.nameEn }).from(announcementCategories).orderBy(asc(announcementCategories.sortOrder), asc(announcementCategories.id)),
    db.select({ id: campaigns.id, nameZh: campaigns.nameZh, nameEn: campaigns.nameEn }).from(campaigns).orderBy(desc(campaigns.startsAt), desc(campaigns.id)),
    db.select({ id: policyTags.id, nameZh: policyTags.nameZh, nameEn: policyTags.nameEn }).from(policyTags).orderBy(asc(policyTags.sortOrder), asc(policyTags.id)),
  ]);
  return { categories: categoryRows, campaigns: campaignRows, tags: tagRows };
}

export type AnnouncementOptions = Awaited<ReturnType<typeof getAnnouncementOptions>>;

/** Published positions whose title or text has the words, newest first, for the "add" list (the public search). */
export async function findPublishedPositionsByTitle({ q, limit = 10 }: { q: string; limit?: number }) {
  const { items } = await findPositions(positionSearchSchema.parse({ q, limit, sort: "newest" }));
  return items.map((p) => ({ id: p.id, title: p.title, employerName: p.employerName }));
}
