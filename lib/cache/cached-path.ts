import type { Locale } from "@/lib/i18n/config";

/** Seconds a cached public page is served before the next request renders it again. */
export const PUBLIC_PAGE_SECONDS = 60;

/** Where the cached copies of public pages live (app/(cached)/cached/[locale]); proxy.ts rewrites to it. */
export const CACHED_PREFIX = "/cached";

const CACHEABLE = [/^\/$/, /^\/positions\/[1-9]\d{0,9}$/, /^\/employers\/[1-9]\d{0,9}$/, /^\/announcements$/, /^\/announcements\/[1-9]\d{0,9}$/];

/**
 * The cached copy of a public page a visitor without a session asked for, or null when the
 * request must be rendered for them (anything else, and a page whose query the page reads).
 * `_rsc` is the router's own cache-buster on client navigations, not part of the page.
 */
export function cachedPathFor(method: string, pathname: string, search: URLSearchParams, locale: Locale): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (!CACHEABLE.some((re) => re.test(pathname))) return null;
  if ([...search.keys()].some((key) => key !== "_rsc")) return null;
  return `${CACHED_PREFIX}/${locale}${pathname === "/" ? "" : pathname}`;
}
