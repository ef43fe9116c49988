/**
 * How the search finds its matches (lib/positions/queries.ts): walk the newest-first covering
 * index, or collect through the GIN index of words and filters. Pure, so the choice is tested
 * apart from the database.
 */
import type { ForcedPlan } from "../../db/index";
import type { PositionSearch } from "./search-params";

export type Plan = "planner" | ForcedPlan;

/**
 * Relative costs, measured at 1,000,000 positions: an index entry walked (index only) = 1 (about
 * 0.33 µs); a GIN posting read ≈ 0.1 (the GIN index skips through a common token's postings
 * guided by the rarer ones: counting 海洋电子 with a salary floor read 380,000 postings in 9 ms,
 * 24 ns each, where walking to its 1,001st match took 23 ms for 70,000 entries); a row of
 * position_search read for a match ≈ 5 (narrow, but scattered).
 */
const POSTING_COST = 0.1;
const ROW_COST = 5;

export interface Share {
  /** Of the sample, the share matching the whole search. */
  all: number;
  /** The GIN postings collecting reads, per row: the sum of each word token's share. */
  postings: number;
  /** Public positions (the planner's row estimate, at least the sample). */
  rows: number;
}

/**
 * How to find `needed` matches, in order or not. Walking the newest-first covering index reads
 * about needed / share entries and no table row. Collecting intersects the words and the filters
 * in the GIN index and reads a table row per match: all of them when they must be sorted, else
 * only as many as needed. The cheaper of the two, by the costs above.
 */
export function planFor(share: Share | null, needed: number, ordered: boolean): Plan {
  if (share === null) return "planner";
  if (share.all === 0) return "collect";
  const matches = share.all * share.rows;
  const walk = Math.min(needed / share.all, share.rows);
  const collect = share.postings * share.rows * POSTING_COST + (ordered ? matches : Math.min(needed, matches)) * ROW_COST;
  return walk <= collect ? "walk" : "collect";
}

/** How much deeper than the sample's share promises a walk may go before it gives up. */
export const WALK_SLACK = 3;

/**
 * How many index entries a walk for `needed` matches may read: WALK_SLACK times what the share
 * promises, or null (no bound) when that reaches past every row anyway. A word common among the
 * newest positions but rare in all (a new employer's name) would otherwise walk the whole index.
 */
export function walkDepth(share: Share, needed: number): number | null {
  const depth = Math.ceil((WALK_SLACK * needed) / Math.max(share.all, 1e-9));
  return depth < share.rows ? depth : null;
}

/** What a share depends on: the words' tokens and every filter (not the sort, the page or the facets). */
export function shareKey(search: PositionSearch, tokens: number[]): string {
  const { q: _q, sort: _sort, cursor: _cursor, limit: _limit, facets: _facets, ...filters } = search;
  return JSON.stringify([tokens, Object.entries(filters).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b))]);
}
