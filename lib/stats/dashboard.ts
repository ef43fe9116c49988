import "server-only";
import { sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";
import { educationLevel, employerKind, talentLevel } from "../../db/schema/enums";
import { medianOfHistogram } from "./median";
import { daysBetween, type DashboardRange } from "./range";
import { dailyRows, getCampaignFigures, inCampaign, inDays, type CampaignFigures, type StatsScope } from "./queries";

/**
 * Everything the operators' dashboard shows, for one campaign (or all) over a range of days.
 * Each part is one query of the aggregates that migration 0009's triggers keep (stats_daily,
 * stats_waiting, campaign_view_days); getDashboard runs them side by side on the pool.
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

/** Intents registered in the range, by their state now and their kind. */
export async function findIntentStates(scope: StatsScope): Promise<IntentCell[]> {
  const db = await getDb();
  const rows = await execute<Row>(
    db,
    sql`select split_part(key, ':', 1) as status, split_part(key, ':', 2) as kind, sum(n)::int as n from stats_daily
        where ${dailyRows(scope)} and metric = 'intent'
        group by key having sum(n) <> 0 order by key`,
  );
  return rows.map((r) => ({ status: String(r.status), kind: r.kind as IntentCell["kind"], count: num(r.n) }));
}

/** Positions online published in the range, by board, platform, location, industry, employer kind, education floor and talent level. */
export async function findPositionBreakdowns(scope: StatsScope): Promise<Dashboard["breakdowns"]> {
  const db = await getDb();
  const rows = await execute<Row>(
    db,
    sql`with k as (
          select split_part(key, ':', 1) as dim, split_part(key, ':', 2) as value, sum(n)::int as positions, sum(amount)::int as headcount
          from stats_daily where ${dailyRows(scope)} and metric = 'position' and key <> ''
          group by key having sum(n) <> 0
        )
        select k.*, coalesce(b.code, pl.code, l.code, i.code, k.value) as code,
               coalesce(b.name_zh, pl.name_zh, l.name_zh, i.name_zh, '') as name_zh, coalesce(b.name_en, pl.name_en, l.name_en, i.name_en, '') as name_en,
               coalesce(b.sort_order, pb.sort_order * 1000 + pl.sort_order, l.sort_order, i.sort_order, 0) as sort, l.kind::text as location_kind
        from k
        left join boards b on k.dim = 'board' and b.id::text = k.value
        left join platforms pl on k.dim = 'platform' and pl.id::text = k.value
        left join boards pb on pb.id = pl.board_id
        left join locations l on k.dim = 'location' and l.id::text = k.value
        left join industries i on k.dim = 'industry' and i.id::text = k.value
        order by k.dim, sort, code`,
  );
  const out: Dashboard["breakdowns"] = { board: [], platform: [], location: [], industry: [], employerKind: [], education: [], talentLevel: [] };
  const lists: Record<string, NamedCount[]> = {
    board: out.board,
    platform: out.platform,
    industry: out.industry,
    kind: out.employerKind,
    education: out.education,
    level: out.talentLevel,
  };
  for (const r of rows) {
    const item = { key: String(r.code), nameZh: String(r.name_zh), nameEn: String(r.name_en), positions: num(r.positions), headcount: num(r.headcount) };
    if (r.dim === "location") out.location.push({ ...item, locationKind: String(r.location_kind) });
    else lists[String(r.dim)]?.push(item);
  }
  const byEnum = (order: readonly string[]) => (a: NamedCount, b: NamedCount) => order.indexOf(a.key) - order.indexOf(b.key);
  out.employerKind.sort(byEnum(employerKind.enumValues));
  out.education.sort(byEnum(educationLevel.enumValues));
  out.talentLevel.sort(byEnum(talentLevel.enumValues));
  return out;
}

/** Overseas talents who joined in the range, by country (ISO 3166-1 alpha-2), most first. */
export async function findOverseasCountries(scope: StatsScope): Promise<Dashboard["countries"]> {
  const db = await getDb();
  const rows = await execute<Row>(
    db,
    sql`select substr(key, 9) as country, sum(n)::int as n from stats_daily
        where ${dailyRows(scope)} and metric = 'talent' and key like 'country:%'
        group by key having sum(n) <> 0 order by 2 desc, 1`,
  );
  return rows.map((r) => ({ country: String(r.country), talents: num(r.n) }));
}

/** Per Beijing day: positions put online, talents joining, intents registered and reached. */
export async function findDailyTrend(scope: StatsScope): Promise<Map<string, Omit<TrendDay, "day">>> {
  const db = await getDb();
  const rows = await execute<Row>(
    db,
    sql`select day::text as day, case metric when 'position' then 'positions' when 'talent' then 'talents' when 'intent' then 'intents' else metric end as what,
               sum(n)::int as n
        from stats_daily
        where ${dailyRows(scope)} and (metric in ('position', 'talent') and key = '' or metric in ('intent', 'reached'))
        group by 1, 2`,
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
 * The funnel of the range: views of the campaign's positions (campaign_view_days), employment
 * intents registered, and of those the ones that came to a negotiation (a booked video
 * session, or a state from negotiating on), reached 达成意向, and signed (signed, on board or
 * settled).
 */
export async function findFunnel(scope: StatsScope): Promise<Funnel> {
  const db = await getDb();
  const [row] = await execute<Row>(
    db,
    sql`select
          (select coalesce(sum(views), 0)::bigint from campaign_view_days where ${inCampaign(sql`campaign_id`, scope)} and ${inDays(sql`day`, scope)}) as views,
          coalesce(sum(n) filter (where metric = 'intent' and key like '%:employment'), 0)::int as intents,
          coalesce(sum(n) filter (where metric = 'funnel' and key = 'negotiated'), 0)::int as negotiations,
          coalesce(sum(n) filter (where metric = 'funnel' and key = 'reached'), 0)::int as reached,
          coalesce(sum(n) filter (where metric = 'funnel' and key = 'signed'), 0)::int as signed
        from stats_daily where ${dailyRows(scope)} and metric in ('intent', 'funnel')`,
  );
  return { views: num(row?.views), intents: num(row?.intents), negotiations: num(row?.negotiations), reached: num(row?.reached), signed: num(row?.signed) };
}

/**
 * Intents waiting on an employer now (submitted or viewed, whenever registered): how many in
 * all, and the 20 employers with the most (stats_waiting, by its index), with their oldest.
 */
export async function findWaitingIntents(scope: StatsScope, limit = 20): Promise<Dashboard["waiting"]> {
  const db = await getDb();
  const rows = await execute<Row>(
    db,
    sql`with top as (
          ${
            scope.campaignId === null
              ? sql`select employer_id, sum(n)::int as n from stats_waiting where n > 0 group by 1 order by 2 desc, 1 limit ${limit}`
              : sql`select employer_id, n from stats_waiting where campaign_id = ${scope.campaignId} and n > 0 order by n desc nulls last limit ${limit}`
          }
        )
        select top.employer_id, e.name, top.n,
               (select min(i.created_at) from intents i where i.employer_id = top.employer_id and i.status in ('submitted', 'viewed')
                  and ${inCampaign(sql`i.campaign_id`, scope)}) as oldest,
               (select coalesce(sum(n), 0)::int from stats_daily where ${inCampaign(sql`campaign_id`, scope)} and metric = 'intent'
                  and (key like 'submitted:%' or key like 'viewed:%')) as total
        from top join employers e on e.id = top.employer_id
        order by top.n desc, oldest`,
  );
  return {
    total: num(rows[0]?.total),
    employers: rows.map((r) => ({ employerId: num(r.employer_id), name: String(r.name), waiting: num(r.n), oldest: new Date(String(r.oldest)) })),
  };
}

/** Median time from registering an intent to reaching 达成意向 (to the hour), for intents reached in the range. */
export async function findTimeToReach(scope: StatsScope): Promise<TimeToReach[]> {
  const db = await getDb();
  const rows = await execute<Row>(
    db,
    sql`select split_part(key, ':', 1) as kind, split_part(key, ':', 2)::int as hours, sum(n)::int as n from stats_daily
        where ${dailyRows(scope)} and metric = 'reach_hours' group by key`,
  );
  const buckets = rows.map((r) => ({ kind: String(r.kind), value: num(r.hours), count: num(r.n) }));
  const order = ["all", "employment", "project"] as const;
  return order.map((kind) => {
    const own = buckets.filter((b) => kind === "all" || b.kind === kind);
    return { kind, intents: own.reduce((n, b) => n + b.count, 0), medianHours: medianOfHistogram(own) };
  });
}

export async function getDashboard(range: DashboardRange): Promise<Dashboard> {
  const scope: StatsScope = { campaignId: range.campaignId, fromDay: range.fromDay, toDay: range.toDay };
  const previous: StatsScope = { campaignId: range.campaignId, fromDay: range.previous.fromDay, toDay: range.previous.toDay };
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
