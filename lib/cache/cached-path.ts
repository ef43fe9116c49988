import { isLocale, type Locale, locales } from "@/lib/i18n/config";
import { CONFIG_CACHED_PAGES } from "./rewrite-rules.mjs";

/**
 * Seconds Next serves a cached public page before the next request renders it again: the
 * literal `revalidate` of app/(cached)/cached/[locale]/layout.tsx must equal it. A change made
 * through the app purges the pages it touches at once, on this instance and, through
 * PostgreSQL's notifications, on every other (lib/cache/instance-relay.ts): this window only
 * bounds what no purge announces (a position passing its closing time) and an instance that
 * missed a notification.
 */
export const PAGE_RENDER_SECONDS = 300;
/**
 * The home page's own window (the literal `revalidate` of app/(cached)/cached/[locale]/page.tsx):
 * its live figures (intents, views) change with every registration, which purges nothing.
 */
export const HOME_RENDER_SECONDS = 50;
/** Seconds the front cache (lib/cache/front-cache.ts) keeps a copy of what Next served. */
export const FRONT_PAGE_SECONDS = 10;
/**
 * The most a cached public page may lag what no purge announces, or a change made through
 * another instance whose notification this one missed (plus one render): Next's copy, then the
 * front cache's copy of it. Changes made through any instance show at once everywhere otherwise.
 */
export const PUBLIC_PAGE_SECONDS = PAGE_RENDER_SECONDS + FRONT_PAGE_SECONDS;

/** Where the cached copies of public pages live (app/(cached)/cached/[locale]); proxy.ts rewrites to it. */
export const CACHED_PREFIX = "/cached";
/** The same folder as a route, for revalidatePath's route patterns (route group included). */
export const CACHED_ROUTE = "/(cached)/cached/[locale]";

// The pages next.config.js may rewrite itself, and the announcements list (cached only without a query).
const CACHEABLE = [...CONFIG_CACHED_PAGES.map((page) => page.pattern), /^\/announcements$/];

/**
 * The parameters of a search (lib/positions/search-params.ts, without cursor and facets:
 * later pages and the API's facet switch are not cached). cached-path.test.ts keeps the list
 * equal to the search's own.
 */
export const CACHED_SEARCH_KEYS = ["q", "board", "platform", "location", "industry", "policy", "education", "level", "kind", "salary", "overseas", "sort", "limit"] as const;
/** A longer query string is rendered per request (no cache entry for it). */
const SEARCH_KEY_MAX = 300;

/**
 * The search page's cached copy for a search, named by its parameters in one order (first value
 * of each; empty ones and unknown ones are ignored as the page ignores them), so one search is
 * one cache entry however its URL was written. Null for a later page (cursor).
 */
function cachedSearch(search: URLSearchParams): string | null {
  if (search.has("cursor")) return null;
  const kept = new URLSearchParams();
  for (const key of CACHED_SEARCH_KEYS) {
    const value = search.get(key);
    if (value) kept.set(key, value);
  }
  const canonical = kept.toString();
  if (canonical.length > SEARCH_KEY_MAX) return null;
  // base64url: Next hands a page its segment percent-decoded in some renders and not in others;
  // this alphabet reads the same either way.
  return searchPathOf(canonical ? Buffer.from(canonical).toString("base64url") : "");
}

/** A cached search page's path below its copy's root, by its key ("" for the search without parameters). */
function searchPathOf(key: string): string {
  return key ? `/search/${key}` : "/search";
}

/** The root of a copy of the cached tree: its language, for visitors or for a role. */
function cachedRoot(locale: Locale, viewer?: Viewer): string {
  return `${CACHED_PREFIX}/${renderSegment(locale, viewer)}`;
}

/** The search a cached search page renders: its path segment back to parameters. */
export function searchOfSegment(segment: string[] | undefined): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(Buffer.from(segment?.[0] ?? "", "base64url").toString()));
}

/**
 * The key of a cached search page's copy: its segment as cachedSearch writes it ("" for the
 * search without parameters), or null for a path it never writes (a second segment, letters
 * base64url decoding would skip, parameters out of order or unknown): such an address, typed by
 * hand, is no search's copy (the page answers 404), so every copy is a search the registry knows.
 */
export function searchKeyOf(segment: string[] | undefined): string | null {
  if (!segment || segment.length === 0) return "";
  if (segment.length > 1) return null;
  const search = new URLSearchParams(Buffer.from(segment[0]!, "base64url").toString());
  return cachedSearch(search) === searchPathOf(segment[0]!) ? segment[0]! : null;
}

/**
 * Who a cached copy is for besides visitors: signed-in users of one role. A member's copy of a
 * public page is the visitors' page with the header of that role (its area, the account,
 * sign-out, a bell whose count the browser asks for): nothing in it names the user, so every
 * user of the role shares it. Roles never change once an account exists.
 */
export const VIEWERS = ["talent", "employer", "operator"] as const;
export type Viewer = (typeof VIEWERS)[number];

export function isViewer(value: unknown): value is Viewer {
  return (VIEWERS as readonly unknown[]).includes(value);
}

/** The cached tree's first segment: the language, and the role after a dot for a member's copy ("zh", "zh.talent"). */
export function renderSegment(locale: Locale, viewer?: Viewer): string {
  return viewer ? `${locale}.${viewer}` : locale;
}

/** A cached tree's first segment read back; null for anything renderSegment does not write. */
export function parseRenderSegment(segment: string): { locale: Locale; viewer?: Viewer } | null {
  const [locale, viewer, ...rest] = segment.split(".");
  if (!isLocale(locale) || rest.length > 0) return null;
  if (viewer === undefined) return { locale };
  return isViewer(viewer) ? { locale, viewer } : null;
}

/** Every copy a public page may have: each language, for visitors and for each role. */
const RENDERS: readonly { locale: Locale; viewer?: Viewer }[] = locales.flatMap((locale) => [{ locale }, ...VIEWERS.map((viewer) => ({ locale, viewer }))]);
/** Their first segments in the cached tree. */
export const RENDER_SEGMENTS: readonly string[] = RENDERS.map(({ locale, viewer }) => renderSegment(locale, viewer));

/** Public pages a member's copy never stands in for: a position's page shows the user's own intent and report forms. */
const PERSONAL_FOR_MEMBERS = /^\/positions\/[^/]+$/;

/**
 * The cached copy of a public page a visitor without a session (or a signed-in user of the role
 * `viewer`) asked for, or null when the request must be rendered for them (anything else, a
 * page whose query the page reads, and for members a position's page). `_rsc` is the router's own
 * cache-buster on client navigations, not part of the page. The search page is cached per
 * search (cachedSearch).
 */
export function cachedPathFor(method: string, pathname: string, search: URLSearchParams, locale: Locale, viewer?: Viewer): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  const root = cachedRoot(locale, viewer);
  if (pathname === "/positions") {
    const path = cachedSearch(search);
    return path ? `${root}${path}` : null;
  }
  if (!CACHEABLE.some((re) => re.test(pathname))) return null;
  if (viewer && PERSONAL_FOR_MEMBERS.test(pathname)) return null;
  if ([...search.keys()].some((key) => key !== "_rsc")) return null;
  return `${root}${pathname === "/" ? "" : pathname}`;
}

/**
 * The public API's answers the front cache may keep (lib/cache/front-cache.ts): the search and
 * one position, public JSON the same for everyone, which the routes mark shareable
 * (`s-maxage`, lib/http/api.ts apiJson). Kept per query as sent; a longer query is not kept.
 */
const SHARED_API = /^\/api\/v1\/positions(?:\/[1-9]\d{0,9})?$/;
const SHARED_API_QUERY_MAX = 300;

/** The front cache's path for a public API answer (the address's path), or null when it is not kept. */
export function sharedApiPath(method: string, pathname: string, query: string): string | null {
  if ((method !== "GET" && method !== "HEAD") || !SHARED_API.test(pathname) || query.length > SHARED_API_QUERY_MAX) return null;
  return pathname;
}

/** A revalidatePath call: a literal path, or a route (its folders, groups included) with its type. */
export type Purge = readonly [path: string, type?: "page" | "layout"];

/**
 * What a change to these postings makes stale among the cached pages, in every language: each
 * posting's page and its employer's (which lists it), the home page (its figures count postings),
 * the searches that could show them (`searches`: their keys, searchKeyOf; lib/cache/search-registry.ts
 * finds them), and the announcements (an announcement lists the postings it caps). Nothing else:
 * the other postings' and employers' pages, and the other searches, stay cached.
 */
export function positionsPurge(changed: readonly { id: number; employerId: number }[], searches: readonly string[]): Purge[] {
  const employers = new Set(changed.map((position) => position.employerId));
  const pages = ["/", "/announcements", ...changed.map((position) => `/positions/${position.id}`), ...[...employers].map((id) => `/employers/${id}`)];
  // Each page's cached copies, visitors' and members', named as a request for it is (cachedPathFor).
  const literal = RENDERS.flatMap(({ locale, viewer }) => pages.flatMap((page) => cachedPathFor("GET", page, new URLSearchParams(), locale, viewer) ?? []));
  const searchPaths = RENDERS.flatMap(({ locale, viewer }) => searches.map((key) => `${cachedRoot(locale, viewer)}${searchPathOf(key)}`));
  return [...literal.map((path): Purge => [path]), ...searchPaths.map((path): Purge => [path]), [`${CACHED_ROUTE}/announcements/[id]`, "page"]];
}

/** The public API's answers a change to these postings makes stale: every search, and each posting's own. */
export function positionsApiPurge(changed: readonly { id: number }[]): Purge[] {
  return [["/api/v1/positions"], ...changed.map((position): Purge => [`/api/v1/positions/${position.id}`])];
}

/** Every cached public page, visitors' and the roles' (a change to what all of them may show). */
export const ALL_PAGES_PURGE = [CACHED_ROUTE, "layout"] as const satisfies Purge;

/** Every public API answer the front cache keeps (a change to what all public pages may show). */
export const ALL_API_PURGE: Purge = ["/api/v1", "layout"];
