import "server-only";
import { sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";
import { candidateEmployersOfRow } from "./access";
import { AWAITING_EMPLOYER } from "./lifecycle";

export const PROJECT_LEADS_JOB = "intents.project_leads";

const awaiting = sql.raw(AWAITING_EMPLOYER.map((s) => `'${s}'`).join(", "));

/**
 * 项目线索汇总: the unclaimed projects registered on boards with more candidate employers than
 * LEAD_FANOUT_MAX (lib/intents/access.ts), which told nobody at once, are told in one
 * notification per member of each candidate employer ("3 new project intents to take up"),
 * however many there are: a run writes at most one notification per member, not one per lead.
 * A lead taken up or closed meanwhile is not counted. `now` is the job's clock.
 *
 * Safe when several app instances run it at once: one statement locks the pending intents
 * (FOR UPDATE SKIP LOCKED), clears their mark and writes the notifications.
 */
export async function runProjectLeadsJob({ now = new Date() }: { now?: Date } = {}): Promise<{ leads: number; employers: number }> {
  const db = await getDb();
  const [row] = await execute<{ leads: number; employers: number }>(
    db,
    sql`with due as (
          select i.id from intents i where i.leads_pending for update skip locked
        ), marked as (
          update intents i set leads_pending = false
          from due where i.id = due.id and i.leads_pending
          returning i.id, i.board_id, i.platform_id, i.employer_id, i.status
        ), open as (
          select * from marked m where m.employer_id is null and m.status in (${awaiting})
        ), per_employer as (
          select c.employer_id, count(distinct o.id)::int as n
          from open o cross join lateral (${candidateEmployersOfRow(sql`o`)}) c(employer_id)
          group by c.employer_id
        ), told as (
          insert into notifications (user_id, kind, data, created_at)
          select em.user_id, 'intent.project_leads', jsonb_build_object('count', pe.n), ${now.toISOString()}::timestamptz
          from per_employer pe join employer_members em on em.employer_id = pe.employer_id
        )
        select (select count(*) from open)::int as leads, (select count(*) from per_employer)::int as employers`,
  );
  return { leads: Number(row?.leads ?? 0), employers: Number(row?.employers ?? 0) };
}
