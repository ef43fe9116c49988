import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { execute, getDb } from "../../db/index";
import { addDays, dayStart } from "./range";

/**
 * Which part of the data a figure counts: one campaign (or every campaign, null) and, when
 * given, a range of whole Beijing days (YYYY-MM-DD, both included) over the moment each thing
 * happened — a position's publication (an employer's first), an announcement's publication, a
 * talent joining, an intent's registration, an intent reaching 达成意向. Without a range:
 * everything so far, as the home page shows it.
 */
export interface StatsScope {
  campaignId: number | null;
  fromDay?: string;
  toDay?: string;
}

/** The article's sentence of figures, for one campaign. */
export interface CampaignFigures {
  /** Verified employers with at least one published position in the campaign. */
  employers: number;
  /** Published positions of verified employers in the campaign. */
  positions: number;
  headcount: number;
  /** Categories with at least one published announcement in the campaign. */
  announcementCategories: number;
  announcements: number;
  /** Talents who took part in the campaign, and how many of them from abroad. */
  talents: number;
  overseasTalents: number;
  /** Intents that reached 达成意向 or went further, and how many of them are projects. */
  reachedIntents: number;
  reachedProjectIntents: number;
}

/** `column = campaignId`, or true for every campaign. */
export function inCampaign(column: SQL, scope: StatsScope): SQL {
  return scope.campaignId === null ? sql`true` : sql`${column} = ${scope.campaignId}`;
}

/** The scope's days over a date column (true when it has none). */
export function inDays(column: SQL, scope: StatsScope): SQL {
  const parts: SQL[] = [];
  if (scope.fromDay) parts.push(sql`${column} >= ${scope.fromDay}::date`);
  if (scope.toDay) parts.push(sql`${column} <= ${scope.toDay}::date`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

/** The scope's days over a timestamp column, cut at Beijing midnight (true when it has none). */
export function inWindow(column: SQL, scope: StatsScope): SQL {
  const parts: SQL[] = [];
  if (scope.fromDay) parts.push(sql`${column} >= ${dayStart(scope.fromDay).toISOString()}::timestamptz`);
  if (scope.toDay) parts.push(sql`${column} < ${dayStart(addDays(scope.toDay, 1)).toISOString()}::timestamptz`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

/**
 * The rows of stats_daily in the scope. What counts as a position online, a talent from
 * abroad or an intent reached is defined once, in migration 0009's stats_*_rows functions,
 * which the triggers and stats_rebuild() share.
 */
export function dailyRows(scope: StatsScope): SQL {
  return sql`${inCampaign(sql`campaign_id`, scope)} and ${inDays(sql`day`, scope)}`;
}

export async function getCampaignFigures(scope: StatsScope): Promise<CampaignFigures> {
  const db = await getDb();
  const [row] = await execute<Record<string, number>>(
    db,
    sql`with d as (
          select metric, key, sum(n)::bigint as n, sum(amount)::bigint as amount from stats_daily
          where ${dailyRows(scope)} and metric in ('position', 'employer', 'talent', 'reached') and key in ('', 'overseas', 'employment', 'project')
          group by 1, 2
        ), published_announcements as (
          select category_id from announcements
          where ${inCampaign(sql`campaign_id`, scope)} and published_at <= now() and ${inWindow(sql`published_at`, scope)}
        )
        select
          (select coalesce(sum(n), 0)::int from d where metric = 'employer') as employers,
          (select coalesce(sum(n), 0)::int from d where metric = 'position' and key = '') as positions,
          (select coalesce(sum(amount), 0)::int from d where metric = 'position' and key = '') as headcount,
          (select count(distinct category_id)::int from published_announcements) as announcement_categories,
          (select count(*)::int from published_announcements) as announcements,
          (select coalesce(sum(n), 0)::int from d where metric = 'talent' and key = '') as talents,
          (select coalesce(sum(n), 0)::int from d where metric = 'talent' and key = 'overseas') as overseas_talents,
          (select coalesce(sum(n), 0)::int from d where metric = 'reached') as reached_intents,
          (select coalesce(sum(n), 0)::int from d where metric = 'reached' and key = 'project') as reached_project_intents`,
  );
  if (!row) throw new Error("figures query returned no row");
  return {
    employers: Number(row.employers),
    positions: Number(row.positions),
    headcount: Number(row.headcount),
    announcementCategories: Number(row.announcement_categories),
    announcements: Number(row.announcements),
    talents: Number(row.talents),
    overseasTalents: Number(row.overseas_talents),
    reachedIntents: Number(row.reached_intents),
    reachedProjectIntents: Number(row.reached_project_intents),
  };
}
