/** The campaign's headline figures, read back from the database after seeding. */
import { sql } from "drizzle-orm";
import { execute, type Database } from "../index";

export interface CampaignFigures {
  employersOnline: number;
  positionsOnline: number;
  announcementCategories: number;
  talents: number;
  reachedIntents: number;
}

export async function readCampaignFigures(db: Database, slug: string, now: Date): Promise<CampaignFigures> {
  const [row] = await execute<Record<string, unknown>>(
    db,
    sql`
      select
        (select count(distinct p.employer_id) from positions p join employers e on e.id = p.employer_id
          where p.campaign_id = c.id and p.status = 'published' and e.status = 'verified') as employers_online,
        (select count(*) from positions p join employers e on e.id = p.employer_id
          where p.campaign_id = c.id and p.status = 'published' and e.status = 'verified') as positions_online,
        (select count(distinct a.category_id) from announcements a
          where a.campaign_id = c.id and a.published_at <= ${now.toISOString()}::timestamptz) as announcement_categories,
        (select count(*) from campaign_talents ct where ct.campaign_id = c.id) as talents,
        (select count(*) from intents i
          where i.campaign_id = c.id and i.status in ('reached', 'signed', 'onboard', 'settled')) as reached_intents
      from campaigns c
      where c.slug = ${slug}`,
  );
  if (!row) throw new Error(`campaign ${slug} not found`);
  return {
    employersOnline: Number(row.employers_online),
    positionsOnline: Number(row.positions_online),
    announcementCategories: Number(row.announcement_categories),
    talents: Number(row.talents),
    reachedIntents: Number(row.reached_intents),
  };
}
