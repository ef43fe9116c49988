// @ts-check
/**
 * Visitors' public pages that next.config.js rewrites to their cached copies itself. Next's
 * config rewrites cost far less than the proxy's own rewrite (NextResponse.rewrite): a cached
 * position page went from about 615 to 960 req/s on this machine. Plain JavaScript, because
 * next.config.js reads it; proxy.ts reads it too (configRewriteLocale) and leaves these
 * requests alone, so that they reach the config's rewrites unchanged.
 *
 * A rule applies only where its language is certain without weighing Accept-Language's
 * q-values, which a rewrite's header match cannot do: the NEXT_LOCALE cookie, else a header
 * whose first tag (weight 1, first among equals) is zh or en, else no header at all. Anything
 * else (a first tag in another language, weights written out) goes through the proxy, which
 * weighs them (lib/i18n/config.ts chooseLocale). rewrite-rules.test.ts checks both agree.
 */

/** Ids as the pages take them: 1 to 10 digits, no leading zero. */
const ID = "[1-9]\\d{0,9}";

/** The pages and their cached copies below /cached/{locale}; none of them reads its query. */
export const CONFIG_CACHED_PAGES = [
  { source: "/", pattern: /^\/$/, cached: "" },
  { source: `/positions/:id(${ID})`, pattern: new RegExp(`^/positions/${ID}$`), cached: "/positions/:id" },
  { source: `/employers/:id(${ID})`, pattern: new RegExp(`^/employers/${ID}$`), cached: "/employers/:id" },
  { source: `/announcements/:id(${ID})`, pattern: new RegExp(`^/announcements/${ID}$`), cached: "/announcements/:id" },
];

/** Auth.js's session cookie (lib/auth/auth.config.ts hasSessionCookie): chunks always include .0. */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token", "authjs.session-token.0", "__Secure-authjs.session-token.0"];
/**
 * A rewrite cannot test the method: a request with a body (a form posted without JavaScript
 * carries a content type) or a server action (Next-Action) is never taken, as the proxy
 * rewrites only GET and HEAD.
 */
const REQUEST_HEADERS = ["content-type", "next-action"];

/** An Accept-Language header whose first tag is this language, without a weight. */
const firstTag = (/** @type {string} */ lang) => `\\s*${[...lang].map((c) => `[${c}${c.toUpperCase()}]`).join("")}(?:-[A-Za-z0-9]+)*\\s*(?:,.*)?`;

/**
 * @typedef {{ type: "cookie" | "header"; key: string; value?: string }} Condition
 * @typedef {{ locale: "zh" | "en"; has: Condition[]; missing: Condition[] }} LocaleRule
 * @type {LocaleRule[]}
 */
export const LOCALE_RULES = [
  { locale: "en", has: [{ type: "cookie", key: "NEXT_LOCALE", value: "en" }], missing: [] },
  { locale: "zh", has: [{ type: "cookie", key: "NEXT_LOCALE", value: "zh" }], missing: [] },
  { locale: "en", has: [{ type: "header", key: "accept-language", value: firstTag("en") }], missing: [{ type: "cookie", key: "NEXT_LOCALE" }] },
  { locale: "zh", has: [{ type: "header", key: "accept-language", value: firstTag("zh") }], missing: [{ type: "cookie", key: "NEXT_LOCALE" }] },
  { locale: "zh", has: [], missing: [{ type: "cookie", key: "NEXT_LOCALE" }, { type: "header", key: "accept-language" }] },
];

/** next.config.js's rewrites (beforeFiles): every page × every rule, none with a session cookie. */
export function cachedPageRewrites(prefix = "/cached") {
  return CONFIG_CACHED_PAGES.flatMap((page) =>
    LOCALE_RULES.map((rule) => ({
      source: page.source,
      destination: `${prefix}/${rule.locale}${page.cached}`,
      ...(rule.has.length > 0 ? { has: rule.has } : {}),
      missing: [
        ...SESSION_COOKIES.map((key) => ({ type: /** @type {const} */ ("cookie"), key })),
        ...REQUEST_HEADERS.map((key) => ({ type: /** @type {const} */ ("header"), key })),
        ...rule.missing,
      ],
    })),
  );
}

/** The conditions' values as Next matches them (the whole value), compiled once: the proxy asks per request. */
const valuePatterns = new Map(LOCALE_RULES.flatMap((rule) => rule.has).flatMap((c) => (c.value === undefined ? [] : [[c.value, new RegExp(`^${c.value}$`)]])));
const valuePattern = (/** @type {string} */ value) => /** @type {RegExp} */ (valuePatterns.get(value));

/**
 * Whether next.config.js's rewrites take this request, and in which language: Next's own
 * matching of has/missing (a condition holds when its value is non-empty and, if given, the
 * whole value matches the pattern). Null: the proxy must rewrite it, or nothing does.
 * @param {{ pathname: string; cookies: Record<string, string | undefined>; headers: { get(name: string): string | null } }} request
 * @returns {"zh" | "en" | null}
 */
export function configRewriteLocale({ pathname, cookies, headers }) {
  if (!CONFIG_CACHED_PAGES.some((page) => page.pattern.test(pathname))) return null;
  /** @param {Condition} c */
  const holds = (c) => {
    const value = c.type === "cookie" ? cookies[c.key] : headers.get(c.key);
    if (!value) return false;
    return c.value === undefined || valuePattern(c.value).test(value);
  };
  if (SESSION_COOKIES.some((key) => cookies[key]) || REQUEST_HEADERS.some((key) => headers.get(key))) return null;
  return LOCALE_RULES.find((rule) => rule.has.every(holds) && !rule.missing.some(holds))?.locale ?? null;
}
