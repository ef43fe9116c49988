import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { execute, getDb } from "../../db/index";
import { REACHED_STATUSES } from "../intents/status";

/**
 * Which part of the data a figure counts: one campaign (or every campaign, null) and, when
 * given, a window [from, to) over the moment each thing happened — a position's publication,
 * an announcement's publication, a talent joining, an intent's registration, an intent
 * reaching 达成意向. Without a window: everything so far, as the home page shows it.
 */
export interface StatsScope {
  campaignId: number | null;
  from?: Date;
  to?: Date;
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

/** The scope's window over a timestamp column (true when it has none). */
export function inWindow(column: SQL, scope: Pick<StatsScope, "from" | "to">): SQL {
  const parts: SQL[] = [];
  if (scope.from) parts.push(sql`${column} >= ${scope.from.toISOString()}::timestamptz`);
  if (scope.to) parts.push(sql`${column} < ${scope.to.toISOString()}::timestamptz`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

/** 达成意向: the statuses from `reached` on (lib/intents/status.ts), as SQL. */
export function reachedStatusList(): SQL {
  return sql.join(
    REACHED_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
}

/**
 * A position online: published, of a verified employer. `p` and `e` are the aliases of
 * positions and employers in the caller's query.
 */
export const LIVE_POSITION = sql.raw(`p.status = 'published' and e.status = 'verified'`);

export async function getCampaignFigures(scope: StatsScope): Promise<CampaignFigures> {
  const db = await getDb();
  const reached = reachedStatusList();
  const [row] = await execute<Record<string, number>>(
    db,
    sql`with live as (
          select p.employer_id, p.headcount
          from positions p join employers e on e.id = p.employer_id
          where ${inCampaign(sql`p.campaign_id`, scope)} and ${LIVE_POSITION} and ${inWindow(sql`p.published_at`, scope)}
        ), published_announcements as (
          select category_id from announcements
          where ${inCampaign(sql`campaign_id`, scope)} and published_at <= now() and ${inWindow(sql`published_at`, scope)}
        ), reached as (
          select kind from intents
          where ${inCampaign(sql`campaign_id`, scope)} and status in (${reached}) and ${inWindow(sql`reached_at`, scope)}
        ), joined as (
          select ct.talent_id from campaign_talents ct
          where ${inCampaign(sql`ct.campaign_id`, scope)} and ${inWindow(sql`ct.joined_at`, scope)}
          ${scope.campaignId === null ? sql`group by ct.talent_id` : sql``}
        )
        select
          (select count(distinct employer_id)::int from live) as employers,
          (select count(*)::int from live) as positions,
          (select coalesce(sum(headcount), 0)::int from live) as headcount,
          (select count(distinct category_id)::int from published_announcements) as announcement_categories,
          (select count(*)::int from published_announcements) as announcements,
          (select count(*)::int from joined) as talents,
          (select count(*)::int from joined j join talent_profiles tp on tp.user_id = j.talent_id
            where tp.origin = 'overseas') as overseas_talents,
          (select count(*)::int from reached) as reached_intents,
          (select count(*)::int from reached where kind = 'project') as reached_project_intents`,
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
