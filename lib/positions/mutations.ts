import "server-only";
import { and, asc, desc, eq, ilike, sql } from "drizzle-orm";
import { getDb, type Transaction } from "../../db/index";
import { PG_FOREIGN_KEY_VIOLATION, pgError } from "../../db/errors";
import { containsPattern } from "../../db/like";
import { pageOf, pageWindow } from "../../db/paging";
import { positionStatus } from "../../db/schema/enums";
import { campaigns, employerMembers, employers, positionPolicyTags, positions } from "../../db/schema";
import { recordAudit } from "../audit/queries";
import { AppError, FieldError } from "../errors";
import { notifyOperators, notifyUser } from "../notifications/queries";
import { positionTokens } from "../search/tokens";
import { nextStatus, type PositionMove } from "./lifecycle";
import { type EmployerPositionsSearch, expiryOf, type PositionForm } from "./schemas";

export interface PositionActor {
  id: string;
  role: "employer" | "operator";
  /** For employer users: only this organisation's positions exist for them. */
  employerId?: number | null;
}

const FK_FIELDS: Record<string, [string, string]> = {
  positions_platform_on_board_fk: ["platform", "platform_not_on_board"],
  positions_board_id_boards_id_fk: ["board", "choose_one"],
  positions_location_id_locations_id_fk: ["location", "choose_one"],
  positions_industry_id_industries_id_fk: ["industry", "choose_one"],
  position_policy_tags_tag_id_policy_tags_id_fk: ["policyTags", "choose_one"],
};

/** The position's policy tags become exactly these. */
async function setPolicyTags(tx: Transaction, positionId: number, tagIds: readonly number[]): Promise<void> {
  await tx.delete(positionPolicyTags).where(eq(positionPolicyTags.positionId, positionId));
  if (tagIds.length > 0) await tx.insert(positionPolicyTags).values(tagIds.map((tagId) => ({ positionId, tagId })));
}

/** A reference to a board, platform, place or industry that is not there is the field's fault. */
function fieldOfForeignKey(error: unknown): never {
  const pg = pgError(error);
  const field = pg?.code === PG_FOREIGN_KEY_VIOLATION && pg.constraint ? FK_FIELDS[pg.constraint] : undefined;
  if (field) throw new FieldError(field[0], field[1]);
  throw error;
}

async function columnsOf(tx: Transaction, employerId: number, form: PositionForm) {
  const [employer] = await tx.select({ name: employers.name }).from(employers).where(eq(employers.id, employerId));
  if (!employer) throw new AppError("not_found:employer");
  return {
    boardId: form.board,
    platformId: form.platform ?? null,
    title: form.title,
    category: form.category,
    talentLevel: form.talentLevel,
    educationFloor: form.educationFloor,
    major: form.major,
    experienceYears: form.experienceYears,
    salaryMin: form.salaryMin ?? null,
    salaryMax: form.salaryMax ?? null,
    headcount: form.headcount,
    locationId: form.location,
    industryId: form.industry,
    skills: form.skills,
    description: form.description,
    overseasFriendly: form.overseasFriendly,
    expiresAt: expiryOf(form.expiresOn),
    searchTokens: positionTokens({ ...form, employerName: employer.name }),
    updatedAt: new Date(),
  };
}

export async function createPosition(input: { employerId: number; userId: string; form: PositionForm; ip: string }): Promise<{ id: number }> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [campaign] = await tx.select({ id: campaigns.id }).from(campaigns).orderBy(desc(campaigns.featured), desc(campaigns.startsAt)).limit(1);
      const [row] = await tx
        .insert(positions)
        .values({ ...(await columnsOf(tx, input.employerId, input.form)), employerId: input.employerId, campaignId: campaign?.id ?? null, status: "draft", createdBy: input.userId })
        .returning({ id: positions.id });
      await setPolicyTags(tx, row!.id, input.form.policyTags);
      await recordAudit({ actorId: input.userId, action: "position.created", entityType: "position", entityId: row!.id, data: { to: "draft", title: input.form.title }, ip: input.ip }, tx);
      return row!;
    });
  } catch (error) {
    fieldOfForeignKey(error);
  }
}

/** Saves a draft, unless someone saved it since it was opened (the version moved on). */
export async function updatePosition(input: { id: number; version: number; employerId: number; userId: string; form: PositionForm; ip: string }) {
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .update(positions)
        .set({ ...(await columnsOf(tx, input.employerId, input.form)), version: sql`${positions.version} + 1`, rejectionReason: null })
        .where(and(eq(positions.id, input.id), eq(positions.employerId, input.employerId), eq(positions.version, input.version), eq(positions.status, "draft")))
        .returning({ id: positions.id });
      if (!row) {
        const [current] = await tx.select({ status: positions.status }).from(positions).where(and(eq(positions.id, input.id), eq(positions.employerId, input.employerId)));
        if (!current) throw new AppError("not_found:position");
        throw new AppError(current.status === "draft" ? "conflict:stale" : "conflict:not_editable");
      }
      await setPolicyTags(tx, input.id, input.form.policyTags);
      await recordAudit({ actorId: input.userId, action: "position.edited", entityType: "position", entityId: input.id, data: { version: input.version + 1 }, ip: input.ip }, tx);
    });
  } catch (error) {
    fieldOfForeignKey(error);
  }
}

/**
 * One move of the life cycle, checked against the position's state under a row lock, recorded
 * (who, when, from, to) and told to those it concerns. Another organisation's position answers
 * as a missing one.
 */
export async function movePosition(input: { id: number; move: PositionMove; actor: PositionActor; reason?: string; ip: string }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: positions.status, employerId: positions.employerId, title: positions.title, publishedAt: positions.publishedAt })
      .from(positions)
      .where(eq(positions.id, input.id))
      .for("update");
    if (!current || (input.actor.role === "employer" && current.employerId !== input.actor.employerId)) throw new AppError("not_found:position");
    const to = nextStatus(input.move, current.status, input.actor.role);
    if (!to) throw new AppError("conflict:position_state");
    await tx
      .update(positions)
      .set({
        status: to,
        publishedAt: to === "published" ? new Date() : current.publishedAt,
        rejectionReason: input.move === "reject" || (input.move === "close" && input.actor.role === "operator") ? (input.reason ?? null) : null,
        // Reopening starts over: the take-down's reason goes with the state it explained.
        takedownReason: input.move === "reopen" ? null : undefined,
        updatedAt: new Date(),
        version: sql`${positions.version} + 1`,
      })
      .where(eq(positions.id, input.id));
    await recordAudit(
      { actorId: input.actor.id, action: `position.${input.move}`, entityType: "position", entityId: input.id, data: { from: current.status, to, reason: input.reason ?? null, title: current.title }, ip: input.ip },
      tx,
    );
    if (input.move === "submit") await notifyOperators({ kind: "position.pending_review", data: { positionId: input.id, title: current.title } }, tx);
    if (input.actor.role === "operator") {
      const members = await tx.select({ userId: employerMembers.userId }).from(employerMembers).where(eq(employerMembers.employerId, current.employerId));
      for (const m of members) {
        await notifyUser({ userId: m.userId, kind: `position.${input.move === "approve" ? "approved" : input.move === "reject" ? "rejected" : "closed"}`, data: { positionId: input.id, title: current.title, reason: input.reason ?? null } }, tx);
      }
    }
  });
}

/** Decides many postings at once; each one on its own, so one that moved on does not stop the rest. */
export async function decidePositions(input: { ids: number[]; decision: "approve" | "reject"; reason?: string; operatorId: string; ip: string }) {
  let done = 0;
  for (const id of input.ids) {
    try {
      await movePosition({ id, move: input.decision, actor: { id: input.operatorId, role: "operator" }, reason: input.reason, ip: input.ip });
      done++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  return { done, skipped: input.ids.length - done };
}

export async function duplicatePosition(input: { id: number; employerId: number; userId: string; ip: string }): Promise<{ id: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [source] = await tx.select().from(positions).where(and(eq(positions.id, input.id), eq(positions.employerId, input.employerId)));
    if (!source) throw new AppError("not_found:position");
    const { id: _id, createdAt: _c, publishedAt: _p, viewCount: _v, version: _ver, status: _s, rejectionReason: _r, takedownReason: _t, closesAt: _ca, ...copy } = source;
    const [row] = await tx
      .insert(positions)
      .values({ ...copy, title: `${source.title}（副本）`.slice(0, 200), status: "draft", createdBy: input.userId, updatedAt: new Date() })
      .returning({ id: positions.id });
    const tags = await tx.select({ tagId: positionPolicyTags.tagId }).from(positionPolicyTags).where(eq(positionPolicyTags.positionId, input.id));
    await setPolicyTags(tx, row!.id, tags.map((t) => t.tagId));
    await recordAudit({ actorId: input.userId, action: "position.duplicated", entityType: "position", entityId: row!.id, data: { from: input.id }, ip: input.ip }, tx);
    return row!;
  });
}

export const EMPLOYER_POSITIONS_PAGE = 50;

/**
 * An employer's positions, last changed first, a page at a time (positions_employer_updated_idx),
 * filtered by status and by part of the title, with how many it has in each status.
 */
export async function findEmployerPositions({ employerId, status, q, page = 1, pageSize = EMPLOYER_POSITIONS_PAGE }: { employerId: number; pageSize?: number } & Partial<EmployerPositionsSearch>) {
  const db = await getDb();
  const where = and(eq(positions.employerId, employerId), status ? eq(positions.status, status) : undefined, q ? ilike(positions.title, containsPattern(q)) : undefined);
  const range = pageWindow(page, pageSize);
  const [rows, counts] = await Promise.all([
    db
      .select({ id: positions.id, title: positions.title, status: positions.status, rejectionReason: positions.rejectionReason, takedownReason: positions.takedownReason, expiresAt: positions.expiresAt, updatedAt: positions.updatedAt, headcount: positions.headcount })
      .from(positions)
      .where(where)
      .orderBy(desc(positions.updatedAt), desc(positions.id))
      .limit(range.limit)
      .offset(range.offset),
    db.select({ status: positions.status, n: sql<number>`count(*)::int` }).from(positions).where(eq(positions.employerId, employerId)).groupBy(positions.status),
  ]);
  const byStatus = Object.fromEntries(positionStatus.enumValues.map((s) => [s, 0])) as Record<(typeof positionStatus.enumValues)[number], number>;
  for (const c of counts) byStatus[c.status] = Number(c.n);
  return { ...pageOf(rows, page, pageSize), counts: byStatus };
}

export async function getEmployerPosition({ id, employerId }: { id: number; employerId: number }) {
  const db = await getDb();
  const [row] = await db.select().from(positions).where(and(eq(positions.id, id), eq(positions.employerId, employerId)));
  if (!row) return null;
  const tags = await db.select({ tagId: positionPolicyTags.tagId }).from(positionPolicyTags).where(eq(positionPolicyTags.positionId, id));
  return { ...row, policyTagIds: tags.map((t) => t.tagId) };
}

/** The review queue, oldest first, with whether each employer is verified yet. */
export async function findPositionsInReview({ limit = 100 }: { limit?: number } = {}) {
  const db = await getDb();
  return db
    .select({ id: positions.id, title: positions.title, category: positions.category, updatedAt: positions.updatedAt, employerName: employers.name, employerStatus: employers.status, description: positions.description })
    .from(positions)
    .innerJoin(employers, eq(employers.id, positions.employerId))
    .where(eq(positions.status, "in_review"))
    .orderBy(asc(positions.updatedAt), asc(positions.id))
    .limit(limit);
}

