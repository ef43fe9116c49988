import "server-only";
import { sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";
import { beijingDay } from "./range";

/**
 * Counts one view of a public position: its counter row of the day goes up by one, and its
 * campaign's. One statement, no row per view. Views of positions that are not public (a
 * draft, a closed one, an unknown id) are not counted. Returns whether it counted.
 */
export async function recordPositionView({ positionId, at = new Date() }: { positionId: number; at?: Date }): Promise<boolean> {
  const db = await getDb();
  const day = beijingDay(at);
  const rows = await execute<{ counted: number }>(
    db,
    sql`with target as (
          select p.id, p.campaign_id from positions p join employers e on e.id = p.employer_id
          where p.id = ${positionId} and p.status = 'published' and e.status = 'verified'
        ), by_position as (
          insert into position_view_days (position_id, day, views) select id, ${day}::date, 1 from target
          on conflict (position_id, day) do update set views = position_view_days.views + 1
          returning 1
        ), by_campaign as (
          insert into campaign_view_days (campaign_id, day, views)
          select campaign_id, ${day}::date, 1 from target where campaign_id is not null
          on conflict (campaign_id, day) do update set views = campaign_view_days.views + 1
          returning 1
        )
        select (select count(*)::int from by_position) as counted, (select count(*)::int from by_campaign) as campaigns`,
  );
  return Number(rows[0]?.counted ?? 0) > 0;
}
