import "server-only";
import { sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";
import { REACHED_STATUSES } from "../intents/status";

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

export async function getCampaignFigures({ campaignId }: { campaignId: number }): Promise<CampaignFigures> {
  const db = await getDb();
  const reached = sql.join(
    REACHED_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const [row] = await execute<Record<string, number>>(
    db,
    sql`with live as (
          select p.employer_id, p.headcount
          from positions p join employers e on e.id = p.employer_id
          where p.campaign_id = ${campaignId} and p.status = 'published' and e.status = 'verified'
        ), published_announcements as (
          select category_id from announcements
          where campaign_id = ${campaignId} and published_at <= now()
        ), reached as (
          select kind from intents
          where campaign_id = ${campaignId} and status in (${reached})
        )
        select
          (select count(distinct employer_id)::int from live) as employers,
          (select count(*)::int from live) as positions,
          (select coalesce(sum(headcount), 0)::int from live) as headcount,
          (select count(distinct category_id)::int from published_announcements) as announcement_categories,
          (select count(*)::int from published_announcements) as announcements,
          (select count(*)::int from campaign_talents where campaign_id = ${campaignId}) as talents,
          (select count(*)::int from campaign_talents ct join talent_profiles tp on tp.user_id = ct.talent_id
            where ct.campaign_id = ${campaignId} and tp.origin = 'overseas') as overseas_talents,
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
