import "server-only";
import { sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";
import { intArray } from "../../db/int-array";
import { cachedSearches } from "../../db/schema";
import { parseSearchLenient, type PositionSearch } from "../positions/search-params";
import { queryTokens } from "../search/tokens";
import { searchOfSegment } from "./cached-path";

/**
 * The registry of cached searches (table cached_searches): which searches' first pages the
 * cached tree holds, so that a change to postings purges only the copies of the searches that
 * could show those postings, on every instance (the purges of literal paths travel as all
 * purges do: lib/cache/instance-relay.ts).
 *
 * A search page shows its matches (the first page, the total) and its facets, each facet
 * counted without its own filter (lib/positions/queries.ts findPositionFacets): a posting
 * changes the page if it matches the words, the salary floor, and every filter but at most one.
 * A published posting's searchable content never changes (only drafts are edited), so its
 * content now answers for before and after a change of its state.
 */

/** How long a search not rendered again stays in the registry (the scheduled jobs delete it then). */
export const CACHED_SEARCH_DAYS = 7;

/** The registry's row of a search, as the page reads it (parseSearchLenient: what it drops, the page ignores). */
function searchRow(key: string, search: PositionSearch) {
  return {
    segment: key,
    tokens: search.q ? queryTokens(search.q) : [],
    board: search.board ?? null,
    platform: search.platform ?? null,
    location: search.location ?? null,
    industry: search.industry ?? null,
    policy: search.policy ?? null,
    education: search.education ?? null,
    level: search.level ?? null,
    kind: search.kind ?? null,
    salary: search.salary ?? null,
    overseas: search.overseas === "1",
  };
}

/**
 * Records that the cached tree is rendering the search `key` names (searchKeyOf). Awaited before
 * the page reads postings: a change committed after those reads then finds the search here.
 */
export async function registerCachedSearch(key: string): Promise<void> {
  const row = searchRow(key, parseSearchLenient(searchOfSegment(key ? [key] : undefined)).search);
  const db = await getDb();
  // Its time is written again at most hourly: a search's copies (each language and role) are
  // rendered again every few minutes.
  await db
    .insert(cachedSearches)
    .values(row)
    .onConflictDoUpdate({ target: cachedSearches.segment, set: { seenAt: sql`excluded.seen_at` }, setWhere: sql`${cachedSearches.seenAt} < excluded.seen_at - interval '1 hour'` });
}

/** The keys of the cached searches whose pages could show any of these postings (in whatever state). */
export async function searchesShowing(positionIds: readonly number[]): Promise<string[]> {
  if (positionIds.length === 0) return [];
  const db = await getDb();
  const missed = (column: string, value: string) => sql.raw(`(s.${column} is not null and s.${column} is distinct from ${value})::int`);
  const rows = await execute<{ segment: string }>(
    db,
    sql`select s.segment from cached_searches s
        where exists (
          select 1 from positions p join boards b on b.id = p.board_id left join platforms pl on pl.id = p.platform_id
            join locations l on l.id = p.location_id join industries i on i.id = p.industry_id
          where p.id = any(${intArray(positionIds)})
            and p.search_tokens @> s.tokens
            and (s.salary is null or p.salary_max >= s.salary)
            and ${missed("board", "b.code")} + ${missed("platform", "pl.code")} + ${missed("location", "l.code")} + ${missed("industry", "i.code")}
              + ${missed("education", "p.education_floor")} + ${missed("level", "p.talent_level")} + ${missed("kind", "p.employer_kind")}
              + (s.policy is not null and not exists (select 1 from policy_tags t where t.code = s.policy and t.id = any(p.policy_tag_ids)))::int
              + (s.overseas and not p.overseas_friendly)::int <= 1)`,
  );
  return rows.map((row) => row.segment);
}

/** Deletes the searches not rendered for CACHED_SEARCH_DAYS (a scheduled job). */
export async function pruneCachedSearches({ now = new Date() }: { now?: Date } = {}): Promise<{ deleted: number }> {
  const db = await getDb();
  const [row] = await execute<{ n: number }>(
    db,
    sql`with gone as (delete from cached_searches where seen_at < ${now.toISOString()}::timestamptz - make_interval(days => ${CACHED_SEARCH_DAYS}) returning 1) select count(*)::int as n from gone`,
  );
  return { deleted: Number(row?.n ?? 0) };
}
