import "server-only";
import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { alias, type PgSelect } from "drizzle-orm/pg-core";
import { execute, getDb } from "../../db/index";
import { boards, employers, intentEvents, intentMessages, intentNotes, intentProjects, intents, platforms, positions, users } from "../../db/schema";
import { handledBy } from "./access";
import { PIPELINE_STATUSES } from "./lifecycle";
import type { IntentStatus } from "./status";
import { containsPattern } from "../../db/like";
import { pageOf, pageWindow } from "../../db/paging";

/** What a list shows of an intent, whichever side reads it. */
const SUMMARY = {
  id: intents.id,
  kind: intents.kind,
  status: intents.status,
  positionId: intents.positionId,
  title: sql<string>`coalesce(${positions.title}, ${intentProjects.name}, '')`,
  employerId: intents.employerId,
  employerName: employers.name,
  boardZh: boards.nameZh,
  boardEn: boards.nameEn,
  platformZh: platforms.nameZh,
  platformEn: platforms.nameEn,
  talentId: intents.talentId,
  talentName: users.name,
  message: intents.message,
  declineReason: intents.declineReason,
  createdAt: intents.createdAt,
  statusChangedAt: intents.statusChangedAt,
};

/** Intent summaries matching `where`, the latest move first. */
async function summaries(where: SQL, { limit = 200, offset = 0 }: { limit?: number; offset?: number } = {}) {
  const db = await getDb();
  return db
    .select(SUMMARY)
    .from(intents)
    .leftJoin(positions, eq(positions.id, intents.positionId))
    .leftJoin(intentProjects, eq(intentProjects.intentId, intents.id))
    .leftJoin(employers, eq(employers.id, intents.employerId))
    .leftJoin(platforms, eq(platforms.id, intents.platformId))
    .innerJoin(boards, eq(boards.id, intents.boardId))
    .innerJoin(users, eq(users.id, intents.talentId))
    .where(where)
    .orderBy(desc(intents.statusChangedAt), desc(intents.id))
    .limit(limit)
    .offset(offset);
}

export type IntentSummary = Awaited<ReturnType<typeof findTalentIntents>>["rows"][number];

/** Unread messages from the other side, per intent. */
function unreadFrom(side: "talent" | "employer"): SQL<number> {
  const other = side === "talent" ? sql`m.sender_id is distinct from ${intents.talentId}` : sql`m.sender_id = ${intents.talentId}`;
  return sql<number>`(select count(*)::int from intent_messages m where m.intent_id = ${intents.id} and m.read_at is null and ${other})`;
}

export const TALENT_INTENTS_PAGE = 50;

/** The talent's intents, the latest move first, a page at a time, with unread messages from the employer. */
export async function findTalentIntents({ talentId, page = 1, pageSize = TALENT_INTENTS_PAGE }: { talentId: string; page?: number; pageSize?: number }) {
  const found = pageOf(await summaries(eq(intents.talentId, talentId), pageWindow(page, pageSize)), page, pageSize);
  const unread = await unreadCounts(found.rows.map((r) => r.id), "talent");
  return { ...found, rows: found.rows.map((r) => ({ ...r, unread: unread.get(r.id) ?? 0 })) };
}

async function unreadCounts(ids: number[], reader: "talent" | "employer"): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const db = await getDb();
  const rows = await db
    .select({ id: intents.id, n: unreadFrom(reader) })
    .from(intents)
    .where(sql`${intents.id} in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

/** The intent the talent registered on a position, if any (for the position page). */
export async function findIntentOnPosition({ talentId, positionId }: { talentId: string; positionId: number }) {
  const db = await getDb();
  const [row] = await db
    .select({ id: intents.id, status: intents.status, createdAt: intents.createdAt })
    .from(intents)
    .where(and(eq(intents.talentId, talentId), eq(intents.positionId, positionId)));
  return row ?? null;
}

/** Whether the talent already registered with this position's employer on the other board (they are warned). */
export async function hasIntentOnOtherBoard({ talentId, positionId }: { talentId: string; positionId: number }): Promise<boolean> {
  const db = await getDb();
  const [row] = await execute(
    db,
    sql`select 1 from intents i join positions p on p.id = ${positionId}
        where i.talent_id = ${talentId} and i.employer_id = p.employer_id and i.board_id <> p.board_id limit 1`,
  );
  return Boolean(row);
}

const actor = alias(users, "actor");

async function historyOf(intentId: number) {
  const db = await getDb();
  return db
    .select({
      id: intentEvents.id,
      fromStatus: intentEvents.fromStatus,
      toStatus: intentEvents.toStatus,
      note: intentEvents.note,
      createdAt: intentEvents.createdAt,
      actorId: intentEvents.actorId,
      actorName: actor.name,
      actorRole: actor.role,
    })
    .from(intentEvents)
    .leftJoin(actor, eq(actor.id, intentEvents.actorId))
    .where(eq(intentEvents.intentId, intentId))
    .orderBy(asc(intentEvents.createdAt), asc(intentEvents.id));
}

/**
 * Messages of a thread shown at once, the latest first: a thread has no other bound (either side
 * may write 30 an hour, MESSAGES_PER_HOUR), so earlier ones are paged (?thread=2, …).
 */
export const THREAD_PAGE = 50;
/** An organisation's private notes on one intent, newest first, paged (?notes=2, …). */
export const NOTES_PAGE = 20;

/** Page `page` of one intent's messages or notes, newest first (their (intent_id, created_at) index), one row past it. */
function newestFirst<T extends PgSelect>(query: T, table: typeof intentMessages | typeof intentNotes, intentId: number, page: number, size: number): T {
  const range = pageWindow(page, size);
  return query.where(eq(table.intentId, intentId)).orderBy(desc(table.createdAt), desc(table.id)).limit(range.limit).offset(range.offset);
}

/** Page `page` of the thread counted from its latest message, in the order it was written. */
async function threadOf(intentId: number, page: number) {
  const db = await getDb();
  const columns = {
    id: intentMessages.id,
    senderId: intentMessages.senderId,
    senderName: actor.name,
    senderRole: actor.role,
    body: intentMessages.body,
    readAt: intentMessages.readAt,
    createdAt: intentMessages.createdAt,
  };
  const rows = await newestFirst(db.select(columns).from(intentMessages).leftJoin(actor, eq(actor.id, intentMessages.senderId)).$dynamic(), intentMessages, intentId, page, THREAD_PAGE);
  const found = pageOf(rows, page, THREAD_PAGE);
  return { ...found, rows: found.rows.reverse() };
}

async function notesOf(intentId: number, page: number) {
  const db = await getDb();
  const columns = { id: intentNotes.id, body: intentNotes.body, createdAt: intentNotes.createdAt, authorName: actor.name };
  const rows = await newestFirst(db.select(columns).from(intentNotes).leftJoin(actor, eq(actor.id, intentNotes.authorId)).$dynamic(), intentNotes, intentId, page, NOTES_PAGE);
  return pageOf(rows, page, NOTES_PAGE);
}

async function projectOf(intentId: number) {
  const db = await getDb();
  const [row] = await db
    .select({
      name: intentProjects.name,
      field: intentProjects.field,
      stage: intentProjects.stage,
      teamSize: intentProjects.teamSize,
      fundingSought: intentProjects.fundingSought,
      pitchFileId: intentProjects.pitchFileId,
    })
    .from(intentProjects)
    .where(eq(intentProjects.intentId, intentId));
  return row ?? null;
}

/** Which page of an intent's thread (and, for its employer, of the notes) to show; the first by default. */
export interface IntentPages {
  threadPage?: number;
  notesPage?: number;
}

/** One of the talent's own intents with its whole history and a page of its thread; null for another's. */
export async function getTalentIntent({ talentId, intentId, threadPage = 1 }: { talentId: string; intentId: number } & IntentPages) {
  const [intent] = await summaries(and(eq(intents.id, intentId), eq(intents.talentId, talentId))!);
  if (!intent) return null;
  const [history, thread, project] = await Promise.all([historyOf(intentId), threadOf(intentId, threadPage), projectOf(intentId)]);
  return { intent, history, thread, project };
}

/** Whether the employer handles this intent (its own, or an unclaimed project it may take up): one row, nothing read. */
export async function employerHandlesIntent({ employerId, intentId }: { employerId: number; intentId: number }): Promise<boolean> {
  const db = await getDb();
  const [row] = await execute(db, sql`select 1 from intents where ${intents.id} = ${intentId} and ${handledBy(employerId)} limit 1`);
  return Boolean(row);
}

/** An intent the employer handles, with history, a page of the thread and of the organisation's private notes; null otherwise. */
export async function getEmployerIntent({ employerId, intentId, threadPage = 1, notesPage = 1 }: { employerId: number; intentId: number } & IntentPages) {
  const [intent] = await summaries(and(eq(intents.id, intentId), handledBy(employerId))!);
  if (!intent) return null;
  const [history, thread, project, notes] = await Promise.all([historyOf(intentId), threadOf(intentId, threadPage), projectOf(intentId), notesOf(intentId, notesPage)]);
  return { intent, history, thread, project, notes };
}

export interface PipelineFilter {
  employerId: number;
  positionId?: number;
  status?: IntentStatus;
  kind?: "employment" | "project";
  q?: string;
  page?: number;
}

export const PIPELINE_PAGE = 30;
const COLUMN_CARDS = 8;

function pipelineWhere(filter: PipelineFilter): SQL {
  const parts: SQL[] = [handledBy(filter.employerId)];
  if (filter.positionId) parts.push(eq(intents.positionId, filter.positionId));
  if (filter.status) parts.push(eq(intents.status, filter.status));
  if (filter.kind) parts.push(eq(intents.kind, filter.kind));
  if (filter.q) {
    const like = containsPattern(filter.q);
    parts.push(sql`(${users.name} like ${like} or coalesce(${positions.title}, ${intentProjects.name}, '') like ${like})`);
  }
  return and(...parts)!;
}

/** The filterable list, newest move first. */
export async function findPipelineIntents(filter: PipelineFilter) {
  const page = Math.max(1, filter.page ?? 1);
  const found = pageOf(await summaries(pipelineWhere(filter), pageWindow(page, PIPELINE_PAGE)), page, PIPELINE_PAGE);
  const unread = await unreadCounts(found.rows.map((r) => r.id), "employer");
  return { ...found, rows: found.rows.map((r) => ({ ...r, unread: unread.get(r.id) ?? 0 })) };
}

/** The board view: how many intents sit in each state, and the most recent few of each. */
export async function getPipelineBoard(filter: Omit<PipelineFilter, "status" | "page">) {
  const db = await getDb();
  const counts = await db
    .select({ status: intents.status, n: count() })
    .from(intents)
    .leftJoin(positions, eq(positions.id, intents.positionId))
    .leftJoin(intentProjects, eq(intentProjects.intentId, intents.id))
    .innerJoin(users, eq(users.id, intents.talentId))
    .where(pipelineWhere(filter))
    .groupBy(intents.status);
  const byStatus = new Map(counts.map((c) => [c.status, Number(c.n)]));
  const columns = await Promise.all(
    PIPELINE_STATUSES.map(async (status) => {
      const total = byStatus.get(status) ?? 0;
      if (total === 0) return { status, total, cards: [] };
      const cards = await summaries(pipelineWhere({ ...filter, status }), { limit: COLUMN_CARDS });
      return { status, total, cards };
    }),
  );
  return columns;
}

/** The employer's positions that have intents, for the pipeline's position filter. */
export async function findPositionsWithIntents({ employerId }: { employerId: number }) {
  const db = await getDb();
  return db
    .select({ id: positions.id, title: positions.title, n: count(intents.id) })
    .from(positions)
    .innerJoin(intents, eq(intents.positionId, positions.id))
    .where(eq(positions.employerId, employerId))
    .groupBy(positions.id, positions.title)
    .orderBy(desc(count(intents.id)))
    .limit(200);
}

export async function countUnansweredIntents({ employerId }: { employerId: number }): Promise<number> {
  const db = await getDb();
  const [row] = await execute<{ n: number }>(
    db,
    sql`select count(*)::int as n from intents where ${handledBy(employerId)} and status in ('submitted', 'viewed')`,
  );
  return Number(row?.n ?? 0);
}

const SAVED_PAGE = 50;

/** The talent's saved positions, newest saved first, a page at a time (public or not any more, so nothing silently disappears). */
export async function findSavedPositions({ talentId, page = 1, pageSize = SAVED_PAGE }: { talentId: string; page?: number; pageSize?: number }) {
  const db = await getDb();
  const range = pageWindow(page, pageSize);
  const rows = await execute<{ id: number; title: string; employerName: string; status: string; closesAt: string | null; savedAt: string; intentId: number | null; public: boolean }>(
    db,
    sql`select p.id, p.title, e.name as "employerName", p.status, p.closes_at as "closesAt", s.created_at as "savedAt", i.id as "intentId",
          (p.status = 'published' and e.status = 'verified' and (p.closes_at is null or p.closes_at > now())) as public
        from saved_positions s join positions p on p.id = s.position_id join employers e on e.id = p.employer_id
        left join intents i on i.position_id = p.id and i.talent_id = s.talent_id
        where s.talent_id = ${talentId}
        order by s.created_at desc, s.position_id desc
        limit ${range.limit} offset ${range.offset}`,
  );
  return pageOf(rows, page, pageSize);
}

export async function isPositionSaved({ talentId, positionId }: { talentId: string; positionId: number }): Promise<boolean> {
  const db = await getDb();
  const [row] = await execute(db, sql`select 1 from saved_positions where talent_id = ${talentId} and position_id = ${positionId}`);
  return Boolean(row);
}

