import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { execute, forcedPlanSettings, getDatabase, getDb, type Database, type Transaction } from "../../db/index";
import { queryTokens, salaryFloorTokenFor } from "../search/tokens";
import { cursorAfter, decodeCursor, orderOf, type Cursor, type CursorOrder } from "./search-cursor";
import { planFor, shareKey, walkDepth, type Plan, type Share } from "./search-plan";
import type { FacetName, PositionSearch } from "./search-params";
import { intArray } from "../../db/int-array";
import { containsPattern } from "../../db/like";

/**
 * Public search. A position is public while it is published, its employer verified and it has
 * not expired. Text matches need every token of the query (lib/search/tokens.ts) through the
 * GIN index; pages continue by keyset (the cursor), never OFFSET, so page 200 costs what page 1
 * does. Totals and facet counts stop counting at a cap and say so, as large job sites do.
 */
export const COUNT_CAP = 1000;
/**
 * Facets count FACET_CAP matches at most (the page says so): the newest ones when the matches
 * are walked, any ones when they are collected. At 1,000,000 positions this keeps most facet
 * requests under 150 ms (not all: see the search bench).
 */
export const FACET_CAP = 5_000;
/** Relevance ranks the newest matches only: title hits first among them. */
export const RELEVANCE_POOL = 1000;

export interface PositionCard {
  id: number;
  title: string;
  employerId: number;
  employerName: string;
  employerKind: string;
  boardCode: string;
  boardZh: string;
  boardEn: string;
  platformZh: string | null;
  platformEn: string | null;
  locationZh: string;
  locationEn: string;
  industryZh: string;
  industryEn: string;
  talentLevel: string;
  educationFloor: string;
  salaryMin: number | null;
  salaryMax: number | null;
  headcount: number;
  overseasFriendly: boolean;
  /** Talent-policy tags, in the catalog's order. */
  policyTags: { code: string; nameZh: string; nameEn: string }[];
  publishedAt: string;
  expiresAt: string | null;
}

export interface SearchResult {
  items: PositionCard[];
  nextCursor: string | null;
  total: { value: number; capped: boolean };
  sort: "relevance" | "newest" | "salary";
  /** True when the query had no searchable word (only punctuation). */
  emptyQuery: boolean;
}

export type Facets = Record<FacetName, { code: string; count: number }[]> & { overseas: number; capped: boolean };

/** A position anyone may see (p: positions, e: its employer). */
export const PUBLIC = sql`p.status = 'published' and e.status = 'verified' and (p.closes_at is null or p.closes_at > now())`;

/**
 * The search reads position_search (migration 0013), the narrow copy of every published position
 * of a verified employer, kept by triggers: PUBLIC is then whether the copy is still open.
 */
const OPEN = sql`(p.closes_at is null or p.closes_at > now())`;

/**
 * The WHERE of a search over position_search p, without one facet's own filter when counting
 * that facet. Its words, for the GIN index: `search_tokens @> {…}`; for a walk, which tests each
 * index entry in turn: `token = any(search_tokens)` per token, the same test without intarray's
 * copy and sort of every entry's array (a third less time per entry, measured at 1,000,000).
 */
function conditions(search: PositionSearch, tokens: number[], { without, walk = false }: { without?: FacetName | "overseas"; walk?: boolean } = {}): SQL {
  const parts: SQL[] = [OPEN];
  // With words, a salary floor is a token beside them in the GIN index (migration 0015), exact
  // for the floors of SALARY_FLOORS; walks test salary_max, which their index holds. Not
  // without words: the planner, which then plans, cannot know how common a floor's token is.
  const floor = !walk && tokens.length > 0 && search.salary !== undefined ? salaryFloorTokenFor(search.salary) : null;
  if (tokens.length > 0) {
    parts.push(
      walk ? sql.join(tokens.map((token) => sql`${token}::int = any(p.search_tokens)`), sql` and `) : sql`p.search_tokens @> ${intArray(floor ? [...tokens, floor.token] : tokens)}`,
    );
  }
  const byCode = (facet: FacetName, value: string | undefined, clause: (v: string) => SQL) => {
    if (value && without !== facet) parts.push(clause(value));
  };
  byCode("board", search.board, (v) => sql`p.board_id = (select id from boards where code = ${v})`);
  byCode("platform", search.platform, (v) => sql`p.platform_id = (select id from platforms where code = ${v})`);
  byCode("location", search.location, (v) => sql`p.location_id = (select id from locations where code = ${v})`);
  byCode("industry", search.industry, (v) => sql`p.industry_id = (select id from industries where code = ${v})`);
  byCode("education", search.education, (v) => sql`p.education_floor = ${v}`);
  byCode("level", search.level, (v) => sql`p.talent_level = ${v}`);
  byCode("kind", search.kind, (v) => sql`p.employer_kind = ${v}`);
  byCode("policy", search.policy, (v) => sql`(select id from policy_tags where code = ${v}) = any(p.policy_tag_ids)`);
  if (search.salary !== undefined && !floor?.exact) parts.push(sql`p.salary_max >= ${search.salary}`);
  if (search.overseas && without !== "overseas") parts.push(sql`p.overseas_friendly`);
  return sql.join(parts, sql` and `);
}

const CARD_COLUMNS = sql`p.id, p.title, p.employer_id as "employerId", e.name as "employerName", e.kind as "employerKind",
  b.code as "boardCode", b.name_zh as "boardZh", b.name_en as "boardEn", pl.name_zh as "platformZh", pl.name_en as "platformEn",
  l.name_zh as "locationZh", l.name_en as "locationEn", i.name_zh as "industryZh", i.name_en as "industryEn",
  p.talent_level as "talentLevel", p.education_floor as "educationFloor", p.salary_min as "salaryMin", p.salary_max as "salaryMax",
  p.headcount, p.overseas_friendly as "overseasFriendly", p.published_at as "publishedAt", p.closes_at as "expiresAt",
  coalesce((select json_agg(json_build_object('code', t.code, 'nameZh', t.name_zh, 'nameEn', t.name_en) order by t.sort_order, t.id)
    from position_policy_tags pt join policy_tags t on t.id = pt.tag_id where pt.position_id = p.id), '[]'::json) as "policyTags"`;

const CARD_JOINS = sql`join boards b on b.id = p.board_id left join platforms pl on pl.id = p.platform_id
  join locations l on l.id = p.location_id join industries i on i.id = p.industry_id`;

function toCard(row: Record<string, unknown>): PositionCard {
  const date = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());
  const tags = typeof row.policyTags === "string" ? (JSON.parse(row.policyTags) as unknown) : row.policyTags;
  const card = row as unknown as PositionCard;
  // Field by field: the search's rows also carry its own columns (matchCount, hit, sortKey),
  // which are no part of a card.
  return {
    id: card.id,
    title: card.title,
    employerId: card.employerId,
    employerName: card.employerName,
    employerKind: card.employerKind,
    boardCode: card.boardCode,
    boardZh: card.boardZh,
    boardEn: card.boardEn,
    platformZh: card.platformZh,
    platformEn: card.platformEn,
    locationZh: card.locationZh,
    locationEn: card.locationEn,
    industryZh: card.industryZh,
    industryEn: card.industryEn,
    talentLevel: card.talentLevel,
    educationFloor: card.educationFloor,
    salaryMin: card.salaryMin,
    salaryMax: card.salaryMax,
    headcount: card.headcount,
    overseasFriendly: card.overseasFriendly,
    policyTags: (tags ?? []) as PositionCard["policyTags"],
    publishedAt: date(row.publishedAt)!,
    expiresAt: date(row.expiresAt),
  };
}

/** Runs a query under a plan (lib/positions/search-plan.ts): the planner's, or a walk or a collect forced. */
async function withPlan<T>(plan: Plan, run: (db: Database | Transaction) => Promise<T>): Promise<T> {
  const handle = await getDatabase();
  if (plan === "planner") return run(handle.db);
  // PostgreSQL: connections whose sessions began with the plan's settings (db/index.ts).
  if (handle.forcedPlans) return run(handle.forcedPlans[plan]);
  // PGlite (one connection): the same settings, for one transaction.
  const settings = Object.entries(forcedPlanSettings(plan)).map(([name, value]) => sql`set_config(${name}, ${value}, true)`);
  return handle.db.transaction(async (tx) => {
    await tx.execute(sql`select ${sql.join(settings, sql`, `)}`);
    return run(tx);
  });
}

/** The columns of position_search that its covering indexes hold (the newest-first one the title too): a walk that reads only these reads no table row. */
const WALK_COLUMNS = sql`p.id, p.published_at, p.search_tokens, p.closes_at, p.board_id, p.platform_id, p.location_id, p.industry_id,
  p.education_floor, p.talent_level, p.salary_max, p.overseas_friendly, p.employer_kind, p.policy_tag_ids`;

/** The newest public positions sampled to judge how common a search's matches are. */
const SAMPLE = 2000;
const POSTING_TOKENS = 8;
/**
 * How common a search's matches are among the newest SAMPLE public positions, read off the
 * covering index (a few milliseconds): PostgreSQL cannot estimate a Chinese word's share, and
 * the plan depends on it. Null without words (the planner's estimates of plain columns are good).
 */
function sampledShare(search: PositionSearch, tokens: number[]): Promise<Share | null> {
  if (tokens.length === 0) return Promise.resolve(null);
  // A page and its facets ask for the same search's share at once, and a popular search is asked
  // for again and again: it is sampled once per SHARE_SECONDS. A share only chooses the plan
  // (every plan finds the same matches), so one a little old costs time at most, never a result.
  const key = shareKey(search, tokens);
  let share = shares.get(key);
  if (!share) {
    share = sampleShare(search, tokens);
    shares.set(key, share);
    share.catch(() => shares.delete(key));
  }
  return share;
}
/** Seconds a sampled share is kept: its sample, the newest SAMPLE positions, changes slowly. */
export const SHARE_SECONDS = 30;
const shares = new LRUCache<string, Promise<Share | null>>({ max: 5_000, ttl: SHARE_SECONDS * 1000 });

async function sampleShare(search: PositionSearch, tokens: number[]): Promise<Share> {
  const db = await getDb();
  // Each token's own posting list is read (the GIN index intersects them): the first
  // POSTING_TOKENS are counted one by one, any more are taken as long as the longest of those.
  const counted = tokens.slice(0, POSTING_TOKENS);
  const perToken = sql.join(
    counted.map((token) => sql`count(*) filter (where ${token}::int = any(p.search_tokens))::int`),
    sql`, `,
  );
  const [row] = await execute<{ hits: number; tokens: number[]; n: number; rows: number }>(
    db,
    sql`select count(*) filter (where ${conditions(search, tokens, { walk: true })})::int as hits,
          array[${perToken}] as tokens, count(*)::int as n,
          (select greatest(reltuples, 0)::bigint from pg_class where oid = 'position_search'::regclass) as rows from (
          select ${WALK_COLUMNS} from position_search p order by p.published_at desc, p.id desc limit ${SAMPLE}) p`,
  );
  const n = Math.max(1, Number(row?.n ?? 0));
  const shares = (row?.tokens ?? []).map((hits) => Number(hits) / n);
  const postings = shares.reduce((sum, share) => sum + share, 0) + (tokens.length - counted.length) * Math.max(0, ...shares);
  return { all: Number(row?.hits ?? 0) / n, postings, rows: Math.max(n, Number(row?.rows ?? 0)) };
}

interface PageQuery {
  where: SQL;
  /** The same WHERE in a walk's form (conditions). */
  walkWhere: SQL;
  /** The order the pages follow (orderOf: relevance only with searchable words). */
  sort: CursorOrder;
  cursor: Cursor | null;
  limit: number;
  /** LIKE's pattern of the query, for relevance's title hits. */
  needle: string;
}

/** The cursor's condition on a page's sort key (hit, "publishedAt" or key) and id. */
function afterCursor({ cursor, sort }: PageQuery, key: SQL): SQL {
  if (!cursor) return sql`true`;
  if (sort === "relevance") return sql`(hit, "publishedAt", id) < (${Number(cursor.k[0])}, ${String(cursor.k[1])}::timestamptz, ${Number(cursor.k[2])})`;
  return sort === "salary"
    ? sql`(${key}, id) < (${Number(cursor.k[0])}, ${Number(cursor.k[1])})`
    : sql`(${key}, id) < (${String(cursor.k[0])}::timestamptz, ${Number(cursor.k[1])})`;
}

const SORT_KEY = { salary: sql`coalesce(p.salary_max, -1)`, newest: sql`p.published_at` };

/**
 * A newest or best-paid page walked along its covering index: its ids are found from the index
 * alone (the walk's filters then read no table row: a rare word is walked past thousands of
 * non-matches), then the cards are read.
 */
function walkPage(plan: Plan, q: PageQuery): Promise<Record<string, unknown>[]> {
  const where = plan === "walk" ? q.walkWhere : q.where;
  const key = q.sort === "salary" ? SORT_KEY.salary : SORT_KEY.newest;
  return withPlan(plan, (tx) =>
    execute(
      tx,
      sql`with found as (
            select p.id, ${key} as key from position_search p
            where ${where} and ${afterCursor(q, key)} order by ${key} desc, p.id desc limit ${q.limit + 1})
          select ${CARD_COLUMNS} from found join positions p on p.id = found.id join employers e on e.id = p.employer_id ${CARD_JOINS}
          order by found.key desc, found.id desc`,
    ),
  );
}

/**
 * One round trip for a page and its count: `ctes` end in `page` (id, hit, key), `counted` names
 * the CTE whose rows are counted. The count comes back even when the page is empty (past the
 * last match).
 */
async function countedPage(plan: Plan, ctes: SQL, counted: SQL): Promise<{ n: number; rows: Record<string, unknown>[] }> {
  const rows = await withPlan(plan, (tx) =>
    execute(
      tx,
      sql`with ${ctes}
          select c.n as "matchCount", cards.* from (select count(*)::int as n from ${counted}) c left join lateral (
            select ${CARD_COLUMNS}, page.hit, page.key as "sortKey" from page
            join positions p on p.id = page.id join employers e on e.id = p.employer_id ${CARD_JOINS}) cards on true
          order by cards.hit desc, cards."sortKey" desc, cards.id desc`,
    ),
  );
  return { n: Number(rows[0]?.matchCount ?? 0), rows: rows.filter((row) => row.id != null) };
}

/** Matches a relevance walk gathers: its pool, and one past the capped total, which it counts. */
const POOL_REACH = Math.max(RELEVANCE_POOL, COUNT_CAP) + 1;

/**
 * Relevance's pool walked along the newest-first covering index, titles included (the index
 * alone, migration 0014), counting on the way: the newest POOL_REACH matches give the capped
 * total, the newest RELEVANCE_POOL of them the pool (title hits first). The walk reads at most
 * `depth` index entries (null: no bound); n then tells whether it reached POOL_REACH.
 */
function walkPool(q: PageQuery, depth: number | null): Promise<{ n: number; rows: Record<string, unknown>[] }> {
  return countedPage(
    "walk",
    sql`newest as materialized (
          select p.id, p.published_at, (p.title like ${q.needle})::int as hit from (
            select ${WALK_COLUMNS}, p.title from position_search p order by p.published_at desc, p.id desc ${depth === null ? sql`` : sql`limit ${depth}`}) p
          where ${q.walkWhere} order by p.published_at desc, p.id desc limit ${POOL_REACH}),
        pool as (select id, published_at as "publishedAt", hit from newest order by published_at desc, id desc limit ${RELEVANCE_POOL}),
        page as (select id, hit, "publishedAt" as key from pool where ${afterCursor(q, sql``)} order by hit desc, "publishedAt" desc, id desc limit ${q.limit + 1})`,
    sql`newest`,
  );
}

/**
 * Every match collected through the GIN index of words and filters, each row read once: the
 * exact number of matches and the page (relevance: among the newest RELEVANCE_POOL matches).
 */
function collectPage(q: PageQuery): Promise<{ n: number; rows: Record<string, unknown>[] }> {
  const relevance = q.sort === "relevance";
  const key = q.sort === "salary" ? SORT_KEY.salary : SORT_KEY.newest;
  const ranked = relevance
    ? sql`pool as (select * from m order by "publishedAt" desc, id desc limit ${RELEVANCE_POOL}),
          page as (select id, hit, "publishedAt" as key from pool where ${afterCursor(q, sql``)} order by hit desc, "publishedAt" desc, id desc limit ${q.limit + 1})`
    : sql`page as (select id, 0 as hit, key from m where ${afterCursor(q, sql`key`)} order by key desc, id desc limit ${q.limit + 1})`;
  return countedPage(
    "collect",
    sql`m as materialized (
          select p.id, ${key} as key, p.published_at as "publishedAt", ${relevance ? sql`(p.title like ${q.needle})::int` : sql`0`} as hit
          from position_search p where ${q.where}),
        ${ranked}`,
    sql`m`,
  );
}

export async function findPositions(search: PositionSearch): Promise<SearchResult> {
  const tokens = search.q ? queryTokens(search.q) : [];
  const emptyQuery = Boolean(search.q) && tokens.length === 0;
  const where = conditions(search, tokens);
  const walkWhere = conditions(search, tokens, { walk: true });
  const sort = orderOf(search.sort, tokens.length > 0);
  const relevance = sort === "relevance";
  const limit = search.limit;
  // The API refuses a cursor that does not fit its search (400); any other caller gets the first page.
  const cursor = decodeCursor(search.cursor, sort);
  // Title hits first among the newest matches; LIKE (not ILIKE): Chinese has no case.
  const needle = relevance ? containsPattern(search.q!) : "";
  const query: PageQuery = { where, walkWhere, sort, cursor, limit, needle };

  // A common word is walked to the page (relevance: to its pool of the newest matches, counting
  // them on the way); a rarer one, or a word with filters that leave few matches, is collected
  // whole in one query that reads each match's row once, for its count and its page alike.
  const share = await sampledShare(search, tokens);
  let collected = share !== null && planFor(share, relevance ? RELEVANCE_POOL : limit + 1, true) === "collect" ? await collectPage(query) : null;
  if (!collected && relevance && share !== null) {
    const depth = walkDepth(share, POOL_REACH);
    const walked = await walkPool(query, depth);
    // Stopped at its depth short of the matches it needs: they are counted another way below.
    if (depth === null || walked.n >= POOL_REACH) collected = walked;
  }
  let n = collected?.n ?? 0;
  if (!collected) {
    const countPlan = planFor(share, COUNT_CAP + 1, false);
    const [count] = await withPlan(countPlan, (tx) =>
      execute<{ n: number }>(
        tx,
        sql`select count(*)::int as n from (
              select 1 from position_search p where ${countPlan === "walk" ? sql`${walkWhere} order by p.published_at desc, p.id desc` : where} limit ${COUNT_CAP + 1}) m`,
      ),
    );
    n = Number(count?.n ?? 0);
    // Fewer matches than the sample promised: collected after all (at most COUNT_CAP rows).
    if (share !== null && n <= COUNT_CAP) collected = await collectPage(query);
  }
  const rows = collected?.rows ?? (relevance ? (await walkPool(query, null)).rows : await walkPage(share === null ? "planner" : "walk", query));
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? cursorAfter(sort, last) : null;

  return {
    items: page.map(toCard),
    nextCursor,
    total: { value: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP },
    sort,
    emptyQuery,
  };
}

/** Facets counted per catalog id of the capped matches, then named by the catalog's code. */
const CATALOG_FACETS = {
  board: { column: sql`board_id`, table: sql`boards` },
  platform: { column: sql`platform_id`, table: sql`platforms` },
  location: { column: sql`location_id`, table: sql`locations` },
  industry: { column: sql`industry_id`, table: sql`industries` },
} satisfies Partial<Record<FacetName, { column: SQL; table: SQL }>>;

/** Facets counted per value of an enum column. */
const ENUM_FACETS = {
  education: sql`education_floor`,
  level: sql`talent_level`,
  kind: sql`employer_kind`,
} satisfies Partial<Record<FacetName, SQL>>;

type Counted = FacetName | "overseas";
const FILTER_OF: Record<Counted, keyof PositionSearch> = {
  board: "board",
  platform: "platform",
  location: "location",
  industry: "industry",
  education: "education",
  level: "level",
  kind: "kind",
  policy: "policy",
  overseas: "overseas",
};

/**
 * The counts of several facets over one set of matches (at most FACET_CAP + 1 of them), read
 * once: a row per (facet, code).
 */
async function countFacets(search: PositionSearch, tokens: number[], plan: Plan, facets: readonly Counted[], without?: Counted) {
  const where = conditions(search, tokens, { without, walk: plan === "walk" });
  const parts: SQL[] = [sql`select 'total' as facet, '' as code, count(*)::int as n from m`];
  for (const facet of facets) {
    if (facet === "policy") {
      parts.push(sql`select 'policy', t.code, c.n from (select unnest(policy_tag_ids) as id, count(*)::int as n from m group by 1) c join policy_tags t on t.id = c.id`);
    } else if (facet === "overseas") {
      parts.push(sql`select 'overseas', '1', count(*)::int from m where m.overseas_friendly`);
    } else if (facet in CATALOG_FACETS) {
      const { column, table } = CATALOG_FACETS[facet as keyof typeof CATALOG_FACETS];
      parts.push(sql`select ${facet}, t.code, c.n from (select ${column} as id, count(*)::int as n from m where ${column} is not null group by 1) c join ${table} t on t.id = c.id`);
    } else {
      const column = ENUM_FACETS[facet as keyof typeof ENUM_FACETS];
      parts.push(sql`select ${facet}, ${column}::text, count(*)::int from m where ${column} is not null group by 2`);
    }
  }
  // A walk takes the newest matches; collecting takes any FACET_CAP + 1 (all of them when fewer).
  const order = plan === "walk" ? sql`order by p.published_at desc, p.id desc` : sql``;
  return withPlan(plan, (tx) =>
    execute<{ facet: string; code: string; n: number }>(
      tx,
      sql`with m as materialized (
            select p.board_id, p.platform_id, p.location_id, p.industry_id, p.education_floor, p.talent_level, p.employer_kind, p.overseas_friendly, p.policy_tag_ids
            from position_search p where ${where} ${order} limit ${FACET_CAP + 1})
          ${sql.join(parts, sql` union all `)}`,
    ),
  );
}

/**
 * Counts beside each filter: for each facet, the search without that facet's own filter. The
 * facets not chosen share one pass over the matches; each chosen one needs a pass of its own.
 */
export async function findPositionFacets(search: PositionSearch): Promise<Facets> {
  const tokens = search.q ? queryTokens(search.q) : [];
  const plan = planFor(await sampledShare(search, tokens), FACET_CAP + 1, false);
  const all = Object.keys(FILTER_OF) as Counted[];
  const chosen = all.filter((f) => search[FILTER_OF[f]] !== undefined);
  const passes = await Promise.all([
    countFacets(search, tokens, plan, all.filter((f) => !chosen.includes(f))),
    ...chosen.map((f) => countFacets(search, tokens, plan, [f], f)),
  ]);
  const facets = { board: [], platform: [], location: [], industry: [], education: [], level: [], kind: [], policy: [], overseas: 0, capped: false } as Facets;
  for (const rows of passes) {
    for (const row of rows) {
      const n = Number(row.n);
      if (row.facet === "total") facets.capped ||= n > FACET_CAP;
      else if (row.facet === "overseas") facets.overseas = n;
      else facets[row.facet as FacetName].push({ code: row.code, count: n });
    }
  }
  for (const facet of Object.keys(FILTER_OF) as Counted[]) {
    if (facet !== "overseas") facets[facet].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }
  return facets;
}

export interface PositionDetail extends PositionCard {
  category: string;
  major: string;
  experienceYears: number;
  skills: string[];
  description: string;
  viewCount: number;
  campaignId: number | null;
}

/** One public position; null when it does not exist or is not public (draft, pending, expired…). */
export async function getPublicPosition({ id }: { id: number }): Promise<PositionDetail | null> {
  const db = await getDb();
  const [row] = await execute(
    db,
    sql`select ${CARD_COLUMNS}, p.category, p.major, p.experience_years as "experienceYears", p.skills, p.description,
          p.view_count as "viewCount", p.campaign_id as "campaignId"
        from positions p join employers e on e.id = p.employer_id ${CARD_JOINS}
        where p.id = ${id} and ${PUBLIC}`,
  );
  return row ? ({ ...(row as unknown as PositionDetail), ...toCard(row) } as PositionDetail) : null;
}
