import "server-only";
import { sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";
import { educationLevel, employerKind, talentLevel } from "../../db/schema/enums";
import { beijingDay, daysBetween, type DashboardRange } from "./range";
import { getCampaignFigures, inCampaign, inWindow, LIVE_POSITION, reachedStatusList, type CampaignFigures, type StatsScope } from "./queries";

/**
 * Everything the operators' dashboard shows, for one campaign (or all) over a range of days.
 * Each part is one query; getDashboard runs them side by side (the pool has connections).
 */

export interface NamedCount {
  /** A stable key: a catalog code, an enum value, a country code, a day. */
  key: string;
  nameZh: string;
  nameEn: string;
  positions: number;
  headcount: number;
}

export interface IntentCell {
  status: string;
  kind: "employment" | "project";
  count: number;
}

export interface TrendDay {
  day: string;
  positions: number;
  talents: number;
  intents: number;
  reached: number;
}

export interface Funnel {
  views: number;
  intents: number;
  negotiations: number;
  reached: number;
  signed: number;
}

export interface WaitingEmployer {
  employerId: number;
  name: string;
  waiting: number;
  oldest: Date;
}

export interface TimeToReach {
  kind: "all" | "employment" | "project";
  intents: number;
  medianHours: number | null;
}

export interface Dashboard {
  figures: CampaignFigures;
  previousFigures: CampaignFigures;
  intents: { current: IntentCell[]; previous: IntentCell[] };
  breakdowns: {
    board: NamedCount[];
    platform: NamedCount[];
    location: (NamedCount & { locationKind: string })[];
    industry: NamedCount[];
    employerKind: NamedCount[];
    education: NamedCount[];
    talentLevel: NamedCount[];
  };
  countries: { country: string; talents: number }[];
  trend: TrendDay[];
  funnel: Funnel;
  waiting: { total: number; employers: WaitingEmployer[] };
  timeToReach: TimeToReach[];
}

type Row = Record<string, unknown>;
const num = (v: unknown) => Number(v ?? 0);

/** Intents registered in the window, by their state now and their kind. */
export async function findIntentStates(scope: StatsScope): Promise<IntentCell[]> {
  const db = await getDb();
  const rows = await execute<Row>(
    db,
    sql`select status::text as status, kind::text as kind, count(*)::int as n from intents
        where ${inCampaign(sql`campaign_id`, scope)} and ${inWindow(sql`created_at`, scope)}
        group by 1, 2 order by 1, 2`,
  );
  return rows.map((r) => ({ status: String(r.status), kind: r.kind as IntentCell["kind"], count: num(r.n) }));
}

/**
 * Positions online published in the window, by board, platform, location, industry, employer
 * kind, education floor and talent level: one pass over them with grouping sets.
 */
export async function findPositionBreakdowns(scope: StatsScope): Promise<Dashboard["breakdowns"]> {
  const db = await getDb();
  const rows = await execute<Row>(
    db,
    sql`with counts as (
          select grouping(p.board_id, p.platform_id, p.location_id, p.industry_id, e.kind, p.education_floor, p.talent_level) as g,
                 p.board_id, p.platform_id, p.location_id, p.industry_id, e.kind::text as employer_kind,
                 p.education_floor::text as education, p.talent_level::text as level,
                 count(*)::int as positions, sum(p.headcount)::int as headcount
          from positions p join employers e on e.id = p.employer_id
          where ${inCampaign(sql`p.campaign_id`, scope)} and ${LIVE_POSITION} and ${inWindow(sql`p.published_at`, scope)}
          group by grouping sets ((p.board_id), (p.board_id, p.platform_id), (p.location_id), (p.industry_id), (e.kind), (p.education_floor), (p.talent_level))
        )
        select c.*, b.code as board_code, b.name_zh as board_zh, b.name_en as board_en, b.sort_order as board_sort,
               pl.code as platform_code, pl.name_zh as platform_zh, pl.name_en as platform_en, pl.sort_order as platform_sort,
               l.code as location_code, l.kind::text as location_kind, l.name_zh as location_zh, l.name_en as location_en, l.sort_order as location_sort,
               i.code as industry_code, i.name_zh as industry_zh, i.name_en as industry_en, i.sort_order as industry_sort
        from counts c
        left join boards b on b.id = c.board_id
        left join platforms pl on pl.id = c.platform_id
        left join locations l on l.id = c.location_id
        left join industries i on i.id = c.industry_id`,
  );
  const out: Dashboard["breakdowns"] = { board: [], platform: [], location: [], industry: [], employerKind: [], education: [], talentLevel: [] };
  const sorted: { sort: number; list: NamedCount[]; item: NamedCount }[] = [];
  const plain = (list: NamedCount[], key: unknown, c: { positions: number; headcount: number }) => list.push({ key: String(key), nameZh: "", nameEn: "", ...c });
  for (const r of rows) {
    const c = { positions: num(r.positions), headcount: num(r.headcount) };
    // grouping(): a bit per column, 1 where the column is rolled up; the first column is the highest bit.
    switch (num(r.g)) {
      case GROUPED.board:
        sorted.push({ sort: num(r.board_sort), list: out.board, item: { key: String(r.board_code), nameZh: String(r.board_zh), nameEn: String(r.board_en), ...c } });
        break;
      case GROUPED.platform:
        // Positions of the board without platforms have none: only platforms are listed.
        if (r.platform_id != null) {
          sorted.push({
            sort: num(r.board_sort) * 1000 + num(r.platform_sort),
            list: out.platform,
            item: { key: String(r.platform_code), nameZh: String(r.platform_zh), nameEn: String(r.platform_en), ...c },
          });
        }
        break;
      case GROUPED.location: {
        const item = { key: String(r.location_code), nameZh: String(r.location_zh), nameEn: String(r.location_en), locationKind: String(r.location_kind), ...c };
        sorted.push({ sort: num(r.location_sort), list: out.location, item });
        break;
      }
      case GROUPED.industry:
        sorted.push({ sort: num(r.industry_sort), list: out.industry, item: { key: String(r.industry_code), nameZh: String(r.industry_zh), nameEn: String(r.industry_en), ...c } });
        break;
      case GROUPED.employerKind:
        plain(out.employerKind, r.employer_kind, c);
        break;
      case GROUPED.education:
        plain(out.education, r.education, c);
        break;
      case GROUPED.talentLevel:
        plain(out.talentLevel, r.level, c);
        break;
    }
  }
  sorted.sort((a, b) => a.sort - b.sort || a.item.key.localeCompare(b.item.key));
  for (const s of sorted) s.list.push(s.item);
  const byEnum = (order: readonly string[]) => (a: NamedCount, b: NamedCount) => order.indexOf(a.key) - order.indexOf(b.key);
  out.employerKind.sort(byEnum(employerKind.enumValues));
  out.education.sort(byEnum(educationLevel.enumValues));
  out.talentLevel.sort(byEnum(talentLevel.enumValues));
  return out;
}

/** grouping(board, platform, location, industry, kind, education, level) of each grouping set. */
const GROUPED = {
  board: 0b0111111,
  platform: 0b0011111,
  location: 0b1101111,
  industry: 0b1110111,
  employerKind: 0b1111011,
  education: 0b1111101,
  talentLevel: 0b1111110,
} as const;

/** Overseas talents who joined in the window, by country (ISO 3166-1 alpha-2), most first. */
export async function findOverseasCountries(scope: StatsScope): Promise<Dashboard["countries"]> {
  const db = await getDb();
  const rows = await execute<Row>(
    db,
    sql`select tp.country, count(distinct ct.talent_id)::int as n
        from campaign_talents ct join talent_profiles tp on tp.user_id = ct.talent_id
        where ${inCampaign(sql`ct.campaign_id`, scope)} and ${inWindow(sql`ct.joined_at`, scope)} and tp.origin = 'overseas'
        group by 1 order by 2 desc, 1`,
  );
  return rows.map((r) => ({ country: String(r.country), talents: num(r.n) }));
}

/** Beijing day of a timestamp column. */
const beijing = (column: string) => sql.raw(`((${column} at time zone 'UTC') + interval '8 hours')::date::text`);

/** Per Beijing day: positions put online, talents joining, intents registered and reached. */
export async function findDailyTrend(scope: StatsScope): Promise<Map<string, Omit<TrendDay, "day">>> {
  const db = await getDb();
  const rows = await execute<Row>(
    db,
    sql`select day, what, n from (
          select ${beijing("p.published_at")} as day, 'positions' as what, count(*)::int as n
          from positions p join employers e on e.id = p.employer_id
          where ${inCampaign(sql`p.campaign_id`, scope)} and ${LIVE_POSITION} and ${inWindow(sql`p.published_at`, scope)} group by 1
          union all
          select ${beijing("ct.joined_at")}, 'talents', count(*)::int from campaign_talents ct
          where ${inCampaign(sql`ct.campaign_id`, scope)} and ${inWindow(sql`ct.joined_at`, scope)} group by 1
          union all
          select ${beijing("created_at")}, 'intents', count(*)::int from intents
          where ${inCampaign(sql`campaign_id`, scope)} and ${inWindow(sql`created_at`, scope)} group by 1
          union all
          select ${beijing("reached_at")}, 'reached', count(*)::int from intents
          where ${inCampaign(sql`campaign_id`, scope)} and status in (${reachedStatusList()}) and ${inWindow(sql`reached_at`, scope)} group by 1
        ) t`,
  );
  const byDay = new Map<string, Omit<TrendDay, "day">>();
  for (const r of rows) {
    const day = String(r.day);
    const entry = byDay.get(day) ?? { positions: 0, talents: 0, intents: 0, reached: 0 };
    entry[r.what as keyof typeof entry] = num(r.n);
    byDay.set(day, entry);
  }
  return byDay;
}

/**
 * The funnel of the window: views of the campaign's positions (campaign_view_days), employment
 * intents registered, and of those the ones that came to a negotiation (a booking, or a state
 * from negotiating on), reached 达成意向, and signed (signed, on board or settled).
 */
export async function findFunnel(scope: StatsScope): Promise<Funnel> {
  const db = await getDb();
  const fromDay = scope.from ? sql`${beijingDay(scope.from)}::date` : sql`'-infinity'::date`;
  const toDay = scope.to ? sql`${beijingDay(scope.to)}::date` : sql`'infinity'::date`;
  const [row] = await execute<Row>(
    db,
    sql`select
          (select coalesce(sum(v.views), 0)::bigint from campaign_view_days v
            where ${inCampaign(sql`v.campaign_id`, scope)} and v.day >= ${fromDay} and v.day < ${toDay}) as views,
          count(*)::int as intents,
          count(*) filter (where i.status in ('negotiating', ${reachedStatusList()}) or i.reached_at is not null
            or exists (select 1 from bookings b where b.intent_id = i.id))::int as negotiations,
          count(*) filter (where i.status in (${reachedStatusList()}))::int as reached,
          count(*) filter (where i.status in ('signed', 'onboard', 'settled'))::int as signed
        from intents i
        where i.kind = 'employment' and ${inCampaign(sql`i.campaign_id`, scope)} and ${inWindow(sql`i.created_at`, scope)}`,
  );
  return { views: num(row?.views), intents: num(row?.intents), negotiations: num(row?.negotiations), reached: num(row?.reached), signed: num(row?.signed) };
}

/**
 * Intents waiting on an employer now (submitted or viewed, whenever registered), by employer,
 * most first; the 20 longest lists.
 */
export async function findWaitingIntents(scope: StatsScope, limit = 20): Promise<Dashboard["waiting"]> {
  const db = await getDb();
  const rows = await execute<Row>(
    db,
    sql`select i.employer_id, e.name, count(*)::int as n, min(i.created_at) as oldest, sum(count(*)) over ()::int as total
        from intents i join employers e on e.id = i.employer_id
        where ${inCampaign(sql`i.campaign_id`, scope)} and i.status in ('submitted', 'viewed')
        group by 1, 2 order by 3 desc, 4 limit ${limit}`,
  );
  return {
    total: num(rows[0]?.total),
    employers: rows.map((r) => ({ employerId: num(r.employer_id), name: String(r.name), waiting: num(r.n), oldest: new Date(String(r.oldest)) })),
  };
}

/** Median time from registering an intent to reaching 达成意向, for intents reached in the window. */
export async function findTimeToReach(scope: StatsScope): Promise<TimeToReach[]> {
  const db = await getDb();
  const rows = await execute<Row>(
    db,
    sql`select coalesce(kind::text, 'all') as kind, count(*)::int as n,
               percentile_cont(0.5) within group (order by extract(epoch from reached_at - created_at)) / 3600 as median_hours
        from intents
        where ${inCampaign(sql`campaign_id`, scope)} and status in (${reachedStatusList()}) and ${inWindow(sql`reached_at`, scope)}
        group by grouping sets ((), (kind))`,
  );
  const order = ["all", "employment", "project"] as const;
  return order.map((kind) => {
    const r = rows.find((x) => x.kind === kind);
    return { kind, intents: num(r?.n), medianHours: r && r.median_hours != null ? Number(r.median_hours) : null };
  });
}

export async function getDashboard(range: DashboardRange): Promise<Dashboard> {
  const scope: StatsScope = { campaignId: range.campaignId, from: range.from, to: range.to };
  const previous: StatsScope = { campaignId: range.campaignId, from: range.previous.from, to: range.previous.to };
  const [figures, previousFigures, intents, previousIntents, breakdowns, countries, trendByDay, funnel, waiting, timeToReach] = await Promise.all([
    getCampaignFigures(scope),
    getCampaignFigures(previous),
    findIntentStates(scope),
    findIntentStates(previous),
    findPositionBreakdowns(scope),
    findOverseasCountries(scope),
    findDailyTrend(scope),
    findFunnel(scope),
    findWaitingIntents(scope),
    findTimeToReach(scope),
  ]);
  const trend = daysBetween(range.fromDay, range.toDay).map((day) => ({ day, ...(trendByDay.get(day) ?? { positions: 0, talents: 0, intents: 0, reached: 0 }) }));
  return { figures, previousFigures, intents: { current: intents, previous: previousIntents }, breakdowns, countries, trend, funnel, waiting, timeToReach };
}
