import { parseSearchLenient, type PositionSearch, searchHref } from "../positions/search-params";

/** Parameters that page through or present a search rather than choose positions. */
const NOT_FILTERS = new Set(["cursor", "limit", "facets", "sort"]);

/**
 * The search an alert keeps, in one canonical spelling (known filters only, valid values only,
 * sorted keys), so that saving one search twice finds the alert that exists.
 */
export function canonicalQuery(raw: string | URLSearchParams | Record<string, string | string[] | undefined>): string {
  const params = typeof raw === "string" ? new URLSearchParams(raw.replace(/^[^?]*\?/, "")) : raw;
  const { search } = parseSearchLenient(params);
  const kept = Object.entries(search)
    .filter(([key, value]) => !NOT_FILTERS.has(key) && value !== undefined && value !== "")
    .sort(([a], [b]) => a.localeCompare(b));
  return new URLSearchParams(kept.map(([k, v]) => [k, String(v)])).toString();
}

/** The search to run for an alert: its filters, newest first. */
export function alertSearch(query: string, limit: number): PositionSearch {
  return { ...parseSearchLenient(new URLSearchParams(query)).search, sort: "newest", limit };
}

/** The /positions URL of an alert's search. */
export function alertSearchHref(query: string): string {
  return searchHref(Object.fromEntries(new URLSearchParams(query)));
}

/** The "alert me" page for a search, from the /positions URL's parameters. */
export function newAlertHref(raw: Parameters<typeof canonicalQuery>[0]): string {
  const query = canonicalQuery(raw);
  return query ? `/alerts/new?${query}` : "/alerts/new";
}
