import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { type Database, execute } from "../../db/index";
import { intents } from "../../db/schema";

/**
 * Who handles an intent: the position's employer; for a project, the employer that took it
 * up, or — until one does — every verified employer posting on its platform (or its board,
 * when no platform was named).
 */
export function handledBy(employerId: number): SQL {
  return sql`(${intents.employerId} = ${employerId} or (${intents.employerId} is null and ${intents.kind} = 'project' and exists (
    select 1 from positions hp join employers he on he.id = hp.employer_id and he.status = 'verified'
      where hp.employer_id = ${employerId} and hp.status = 'published'
      and hp.board_id = ${intents.boardId} and (${intents.platformId}::int is null or hp.platform_id = ${intents.platformId}))))`;
}

/** The verified employers posting on a board (and platform), who handle its unclaimed projects. */
export function candidateEmployers(boardId: number, platformId: number | null): SQL {
  return sql`select distinct hp.employer_id from positions hp join employers he on he.id = hp.employer_id
    where hp.status = 'published' and he.status = 'verified' and hp.board_id = ${boardId}
      and (${platformId}::int is null or hp.platform_id = ${platformId}::int)`;
}

/** The same, for the intent row `alias` of a set-based statement. */
export function candidateEmployersOfRow(alias: SQL): SQL {
  return sql`select hp.employer_id from positions hp join employers he on he.id = hp.employer_id
    where hp.status = 'published' and he.status = 'verified' and hp.board_id = ${alias}.board_id
      and (${alias}.platform_id is null or hp.platform_id = ${alias}.platform_id)`;
}

export interface HandlerTarget {
  employerId: number | null;
  boardId: number;
  platformId: number | null;
}

/**
 * An unclaimed project's handlers are told of it at once when they are at most this many
 * employers. A board with more (a national fair: thousands of employers post on one platform)
 * would write a notification per member of each per intent and per message; there the intent
 * waits for the leads digest (project-leads.ts: one notification per member per run, however
 * many leads), and the employers' inboxes list it from the start.
 */
export const LEAD_FANOUT_MAX = 200;

/**
 * Tells the people of the employer(s) handling an intent, in the caller's transaction. For an
 * unclaimed project with more than LEAD_FANOUT_MAX candidate employers nobody is told: false.
 * The candidates are read at most LEAD_FANOUT_MAX + 1 deep: past that the answer is known, and a
 * national board's every employer is not counted on each message.
 */
export async function notifyHandlers(db: Database, target: HandlerTarget, kind: string, data: Record<string, unknown>): Promise<boolean> {
  const handlers = target.employerId != null ? sql`select ${target.employerId}::int as employer_id` : sql`${candidateEmployers(target.boardId, target.platformId)} limit ${LEAD_FANOUT_MAX + 1}`;
  const [row] = await execute<{ told: boolean }>(
    db,
    sql`with handlers as (${handlers}),
          fits as (select count(*) <= ${LEAD_FANOUT_MAX} as told from handlers),
          written as (
            insert into notifications (user_id, kind, data)
            select m.user_id, ${kind}, ${JSON.stringify(data)}::jsonb from employer_members m
            where m.employer_id in (select employer_id from handlers) and (select told from fits)
          )
        select told from fits`,
  );
  return Boolean(row?.told);
}
