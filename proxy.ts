import { type NextRequest, NextResponse } from "next/server";
import { hasSessionCookie } from "@/lib/auth/auth.config";
import { sessionViewer } from "@/lib/auth/session-cookie";
import { firstAnswer } from "@/lib/http/plain-response";
import { cachedPathFor } from "@/lib/cache/cached-path";
import { configRewriteLocale } from "@/lib/cache/rewrite-rules.mjs";
import { chooseLocale, LOCALE_COOKIE } from "@/lib/i18n/config";

const PROTECTED = /^\/(talent|employer|admin|account)(\/|$)/;

/**
 * Four jobs, all cheap and without the database:
 * - a URL no page could read (broken percent-encoding, control characters) answers 400;
 * - while the database is unreachable (lib/health/availability.ts), every page and API request
 *   gets a clear 503 at once; /api/health still reports the details;
 * - visitors without a session get the public pages (home, position, employer, announcements)
 *   and searches from Next's cache: the request is rewritten to its cached copy in their
 *   language (app/(cached), lib/cache/cached-path.ts), unless next.config.js's own, cheaper
 *   rewrites take it (lib/cache/rewrite-rules.mjs: then it is left alone here); signed-in users
 *   get the members' copy for their role (lib/auth/session-cookie.ts reads it from the session cookie),
 *   except a position's page, which is rendered for them;
 * - visitors without a session are sent to sign-in from the signed-in areas. Every layout,
 *   action and route checks session, role and ownership on the server. The proxy deliberately
 *   does not run Auth.js: its middleware re-issues the session cookie on every request, which
 *   would undo a sign-out made by a server action on a protected page.
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const visitor = () => ({ pathname, cookieLocale: request.cookies.get(LOCALE_COOKIE)?.value, acceptLanguage: request.headers.get("accept-language") });
  const refused = firstAnswer(new URL(request.url), visitor());
  if (refused) return refused;
  const cookies = Object.fromEntries(request.cookies.getAll().map((c) => [c.name, c.value]));
  const signedIn = hasSessionCookie(Object.keys(cookies));
  // next.config.js rewrites visitors' pages to their cached copies itself, at a fraction of the cost.
  if (!signedIn && configRewriteLocale({ pathname, cookies, headers: request.headers })) return NextResponse.next();
  // A signed-in user gets a member's copy of the pages that show them nothing of their own, for
  // the role their session names (read without the database), or the page rendered for them.
  const viewer = signedIn ? await sessionViewer(new Map(Object.entries(cookies))) : undefined;
  if (!signedIn || viewer) {
    const { cookieLocale, acceptLanguage } = visitor();
    const cached = cachedPathFor(request.method, pathname, request.nextUrl.searchParams, chooseLocale(cookieLocale, acceptLanguage), viewer ?? undefined);
    if (cached) return NextResponse.rewrite(new URL(`${cached}${request.nextUrl.search}`, request.url));
  }
  if (!PROTECTED.test(pathname) || signedIn) return NextResponse.next();
  const signIn = new URL("/sign-in", request.nextUrl);
  signIn.searchParams.set("callbackUrl", `${pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Everything but the build's static files, the icon and the public API's fixed addresses:
  // /api/v1/positions, /announcements, /stats and /openapi.json give the first two answers above
  // themselves (publicApiRoute, lib/http/api.ts), and skipping the proxy raised the search API's
  // throughput by about a half (bench:load). An address with an id still passes here: Next
  // itself fails (500) on a broken percent-encoded segment before any route could answer.
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico|api/v1/(?:positions|announcements|stats|openapi\\.json)$).*)"],
};
