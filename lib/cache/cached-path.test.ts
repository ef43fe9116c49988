import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { positionSearchSchema } from "../positions/search-params";
import { CACHED_SEARCH_KEYS, cachedPathFor, parseRenderSegment, positionsPurge, RENDER_SEGMENTS, renderSegment, searchKeyOf, searchOfSegment, VIEWERS } from "./cached-path";

const none = new URLSearchParams();

describe("members' copies", () => {
  const none = new URLSearchParams();
  it("name the role after the language in the cached tree's first segment, and read it back", () => {
    expect(cachedPathFor("GET", "/", none, "zh", "talent")).toBe("/cached/zh.talent");
    expect(cachedPathFor("GET", "/positions", new URLSearchParams("q=海洋"), "en", "employer")).toBe(`/cached/en.employer${cachedPathFor("GET", "/positions", new URLSearchParams("q=海洋"), "en")!.slice("/cached/en".length)}`);
    expect(cachedPathFor("GET", "/employers/7", none, "zh", "operator")).toBe("/cached/zh.operator/employers/7");
    expect(cachedPathFor("GET", "/announcements/3", none, "en", "talent")).toBe("/cached/en.talent/announcements/3");
    for (const segment of RENDER_SEGMENTS) expect(renderSegment(parseRenderSegment(segment)!.locale, parseRenderSegment(segment)!.viewer)).toBe(segment);
    expect(RENDER_SEGMENTS).toHaveLength(8);
    expect(parseRenderSegment("zh")).toEqual({ locale: "zh" });
    expect(parseRenderSegment("en.talent")).toEqual({ locale: "en", viewer: "talent" });
  });

  it("stand in for no position's page (it shows the user's own intent), and read no other segment", () => {
    expect(cachedPathFor("GET", "/positions/42", none, "zh", "talent")).toBeNull();
    expect(cachedPathFor("GET", "/positions/42", new URLSearchParams("_rsc=1"), "zh", "employer")).toBeNull();
    expect(cachedPathFor("POST", "/", none, "zh", "talent")).toBeNull();
    expect(cachedPathFor("GET", "/talent", none, "zh", "talent")).toBeNull();
    for (const segment of ["zh.admin", "zh.", "zh.talent.x", "fr.talent", "talent", "", "zh.Talent", "zh.__proto__"]) expect(parseRenderSegment(segment), segment).toBeNull();
  });
});

describe("cachedPathFor", () => {
  it("maps the five public pages to their cached copy in the visitor's language", () => {
    expect(cachedPathFor("GET", "/", none, "zh")).toBe("/cached/zh");
    expect(cachedPathFor("GET", "/positions/42", none, "en")).toBe("/cached/en/positions/42");
    expect(cachedPathFor("HEAD", "/employers/7", none, "zh")).toBe("/cached/zh/employers/7");
    expect(cachedPathFor("GET", "/announcements", none, "zh")).toBe("/cached/zh/announcements");
    expect(cachedPathFor("GET", "/announcements/3", none, "en")).toBe("/cached/en/announcements/3");
  });

  it("keeps client navigations (_rsc) on the cache", () => {
    expect(cachedPathFor("GET", "/positions/42", new URLSearchParams("_rsc=abc"), "zh")).toBe("/cached/zh/positions/42");
  });

  it("renders pages that read their query, other pages and other methods per request", () => {
    expect(cachedPathFor("GET", "/announcements", new URLSearchParams("category=policy"), "zh")).toBeNull();
    expect(cachedPathFor("GET", "/positions/new", none, "zh")).toBeNull();
    expect(cachedPathFor("GET", "/talent", none, "zh")).toBeNull();
    expect(cachedPathFor("POST", "/positions/42", none, "zh")).toBeNull();
  });

  it("leaves ids no page could have to the dynamic page (no cache entry per junk URL)", () => {
    expect(cachedPathFor("GET", "/positions/0", none, "zh")).toBeNull();
    expect(cachedPathFor("GET", "/positions/007", none, "zh")).toBeNull();
    expect(cachedPathFor("GET", "/positions/12345678901", none, "zh")).toBeNull();
    expect(cachedPathFor("GET", "/positions/1/", none, "zh")).toBeNull();
  });
});

describe("the search page's cached copies", () => {
  const path = (query: string, locale: "zh" | "en" = "zh") => cachedPathFor("GET", "/positions", new URLSearchParams(query), locale);
  /** The search the cached page renders, from the proxy's rewrite, whether or not Next percent-decodes the segment. */
  const searchOf = (cached: string | null) => {
    const segment = cached!.split("/").slice(4);
    const search = searchOfSegment(segment);
    expect(searchOfSegment(segment.map(decodeURIComponent))).toEqual(search);
    return search;
  };

  it("caches each search once, in the visitor's language, however its URL was written", () => {
    expect(path("")).toBe("/cached/zh/search");
    expect(path("", "en")).toBe("/cached/en/search");
    const one = path("q=海洋&location=dinghai");
    expect(one).toMatch(/^\/cached\/zh\/search\/[^/]+$/);
    expect(path("location=dinghai&q=海洋")).toBe(one);
    expect(path("location=dinghai&q=海洋&board=&utm_source=x&_rsc=1")).toBe(one);
    expect(path("q=海洋&location=dinghai&location=putuo")).toBe(one);
    expect(path("q=海洋&location=putuo")).not.toBe(one);
    expect(path("q=海洋&location=dinghai&sort=newest")).not.toBe(one);
  });

  it("hands the page its search back, words with slashes, percent signs and ampersands included", () => {
    expect(searchOf(path("q=海洋&location=dinghai&salary=20000"))).toEqual({ q: "海洋", location: "dinghai", salary: "20000" });
    expect(searchOf(path(`q=${encodeURIComponent("a/b %25 c&d=e")}`))).toEqual({ q: "a/b %25 c&d=e" });
    expect(searchOf(path(""))).toEqual({});
  });

  it("renders later pages and overlong searches per request", () => {
    expect(path("q=海洋&cursor=abc")).toBeNull();
    expect(path(`q=${"海".repeat(40)}`)).toBeNull();
  });

  it("knows every parameter of the search but the cursor and the API's facet switch", () => {
    expect([...CACHED_SEARCH_KEYS].sort()).toEqual(Object.keys(positionSearchSchema.shape).filter((k) => k !== "cursor" && k !== "facets").sort());
  });
});

/** Every (language, role) a search page has a copy for. */
const RENDERS_OF_SEARCH = (["zh", "en"] as const).flatMap((locale) => [[locale, undefined] as const, ...VIEWERS.map((viewer) => [locale, viewer] as const)]);

describe("a cached search page's key (searchKeyOf)", () => {
  const segmentOf = (query: string) => cachedPathFor("GET", "/positions", new URLSearchParams(query), "zh")!.split("/search")[1]!.slice(1);

  it("is the segment cachedPathFor writes, however the search's URL was written, and empty for no parameters", () => {
    const key = segmentOf("q=海洋&board=haichuang&sort=newest");
    expect(key).not.toBe("");
    expect(searchKeyOf([key])).toBe(key);
    expect(segmentOf("sort=newest&utm_source=x&board=haichuang&q=海洋")).toBe(key);
    expect(searchKeyOf(undefined)).toBe("");
    expect(searchKeyOf([])).toBe("");
  });

  it("is null for a path cachedPathFor never writes: parameters out of order or unknown, a second segment, letters base64url skips", () => {
    const written = (query: string) => Buffer.from(query).toString("base64url");
    expect(searchKeyOf([written("sort=newest&q=海洋")])).toBeNull();
    expect(searchKeyOf([written("q=海洋&evil=1")])).toBeNull();
    expect(searchKeyOf([written("q=")])).toBeNull();
    const key = segmentOf("q=海洋");
    expect(searchKeyOf([key, "x"])).toBeNull();
    expect(searchKeyOf([`${key}!`])).toBeNull();
    expect(searchKeyOf([`${key}%21`])).toBeNull();
  });
});

describe("what a change to postings purges (positionsPurge)", () => {
  const changed = [
    { id: 42, employerId: 7 },
    { id: 43, employerId: 7 },
  ];
  const purges = positionsPurge(changed, []);
  const literal = purges.filter(([, type]) => type === undefined).map(([route]) => route);

  it("the postings' own pages, their employer's, the home page and the announcements list, each as visitors' and members' requests are cached, in both languages", () => {
    const visitors = (["zh", "en"] as const).flatMap((locale) =>
      ["", "/announcements", "/positions/42", "/positions/43", "/employers/7"].map((page) => `/cached/${locale}${page}`),
    );
    // Members have no copy of a position's page.
    const members = (["zh", "en"] as const).flatMap((locale) =>
      VIEWERS.flatMap((viewer) => ["", "/announcements", "/employers/7"].map((page) => `/cached/${locale}.${viewer}${page}`)),
    );
    for (const page of ["/", "/positions/42", "/employers/7"]) expect(literal, page).toContain(cachedPathFor("GET", page, none, "en"));
    expect(literal).toContain(cachedPathFor("GET", "/employers/7", none, "zh", "operator"));
    expect([...literal].sort()).toEqual([...visitors, ...members].sort());
  });

  it("every announcement (which lists the postings it caps), by its route, which exists; no search but those named", () => {
    const routes = purges.filter(([, type]) => type !== undefined);
    expect(routes).toEqual([["/(cached)/cached/[locale]/announcements/[id]", "page"]]);
    for (const [route] of routes) expect(existsSync(path.join(process.cwd(), "app", route, "page.tsx")), route).toBe(true);
    expect(literal.some((route) => route.includes("/search"))).toBe(false);
  });

  it("the searches named (lib/cache/search-registry.ts finds them), each copy as a request for it is cached, the search without parameters too", () => {
    const key = searchKeyOf([cachedPathFor("GET", "/positions", new URLSearchParams("q=海洋"), "zh")!.split("/").at(-1)!])!;
    const searches = positionsPurge(changed, [key, ""]).map(([route]) => route).filter((route) => route.includes("/search"));
    const expected = RENDERS_OF_SEARCH.flatMap(([locale, viewer]) => [
      cachedPathFor("GET", "/positions", new URLSearchParams("q=海洋"), locale, viewer),
      cachedPathFor("GET", "/positions", none, locale, viewer),
    ]);
    expect(searches.sort()).toEqual((expected as string[]).sort());
    expect(searches).toHaveLength(16);
  });

  it("nothing else: not every cached page, not another posting's or employer's page", () => {
    expect(purges.some(([route, type]) => type === "layout" || route.includes("[locale]/positions") || route.includes("[locale]/employers"))).toBe(false);
    expect(literal.some((route) => /\/positions\/(?!4[23]$)|\/employers\/(?!7$)/.test(route))).toBe(false);
  });

  it("purges each employer once however many of its postings changed, and nothing but the shared pages for none", () => {
    // Once per first segment: two languages, for visitors and each of the three roles.
    expect(literal.filter((route) => route.endsWith("/employers/7"))).toHaveLength(8);
    const shared = RENDER_SEGMENTS.flatMap((segment) => [`/cached/${segment}`, `/cached/${segment}/announcements`]);
    expect(positionsPurge([], []).map(([route]) => route)).toEqual([...shared, ...purges.slice(-1).map(([route]) => route)]);
  });
});
