import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { execute, getDb, type Database, type Transaction } from "../../db/index";
import { queryTokens } from "../search/tokens";
import type { FacetName, PositionSearch } from "./search-params";

/**
 * Public search. A position is public while it is published, its employer verified and it has
 * not expired. Text matches need every token of the query (lib/search/tokens.ts) through the
 * GIN index; pages continue by keyset (the cursor), never OFFSET, so page 200 costs what page 1
 * does. Totals and facet counts stop counting at a cap and say so, as large job sites do.
 */
export const COUNT_CAP = 1000;
export const FACET_CAP = 10_000;
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

function intArray(values: number[]): SQL {
  return sql`${`{${values.join(",")}}`}::int[]`;
}

/** The WHERE of a search, without one facet's own filter when counting that facet. */
function conditions(search: PositionSearch, tokens: number[], without?: FacetName): SQL {
  const parts: SQL[] = [PUBLIC];
  if (tokens.length > 0) parts.push(sql`p.search_tokens @> ${intArray(tokens)}`);
  const byCode = (facet: FacetName, value: string | undefined, clause: (v: string) => SQL) => {
    if (value && without !== facet) parts.push(clause(value));
  };
  byCode("board", search.board, (v) => sql`p.board_id = (select id from boards where code = ${v})`);
  byCode("platform", search.platform, (v) => sql`p.platform_id = (select id from platforms where code = ${v})`);
  byCode("location", search.location, (v) => sql`p.location_id = (select id from locations where code = ${v})`);
  byCode("industry", search.industry, (v) => sql`p.industry_id = (select id from industries where code = ${v})`);
  byCode("education", search.education, (v) => sql`p.education_floor = ${v}`);
  byCode("level", search.level, (v) => sql`p.talent_level = ${v}`);
  byCode("kind", search.kind, (v) => sql`e.kind = ${v}`);
  byCode(
    "policy",
    search.policy,
    (v) => sql`exists (select 1 from position_policy_tags pt where pt.position_id = p.id and pt.tag_id = (select id from policy_tags where code = ${v}))`,
  );
  if (search.salary !== undefined) parts.push(sql`p.salary_max >= ${search.salary}`);
  if (search.overseas) parts.push(sql`p.overseas_friendly`);
  return sql.join(parts, sql` and `);
}

interface Cursor {
  /** The sort key of the last row: [titleHit?, publishedAt or salary, id]. */
  k: (string | number | null)[];
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Cursor;
    return Array.isArray(parsed.k) && parsed.k.length <= 3 ? parsed : null;
  } catch {
    return null;
  }
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
  return { ...(row as unknown as PositionCard), publishedAt: date(row.publishedAt)!, expiresAt: date(row.expiresAt), policyTags: (tags ?? []) as PositionCard["policyTags"] };
}

/**
 * How a page is fetched. PostgreSQL misjudges how many rows a Chinese word matches (its pairs are
 * far from independent), so the plan is chosen from the capped count, which is exact up to the
 * cap: a word matching more than COUNT_CAP rows walks an ordered index (migration 0007 covers
 * the tokens, so the walk reads no table rows) and stops at the page; a rarer one collects its
 * few matches through the GIN index and sorts them.
 */
type Plan = "planner" | "walk" | "collect";

async function withPlan<T>(plan: Plan, run: (db: Database | Transaction) => Promise<T>): Promise<T> {
  const db = await getDb();
  if (plan === "planner") return run(db);
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    if (plan === "walk") await tx.execute(sql`set local enable_bitmapscan = off`);
    return run(tx);
  });
}

export async function findPositions(search: PositionSearch): Promise<SearchResult> {
  const db = await getDb();
  const tokens = search.q ? queryTokens(search.q) : [];
  const emptyQuery = Boolean(search.q) && tokens.length === 0;
  const where = conditions(search, tokens);
  const sort = search.sort ?? (tokens.length > 0 ? "relevance" : "newest");
  const cursor = decodeCursor(search.cursor);
  const limit = search.limit;

  const [count] = await execute<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select 1 from positions p join employers e on e.id = p.employer_id where ${where} limit ${COUNT_CAP + 1}) m`,
  );
  const n = Number(count?.n ?? 0);
  const plan: Plan = tokens.length === 0 ? "planner" : n > COUNT_CAP ? "walk" : "collect";
  // "+ 0" hides a sort key from its ordered index, so that collecting cannot turn into a walk.
  const hide = plan === "collect" ? sql` + interval '0 s'` : sql``;
  const hideNumber = plan === "collect" ? sql` + 0` : sql``;

  const rows = await withPlan(plan, async (tx): Promise<Record<string, unknown>[]> => {
    if (sort === "relevance" && tokens.length > 0) {
      // Title hits first among the newest matches; LIKE (not ILIKE): Chinese has no case.
      const needle = `%${search.q!.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const after = cursor ? sql`where (hit, "publishedAt", id) < (${Number(cursor.k[0])}, ${String(cursor.k[1])}::timestamptz, ${Number(cursor.k[2])})` : sql``;
      return execute(
        tx,
        sql`with pool as (
              select p.id, p.published_at as "publishedAt", (p.title like ${needle})::int as hit
              from positions p join employers e on e.id = p.employer_id
              where ${where} order by p.published_at${hide} desc, p.id desc limit ${RELEVANCE_POOL})
            select ${CARD_COLUMNS}, pool.hit from (select * from pool ${after} order by hit desc, "publishedAt" desc, id desc limit ${limit + 1}) pool
            join positions p on p.id = pool.id join employers e on e.id = p.employer_id ${CARD_JOINS}
            order by pool.hit desc, p.published_at desc, p.id desc`,
      );
    }
    if (sort === "salary") {
      const after = cursor ? sql`and (coalesce(p.salary_max, -1), p.id) < (${Number(cursor.k[0])}, ${Number(cursor.k[1])})` : sql``;
      return execute(
        tx,
        sql`select ${CARD_COLUMNS} from positions p join employers e on e.id = p.employer_id ${CARD_JOINS}
            where ${where} ${after} order by coalesce(p.salary_max, -1)${hideNumber} desc, p.id desc limit ${limit + 1}`,
      );
    }
    const after = cursor ? sql`and (p.published_at, p.id) < (${String(cursor.k[0])}::timestamptz, ${Number(cursor.k[1])})` : sql``;
    return execute(
      tx,
      sql`select ${CARD_COLUMNS} from positions p join employers e on e.id = p.employer_id ${CARD_JOINS}
          where ${where} ${after} order by p.published_at${hide} desc, p.id desc limit ${limit + 1}`,
    );
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({
          k:
            sort === "relevance" && tokens.length > 0
              ? [Number(last.hit), new Date(last.publishedAt as string).toISOString(), Number(last.id)]
              : sort === "salary"
                ? [last.salaryMax == null ? -1 : Number(last.salaryMax), Number(last.id)]
                : [new Date(last.publishedAt as string).toISOString(), Number(last.id)],
        })
      : null;

  return {
    items: page.map(toCard),
    nextCursor,
    total: { value: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP },
    sort: tokens.length > 0 ? sort : sort === "relevance" ? "newest" : sort,
    emptyQuery,
  };
}

/** Facets whose counts come from one column of the capped matches. */
const COLUMN_FACETS = {
  board: sql`(select code from boards where id = m.board_id)`,
  platform: sql`(select code from platforms where id = m.platform_id)`,
  location: sql`(select code from locations where id = m.location_id)`,
  industry: sql`(select code from industries where id = m.industry_id)`,
  education: sql`m.education_floor::text`,
  level: sql`m.talent_level::text`,
  kind: sql`m.kind::text`,
} satisfies Record<Exclude<FacetName, "policy">, SQL>;

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
 * The counts of several facets over one set of matches (the first FACET_CAP + 1 of them), read
 * once: a row per (facet, code).
 */
async function countFacets(search: PositionSearch, tokens: number[], facets: readonly Counted[], without?: Counted) {
  const where = without === "overseas" ? conditions({ ...search, overseas: undefined }, tokens) : conditions(search, tokens, without);
  const parts: SQL[] = [sql`select 'total' as facet, '' as code, count(*)::int as n from m`];
  for (const facet of facets) {
    if (facet === "policy") {
      parts.push(sql`select 'policy', t.code, count(*)::int from m join position_policy_tags pt on pt.position_id = m.id join policy_tags t on t.id = pt.tag_id group by t.code`);
    } else if (facet === "overseas") {
      parts.push(sql`select 'overseas', '1', count(*)::int from m where m.overseas_friendly`);
    } else {
      parts.push(sql`select ${facet}, code, count(*)::int from (select ${COLUMN_FACETS[facet]} as code from m) c where code is not null group by code`);
    }
  }
  // With words, the matches are gathered through the GIN index (never a scan of every row that
  // stops only after FACET_CAP matches, which a rare word never reaches).
  return withPlan(tokens.length > 0 ? "collect" : "planner", (tx) =>
    execute<{ facet: string; code: string; n: number }>(
      tx,
      sql`with m as materialized (
            select p.id, p.board_id, p.platform_id, p.location_id, p.industry_id, p.education_floor, p.talent_level, e.kind, p.overseas_friendly
            from positions p join employers e on e.id = p.employer_id where ${where} limit ${FACET_CAP + 1})
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
  const all = Object.keys(FILTER_OF) as Counted[];
  const chosen = all.filter((f) => search[FILTER_OF[f]] !== undefined);
  const passes = await Promise.all([
    countFacets(search, tokens, all.filter((f) => !chosen.includes(f))),
    ...chosen.map((f) => countFacets(search, tokens, [f], f)),
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
