import { describe, expect, it } from "vitest";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { matchHas } from "next/dist/shared/lib/router/utils/prepare-destination";
import { chooseLocale } from "../i18n/config";
import { cachedPathFor } from "./cached-path";
import { cachedPageRewrites, configRewriteLocale } from "./rewrite-rules.mjs";

const PATHS = ["/", "/positions/42", "/employers/7", "/announcements/3", "/announcements", "/positions", "/positions/007", "/positions/0", "/talent", "/positions/42/edit"];
const COOKIES: Record<string, string>[] = [
  {},
  { NEXT_LOCALE: "en" },
  { NEXT_LOCALE: "zh" },
  { NEXT_LOCALE: "fr" },
  { NEXT_LOCALE: "" },
  { "authjs.session-token": "x" },
  { "__Secure-authjs.session-token": "x", NEXT_LOCALE: "en" },
  { "authjs.session-token.0": "x", "authjs.session-token.1": "y" },
];
const LANGUAGES = [undefined, "", "en", "en-US,en;q=0.9", "zh-CN,zh;q=0.9,en;q=0.8", "EN-gb", " zh-Hant-TW , en", "fr-FR,fr;q=0.9,en;q=0.8", "en;q=0.5, zh", "en;q=1,zh", "english", "de", "*", "zh-CN;q=0.9,en"];
const HEADERS: Record<string, string>[] = [{}, { "content-type": "multipart/form-data; boundary=x" }, { "next-action": "abc" }];

/** What Next does with next.config.js's rewrites: the first whose path and has/missing match. */
function nextRewrite(pathname: string, cookies: Record<string, string>, headers: Record<string, string>): string | null {
  for (const rewrite of cachedPageRewrites()) {
    const params = getPathMatch(rewrite.source)(pathname);
    if (!params) continue;
    const req = { headers, cookies } as never;
    if (matchHas(req, {}, rewrite.has, rewrite.missing)) return rewrite.destination.replace(":id", String((params as { id?: string }).id));
  }
  return null;
}

describe("the cached pages next.config.js rewrites itself", () => {
  it("are exactly the requests configRewriteLocale says, in the language the proxy would choose", () => {
    let taken = 0;
    for (const pathname of PATHS)
      for (const cookies of COOKIES)
        for (const language of LANGUAGES)
          for (const extra of HEADERS) {
            const headers: Record<string, string> = { ...extra, ...(language === undefined ? {} : { "accept-language": language }) };
            const locale = configRewriteLocale({ pathname, cookies, headers: new Headers(headers) });
            const rewritten = nextRewrite(pathname, cookies, headers);
            const where = `${pathname} ${JSON.stringify(cookies)} ${JSON.stringify(headers)}`;
            expect(rewritten === null, where).toBe(locale === null);
            if (locale === null) continue;
            taken++;
            // The proxy's own rewrite of the same request, had it made it: the same copy.
            expect(rewritten, where).toBe(cachedPathFor("GET", pathname, new URLSearchParams(), chooseLocale(cookies.NEXT_LOCALE, language)));
          }
    expect(taken).toBeGreaterThan(50);
  });

  it("takes the usual browsers' requests, leaving to the proxy only what a rewrite cannot weigh", () => {
    const take = (headers: Record<string, string>, cookies: Record<string, string> = {}) => configRewriteLocale({ pathname: "/positions/42", cookies, headers: new Headers(headers) });
    expect(take({ "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" })).toBe("zh");
    expect(take({ "accept-language": "en-US,en;q=0.9" })).toBe("en");
    expect(take({})).toBe("zh");
    expect(take({ "accept-language": "fr-FR,fr;q=0.9" }, { NEXT_LOCALE: "en" })).toBe("en");
    expect(take({ "accept-language": "fr-FR,fr;q=0.9,en;q=0.8" })).toBeNull();
    expect(take({ "accept-language": "en-US" }, { "authjs.session-token": "x" })).toBeNull();
    expect(take({ "accept-language": "en-US", "content-type": "application/x-www-form-urlencoded" })).toBeNull();
  });
});
