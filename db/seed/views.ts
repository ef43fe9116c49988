import { sql } from "drizzle-orm";
import { execute, type Database } from "../index";

/**
 * Fills the day counters from positions.view_count where no counter exists yet (seeded data,
 * which knows each position's total only): the total goes to the day the position was
 * published. Used by the seed and the stats bench.
 */
export async function backfillViewDays(db: Database): Promise<void> {
  await execute(
    db,
    sql`insert into position_view_days (position_id, day, views)
        select id, ((published_at at time zone 'UTC') + interval '8 hours')::date, view_count from positions
        where view_count > 0 and published_at is not null
        on conflict do nothing`,
  );
  await execute(
    db,
    sql`insert into campaign_view_days (campaign_id, day, views)
        select p.campaign_id, v.day, sum(v.views)::int from position_view_days v join positions p on p.id = v.position_id
        where p.campaign_id is not null group by 1, 2
        on conflict (campaign_id, day) do update set views = excluded.views`,
  );
}
