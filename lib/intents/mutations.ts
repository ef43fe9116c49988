import "server-only";
import { and, desc, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import { execute, getDb, type Database, type Transaction } from "../../db/index";
import { PG_FOREIGN_KEY_VIOLATION, pgError } from "../../db/errors";
import { boards, campaigns, campaignTalents, intentEvents, intentMessages, intentNotes, intentProjects, intents, positions, savedPositions } from "../../db/schema";
import { AppError, FieldError } from "../errors";
import { insertPdf, type PdfUpload } from "../files/queries";
import { cancelBookingsOfClosedIntent } from "../negotiations/mutations";
import { notifyUser } from "../notifications/queries";
import { hitRateLimit } from "../rate-limits/queries";
import { candidateEmployers, handledBy, notifyHandlers } from "./access";
import { isClosed, movableFrom, nextStatus, type DeclineReason, type IntentMove } from "./lifecycle";
import type { ProjectIntentForm } from "./schemas";
import { getIntentSettings } from "./settings";
import type { IntentStatus } from "./status";

export type IntentActorRef = { role: "talent"; id: string } | { role: "employer"; id: string; employerId: number };

const DAY = 86_400_000;
const BEIJING = 8 * 3_600_000;

/** The start of the day in Beijing time (no daylight saving), the daily limit's window. */
export function beijingDayStart(now: Date): Date {
  return new Date(Math.floor((now.getTime() + BEIJING) / DAY) * DAY - BEIJING);
}

/** One talent registers one intent at a time: two tabs (or twenty requests) queue here. */
async function lockTalent(tx: Transaction, talentId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`intents:${talentId}`}))`);
}

/** Whether the talent has registered as many intents today as a day allows (the setting and the count read together). */
async function dailyLimitReached(tx: Transaction, talentId: string, now: Date): Promise<boolean> {
  const [{ dailyLimit }, [row]] = await Promise.all([
    getIntentSettings(tx),
    tx
      .select({ n: sql<number>`count(*)::int` })
      .from(intents)
      .where(and(eq(intents.talentId, talentId), gte(intents.createdAt, beijingDayStart(now)))),
  ]);
  return Number(row?.n ?? 0) >= dailyLimit;
}

async function checkDailyLimit(tx: Transaction, talentId: string, now: Date): Promise<void> {
  if (await dailyLimitReached(tx, talentId, now)) throw new AppError("rate_limited:daily_intents");
}

async function joinCampaign(tx: Transaction, talentId: string, campaignId: number | null): Promise<void> {
  if (campaignId == null) return;
  await tx.insert(campaignTalents).values({ campaignId, talentId }).onConflictDoNothing();
}

export interface Registered {
  id: number;
  /** False when the talent had registered this intent already: the answer is the existing one. */
  created: boolean;
}

/**
 * 就职意向: one per talent and position. A second try — also from two tabs at once — answers
 * with the intent that exists; the database's unique key stands behind the lock.
 */
export async function registerIntent(input: { talentId: string; positionId: number; message: string; now?: Date }): Promise<Registered> {
  const now = input.now ?? new Date();
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockTalent(tx, input.talentId);
    // What the registration reads, asked for at once after the lock (on PostgreSQL the
    // transaction's connection sends them together: one wait instead of five). Under load each
    // wait is a turn of a busy event loop, and this transaction holds the talent's lock meanwhile.
    const [existing, [position], limitReached, talentName] = await Promise.all([
      findOwnIntentOnPosition(tx, input.talentId, input.positionId),
      execute<{ id: number; employer_id: number; board_id: number; platform_id: number | null; campaign_id: number | null; title: string }>(tx, sql`select p.id, p.employer_id, p.board_id, p.platform_id, p.campaign_id, p.title from positions p join employers e on e.id = p.employer_id
          where p.id = ${input.positionId} and p.status = 'published' and e.status = 'verified' and (p.closes_at is null or p.closes_at > now())`),
      dailyLimitReached(tx, input.talentId, now),
      nameOf(tx, input.talentId),
    ]);
    if (existing) return { id: existing, created: false };
    if (!position) throw new AppError("not_found:position");
    if (limitReached) throw new AppError("rate_limited:daily_intents");
    const [row] = await tx
      .insert(intents)
      .values({
        kind: "employment",
        talentId: input.talentId,
        positionId: position.id,
        employerId: position.employer_id,
        boardId: position.board_id,
        platformId: position.platform_id,
        campaignId: position.campaign_id,
        message: input.message,
        statusChangedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: [intents.talentId, intents.positionId] })
      .returning({ id: intents.id });
    if (!row) {
      const raced = await findOwnIntentOnPosition(tx, input.talentId, input.positionId);
      if (raced) return { id: raced, created: false };
      throw new AppError("conflict:intent");
    }
    // The rest of the registration needs only the intent's id: written together, as read above.
    await Promise.all([
      tx.insert(intentEvents).values({ intentId: row.id, actorId: input.talentId, fromStatus: null, toStatus: "submitted", createdAt: now }),
      joinCampaign(tx, input.talentId, position.campaign_id),
      notifyHandlers(tx, { employerId: position.employer_id, boardId: position.board_id, platformId: position.platform_id }, "intent.submitted", {
        intentId: row.id,
        title: position.title,
        talentName,
      }),
    ]);
    return { id: row.id, created: true };
  });
}

async function findOwnIntentOnPosition(tx: Transaction, talentId: string, positionId: number): Promise<number | null> {
  const [row] = await tx.select({ id: intents.id }).from(intents).where(and(eq(intents.talentId, talentId), eq(intents.positionId, positionId)));
  return row?.id ?? null;
}

async function nameOf(tx: Transaction, userId: string): Promise<string> {
  const [row] = await execute<{ name: string }>(tx, sql`select name from users where id = ${userId}`);
  return row?.name ?? "";
}

/**
 * 项目落户意向 towards a board (and maybe one of its platforms): handled by the employers
 * posting there until one of them takes it up.
 */
export async function registerProjectIntent(input: { talentId: string; form: ProjectIntentForm; pitch: PdfUpload | null; now?: Date }): Promise<Registered> {
  const now = input.now ?? new Date();
  const { form } = input;
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      await lockTalent(tx, input.talentId);
      const [board] = await tx.select({ id: boards.id }).from(boards).where(eq(boards.id, form.board));
      if (!board) throw new FieldError("board", "choose_one");
      const [handlers] = await execute<{ n: number }>(tx, sql`select count(*)::int as n from (${candidateEmployers(form.board, form.platform ?? null)}) c`);
      if (!Number(handlers?.n)) throw new FieldError(form.platform ? "platform" : "board", "no_handlers");
      await checkDailyLimit(tx, input.talentId, now);
      const [campaign] = await tx.select({ id: campaigns.id }).from(campaigns).orderBy(desc(campaigns.featured), desc(campaigns.startsAt)).limit(1);
      const pitchFileId = input.pitch ? await insertPdf(tx, { ownerId: input.talentId, upload: input.pitch }) : null;
      const [row] = await tx
        .insert(intents)
        .values({
          kind: "project",
          talentId: input.talentId,
          positionId: null,
          employerId: null,
          boardId: form.board,
          platformId: form.platform ?? null,
          campaignId: campaign?.id ?? null,
          message: form.message,
          statusChangedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: intents.id });
      await tx.insert(intentProjects).values({
        intentId: row!.id,
        name: form.name,
        field: form.field,
        stage: form.stage,
        teamSize: form.teamSize,
        fundingSought: form.fundingSought ?? null,
        pitchFileId,
      });
      await tx.insert(intentEvents).values({ intentId: row!.id, actorId: input.talentId, fromStatus: null, toStatus: "submitted", createdAt: now });
      await joinCampaign(tx, input.talentId, campaign?.id ?? null);
      const told = await notifyHandlers(tx, { employerId: null, boardId: form.board, platformId: form.platform ?? null }, "intent.submitted", {
        intentId: row!.id,
        title: form.name,
        talentName: await nameOf(tx, input.talentId),
      });
      // Too many handlers to tell each at once: the leads digest tells them (project-leads.ts).
      if (!told) await tx.update(intents).set({ leadsPending: true }).where(eq(intents.id, row!.id));
      return { id: row!.id, created: true };
    });
  } catch (error) {
    const pg = pgError(error);
    if (pg?.code === PG_FOREIGN_KEY_VIOLATION && pg.constraint === "intents_platform_on_board_fk") throw new FieldError("platform", "platform_not_on_board");
    throw error;
  }
}

/** The intent as its talent or a handling employer may touch it, locked for the move; null for anyone else. */
async function lockOwnIntent(tx: Transaction, intentId: number, actor: IntentActorRef) {
  const owner = actor.role === "talent" ? eq(intents.talentId, actor.id) : handledBy(actor.employerId);
  const [row] = await tx.select().from(intents).where(and(eq(intents.id, intentId), owner)).for("update");
  return row ?? null;
}

async function titleOf(tx: Transaction, intent: { id: number; positionId: number | null }): Promise<string> {
  if (intent.positionId != null) {
    const [p] = await tx.select({ title: positions.title }).from(positions).where(eq(positions.id, intent.positionId));
    return p?.title ?? "";
  }
  const [project] = await tx.select({ name: intentProjects.name }).from(intentProjects).where(eq(intentProjects.intentId, intent.id));
  return project?.name ?? "";
}

/**
 * One move of the life cycle (lib/intents/lifecycle.ts): checked against the state under a row
 * lock, written by a guarded UPDATE, recorded in intent_events and told to the other side, all
 * in one transaction. Another's intent answers as a missing one.
 */
export async function moveIntent(input: { intentId: number; move: IntentMove; reason?: DeclineReason; actor: IntentActorRef; now?: Date }): Promise<IntentStatus> {
  const now = input.now ?? new Date();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const current = await lockOwnIntent(tx, input.intentId, input.actor);
    if (!current) throw new AppError("not_found:intent");
    const to = nextStatus(input.move, current.status, input.actor.role, current.kind);
    if (!to) throw new AppError("conflict:intent_state");
    if (input.move === "decline" && !input.reason) throw new FieldError("reason", "choose_reason");
    const [moved] = await tx
      .update(intents)
      .set({
        status: to,
        statusChangedAt: now,
        updatedAt: now,
        declineReason: to === "declined" ? input.reason! : current.declineReason,
        reachedAt: to === "reached" ? (current.reachedAt ?? now) : current.reachedAt,
        employerId: input.actor.role === "employer" ? (current.employerId ?? input.actor.employerId) : current.employerId,
      })
      .where(and(eq(intents.id, input.intentId), inArray(intents.status, [...movableFrom(input.move)])))
      .returning({ id: intents.id });
    if (!moved) throw new AppError("conflict:intent_state");
    await tx.insert(intentEvents).values({
      intentId: input.intentId,
      actorId: input.actor.id,
      fromStatus: current.status,
      toStatus: to,
      note: to === "declined" ? input.reason! : null,
      createdAt: now,
    });
    if (isClosed(to)) await cancelBookingsOfClosedIntent(tx, current.id, now);
    const title = await titleOf(tx, current);
    const data = { intentId: current.id, title, from: current.status, to, reason: to === "declined" ? input.reason! : null };
    if (input.actor.role === "employer") await notifyUser({ userId: current.talentId, kind: "intent.status_changed", data }, tx);
    else await notifyHandlers(tx, current, "intent.withdrawn", data);
    return to;
  });
}

/** Moves many intents; each on its own, so one that moved on meanwhile does not stop the rest. */
export async function moveIntents(input: { intentIds: number[]; move: IntentMove; reason?: DeclineReason; actor: IntentActorRef }): Promise<{ done: number; skipped: number }> {
  const ids = [...new Set(input.intentIds)];
  let done = 0;
  let missing = 0;
  for (const intentId of ids) {
    try {
      await moveIntent({ ...input, intentId });
      done++;
    } catch (error) {
      if (!(error instanceof AppError) || error instanceof FieldError) throw error;
      if (error.kind === "not_found") missing++;
    }
  }
  // None of them is this organisation's: answer like a single move would.
  if (missing === ids.length) throw new AppError("not_found:intent");
  return { done, skipped: ids.length - done };
}

/** An employer opening a submitted intent has viewed it (once; a later visit changes nothing). */
export async function markIntentViewed(input: { intentId: number; actor: Extract<IntentActorRef, { role: "employer" }> }): Promise<void> {
  try {
    await moveIntent({ intentId: input.intentId, move: "view", actor: input.actor });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
}

/**
 * How many messages one person may send in an hour, in one intent's thread and in all: a flood is
 * no negotiation, and each message notifies the other side (every handler of an unclaimed project).
 */
export const MESSAGES_PER_HOUR = { thread: 30, all: 120 } as const;

/** A message in the intent's thread; the other side is told. Closed intents take no more messages. */
export async function sendIntentMessage(input: { intentId: number; body: string; actor: IntentActorRef; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const [thread, all] = await Promise.all([
    hitRateLimit({ key: `message:${input.actor.id}:${input.intentId}`, windowSeconds: 3600 }),
    hitRateLimit({ key: `message:${input.actor.id}`, windowSeconds: 3600 }),
  ]);
  if (thread.count > MESSAGES_PER_HOUR.thread || all.count > MESSAGES_PER_HOUR.all) throw new AppError("rate_limited:messages");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const current = await lockOwnIntent(tx, input.intentId, input.actor);
    if (!current) throw new AppError("not_found:intent");
    if (isClosed(current.status)) throw new AppError("conflict:intent_closed");
    if (input.actor.role === "employer" && current.employerId == null) {
      await tx.update(intents).set({ employerId: input.actor.employerId }).where(and(eq(intents.id, current.id), isNull(intents.employerId)));
    }
    await tx.insert(intentMessages).values({ intentId: current.id, senderId: input.actor.id, body: input.body, createdAt: now });
    const data = { intentId: current.id, title: await titleOf(tx, current) };
    if (input.actor.role === "employer") await notifyUser({ userId: current.talentId, kind: "intent.message", data }, tx);
    else await notifyHandlers(tx, current, "intent.message", data);
  });
}

/** Read receipts: the reader has seen every message the other side sent. */
export async function markThreadRead(input: { intentId: number; actor: IntentActorRef; now?: Date }): Promise<void> {
  const db = await getDb();
  const fromOtherSide =
    input.actor.role === "talent"
      ? sql`${intentMessages.senderId} is distinct from ${input.actor.id}`
      : sql`${intentMessages.senderId} = (select talent_id from intents where id = ${input.intentId})`;
  await db
    .update(intentMessages)
    .set({ readAt: input.now ?? new Date() })
    .where(and(eq(intentMessages.intentId, input.intentId), isNull(intentMessages.readAt), fromOtherSide));
}

/** An employer's private note on an intent (the talent never sees notes). */
export async function addIntentNote(input: { intentId: number; body: string; actor: Extract<IntentActorRef, { role: "employer" }> }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const current = await lockOwnIntent(tx, input.intentId, input.actor);
    if (!current) throw new AppError("not_found:intent");
    await tx.insert(intentNotes).values({ intentId: current.id, authorId: input.actor.id, body: input.body });
  });
}

/** How many positions a talent may keep saved: a shortlist, not a copy of the search. */
export const SAVED_LIMIT = 500;

/**
 * 收藏: saves or forgets a public position. At most SAVED_LIMIT saved: the talent's row is locked
 * while counting, so two saves at once cannot both take the last place.
 */
export async function setPositionSaved(input: { talentId: string; positionId: number; saved: boolean }): Promise<void> {
  const db = await getDb();
  if (!input.saved) {
    await db.delete(savedPositions).where(and(eq(savedPositions.talentId, input.talentId), eq(savedPositions.positionId, input.positionId)));
    return;
  }
  await db.transaction(async (tx) => {
    const [position] = await execute(
      tx,
      sql`select p.id from positions p join employers e on e.id = p.employer_id where p.id = ${input.positionId} and p.status = 'published' and e.status = 'verified'`,
    );
    if (!position) throw new AppError("not_found:position");
    await tx.execute(sql`select 1 from users where id = ${input.talentId} for update`);
    const [row] = await execute<{ n: number; has: boolean }>(
      tx,
      sql`select count(*)::int as n, bool_or(position_id = ${input.positionId}) as has from saved_positions where talent_id = ${input.talentId}`,
    );
    if (row?.has) return;
    if (Number(row?.n ?? 0) >= SAVED_LIMIT) throw new AppError("conflict:saved_full", undefined, { limit: SAVED_LIMIT });
    await tx.insert(savedPositions).values({ talentId: input.talentId, positionId: input.positionId }).onConflictDoNothing();
  });
}

export type { Database };
