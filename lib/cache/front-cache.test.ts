import { readFileSync } from "node:fs";
import { createServer, get, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALL_API_PURGE, CACHED_ROUTE, cachedPathFor, HOME_RENDER_SECONDS, PAGE_RENDER_SECONDS, positionsApiPurge, positionsPurge } from "./cached-path";
import { gzipSync } from "node:zlib";
import { FrontCache, frontKey, inRenderOfKey, purgeMatcher, sharedSeconds } from "./front-cache";

const request = (url: string, headers: IncomingHttpHeaders = {}, method = "GET") => ({ method, url, headers });
const pathOf = (key: string | null) => key?.split("\n")[0] ?? null;

describe("frontKey", () => {
  it("names a visitor's public page by its cached copy in their language", () => {
    expect(pathOf(frontKey(request("/positions/42", { "accept-language": "en-US,en;q=0.9" })))).toBe("/cached/en/positions/42");
    expect(pathOf(frontKey(request("/", {})))).toBe("/cached/zh");
    expect(pathOf(frontKey(request("/employers/7", { cookie: "NEXT_LOCALE=en; theme=x" }, "HEAD")))).toBe("/cached/en/employers/7");
    // The language is weighed as proxy.ts weighs it: q-values, not the first tag.
    expect(pathOf(frontKey(request("/announcements/3", { "accept-language": "fr;q=1, en;q=0.8, zh;q=0.5" })))).toBe("/cached/en/announcements/3");
    // The cookie as Next reads it (tried on the server): percent-decoded, quotes kept (so no
    // language), the first of a name.
    expect(pathOf(frontKey(request("/positions/42", { cookie: "NEXT_LOCALE=%65n" })))).toBe("/cached/en/positions/42");
    expect(pathOf(frontKey(request("/positions/42", { cookie: 'NEXT_LOCALE="en"' })))).toBe("/cached/zh/positions/42");
    expect(pathOf(frontKey(request("/positions/42", { cookie: "NEXT_LOCALE=en; NEXT_LOCALE=zh" })))).toBe("/cached/en/positions/42");
  });

  it("names one copy per search however its URL is written", () => {
    const a = frontKey(request("/positions?q=%E6%B5%B7%E6%B4%8B&location=dinghai"));
    const b = frontKey(request("/positions?location=dinghai&q=%E6%B5%B7%E6%B4%8B&utm_source=x"));
    expect(a).not.toBeNull();
    expect(a).toBe(b);
    expect(frontKey(request("/positions?q=x&cursor=abc"))).toBeNull();
  });

  it("keeps apart what the answer varies with: host, forwarded scheme, encodings", () => {
    const plain = frontKey(request("/positions/1", { host: "a.example" }));
    expect(frontKey(request("/positions/1", { host: "b.example" }))).not.toBe(plain);
    expect(frontKey(request("/positions/1", { host: "a.example", "x-forwarded-proto": "https" }))).not.toBe(plain);
    expect(frontKey(request("/positions/1", { host: "a.example", "accept-encoding": "gzip" }))).not.toBe(plain);
    expect(frontKey(request("/positions/1", { host: "a.example" }))).toBe(plain);
  });

  it("names a signed-in user's public page by the members' copy of their role, when their session names one", () => {
    const session = { cookie: "authjs.session-token=abc; NEXT_LOCALE=en" };
    expect(pathOf(frontKey(request("/", session), "talent"))).toBe("/cached/en.talent");
    expect(pathOf(frontKey(request("/employers/7", session), "employer"))).toBe("/cached/en.employer/employers/7");
    expect(pathOf(frontKey(request("/positions?q=a", session), "operator"))).toMatch(/^\/cached\/en\.operator\/search\//);
    // Not a position's page (the user's own intent is on it), not without a role, not the API.
    expect(frontKey(request("/positions/42", session), "talent")).toBeNull();
    expect(frontKey(request("/", session), null)).toBeNull();
    expect(frontKey(request("/", session))).toBeNull();
    expect(frontKey(request("/api/v1/positions?q=a", session), "talent")).toBeNull();
    // A role without a session cookie is no member: the visitors' copy.
    expect(pathOf(frontKey(request("/", { cookie: "NEXT_LOCALE=en" }), "talent"))).toBe("/cached/en");
  });

  it("leaves signed-in users, router data, actions, bodies and other pages to Next", () => {
    expect(frontKey(request("/positions/1", { cookie: "authjs.session-token=abc" }))).toBeNull();
    expect(frontKey(request("/positions/1", { cookie: "x=1; __Secure-authjs.session-token.0=abc" }))).toBeNull();
    expect(frontKey(request("/positions/1", { rsc: "1" }))).toBeNull();
    expect(frontKey(request("/positions/1?_rsc=x1"))).toBeNull();
    expect(frontKey(request("/positions/1", { "next-action": "abc" }))).toBeNull();
    expect(frontKey(request("/positions/1", { "content-type": "application/x-www-form-urlencoded" }))).toBeNull();
    expect(frontKey(request("/positions/1", {}, "POST"))).toBeNull();
    // Asked past the caches, as a reload asks.
    expect(frontKey(request("/positions/1", { "cache-control": "no-cache" }))).toBeNull();
    expect(frontKey(request("/api/v1/positions?q=a", { "cache-control": "no-cache, no-store" }))).toBeNull();
    expect(frontKey(request("/positions/1", { "cache-control": "max-age=0" }))).not.toBeNull();
    expect(frontKey(request("/positions/1", { pragma: "no-cache" }))).toBeNull();
    expect(frontKey(request("/talent"))).toBeNull();
    expect(frontKey(request("/positions/0"))).toBeNull();
    expect(frontKey(request("/announcements?category=policy"))).toBeNull();
    expect(frontKey(request("http://evil.example/positions/1"))).toBeNull();
  });

  it("names the public API's search and position answers by their path and query as sent, in no language", () => {
    const key = frontKey(request("/api/v1/positions?q=%E6%B5%B7&facets=0", { "accept-language": "en" }));
    expect(key?.split("\n").slice(0, 2)).toEqual(["/api/v1/positions", "?q=%E6%B5%B7&facets=0"]);
    expect(frontKey(request("/api/v1/positions?q=%E6%B5%B7&facets=0", { cookie: "NEXT_LOCALE=zh" }))).toBe(frontKey(request("/api/v1/positions?q=%E6%B5%B7&facets=0")));
    expect(frontKey(request("/api/v1/positions?facets=0&q=%E6%B5%B7"))).not.toBe(frontKey(request("/api/v1/positions?q=%E6%B5%B7&facets=0")));
    expect(pathOf(frontKey(request("/api/v1/positions/12")))).toBe("/api/v1/positions/12");
    expect(pathOf(frontKey(request("/api/v1/positions", {}, "HEAD")))).toBe("/api/v1/positions");
    // Not kept: other API addresses, ids that are not ids, long queries, signed-in users, bodies.
    for (const url of ["/api/v1/stats", "/api/v1/announcements", "/api/v1/positions/abc", "/api/v1/positions/0", "/api/v1/positions/1/x", "/api/health", `/api/v1/positions?q=${"x".repeat(300)}`]) {
      expect(frontKey(request(url)), url).toBeNull();
    }
    expect(frontKey(request("/api/v1/positions?q=a", { cookie: "authjs.session-token=abc" }))).toBeNull();
    expect(frontKey(request("/api/v1/positions?q=a", {}, "POST"))).toBeNull();
    expect(frontKey(request("/api/v1/positions?q=a%00"))).toBeNull();
  });

  it("leaves unreadable addresses to proxy.ts's 400", () => {
    expect(frontKey(request("/positions?q=a%00b"))).toBeNull();
    expect(frontKey(request("/positions?q=a%1Fb&board=x"))).toBeNull();
  });
});

describe("purgeMatcher", () => {
  it("covers a literal path, a route's pages or everything below a layout", () => {
    const literal = purgeMatcher(["/cached/zh/positions/5"]);
    expect(literal("/cached/zh/positions/5")).toBe(true);
    expect(literal("/cached/zh/positions/50")).toBe(false);
    const searches = purgeMatcher([`${CACHED_ROUTE}/search/[[...query]]`, "page"]);
    expect(["/cached/zh/search", "/cached/en/search/cT0x"].every(searches)).toBe(true);
    expect(["/cached/zh/positions/5", "/cached/zh/searching"].some(searches)).toBe(false);
    const announcements = purgeMatcher([`${CACHED_ROUTE}/announcements/[id]`, "page"]);
    expect(announcements("/cached/en/announcements/3")).toBe(true);
    expect(announcements("/cached/en/announcements")).toBe(false);
    const everything = purgeMatcher([CACHED_ROUTE, "layout"]);
    expect(["/cached/zh", "/cached/en/positions/5", "/cached/zh/search/cT0x"].every(everything)).toBe(true);
    expect(everything("/positions/5")).toBe(false);
  });
});

it("reads how long a shared cache may keep an answer from its Cache-Control", () => {
  expect(sharedSeconds("public, max-age=0, s-maxage=10")).toBe(10);
  expect(sharedSeconds("S-MAXAGE=5, Public")).toBe(5);
  expect(sharedSeconds("public, max-age=60")).toBe(0);
  expect(sharedSeconds("s-maxage=10")).toBe(0);
  expect(sharedSeconds("public, s-maxage=10, no-store")).toBe(0);
  expect(sharedSeconds("public, s-maxage=10, private")).toBe(0);
  expect(sharedSeconds("public, s-maxage=abc")).toBe(0);
  expect(sharedSeconds(undefined)).toBe(0);
  expect(sharedSeconds("no-store")).toBe(0);
});

/** A stand-in for Next: answers like a cached page, counting how often it is asked. */
function fakeNext(answer: (url: string, response: ServerResponse, headers: IncomingHttpHeaders) => void, { maxBytes = 1024 * 1024, seconds = 60 } = {}) {
  const front = new FrontCache({ maxBytes, seconds });
  const state = { rendered: 0, front };
  const server = createServer((req, res) => {
    const key = frontKey(req);
    if (key && front.serve(key, req, res)) return;
    if (key && req.method === "GET") front.capture(key, res);
    state.rendered += 1;
    answer(req.url ?? "", res, req.headers);
  });
  return { server, state };
}

/** A page as Next sends it, in the language the request asks for (as Next would choose it). */
const page = (text: string, headers: Record<string, string> = {}) => (_url: string, response: ServerResponse, request: IncomingHttpHeaders = {}) => {
  const body = `<html lang="${/^en/.test(String(request["accept-language"] ?? "")) ? "en" : "zh-CN"}">${text}</html>`;
  response.statusCode = 200;
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.setHeader("x-nextjs-cache", "HIT");
  response.setHeader("etag", '"v1"');
  response.setHeader("content-security-policy", "default-src 'self'");
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  // Written in parts, as a stream is: the copy is the whole.
  response.write(body.slice(0, 3));
  response.write(Buffer.from(body.slice(3, 6)));
  response.end(body.slice(6), "utf8");
};

describe("FrontCache", () => {
  let server: Server | undefined;
  let origin = "";
  const listen = async (fake: ReturnType<typeof fakeNext>) => {
    server = fake.server;
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return fake.state;
  };
  beforeEach(() => {
    server = undefined;
  });
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  });

  it("answers the second request from the copy, whole, with Next's headers", async () => {
    const state = await listen(fakeNext(page("岗位页面")));
    const first = await fetch(`${origin}/positions/9`);
    const second = await fetch(`${origin}/positions/9`);
    expect(await first.text()).toBe('<html lang="zh-CN">岗位页面</html>');
    expect(await second.text()).toBe('<html lang="zh-CN">岗位页面</html>');
    expect(state.rendered).toBe(1);
    expect(second.headers.get("content-security-policy")).toBe("default-src 'self'");
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(second.headers.get("age")).toBe("0");
    expect(Number(second.headers.get("content-length"))).toBe(Buffer.byteLength('<html lang="zh-CN">岗位页面</html>'));
    // Another language is another copy.
    await (await fetch(`${origin}/positions/9`, { headers: { "accept-language": "en" } })).text();
    const english = await fetch(`${origin}/positions/9`, { headers: { "accept-language": "en" } });
    expect(await english.text()).toBe('<html lang="en">岗位页面</html>');
    expect(state.rendered).toBe(2);
  });

  it("answers HEAD without a body and a matching If-None-Match with 304", async () => {
    const state = await listen(fakeNext(page("x")));
    await fetch(`${origin}/employers/2`);
    const head = await fetch(`${origin}/employers/2`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    // As a browser revalidates on a reload (fetch itself would add Cache-Control: no-cache to a
    // conditional request, which the front cache leaves to Next).
    const revalidate = (etag: string) =>
      new Promise<number>((resolve, reject) =>
        get(`${origin}/employers/2`, { headers: { "accept-encoding": "gzip", "if-none-match": etag, "cache-control": "max-age=0" } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        }).on("error", reject),
      );
    expect(await revalidate('"v0"')).toBe(200);
    expect(await revalidate('W/"v1"')).toBe(304);
    expect(await revalidate('"v0"')).toBe(200);
    expect(state.rendered, "once per encoding asked for").toBe(2);
  });

  it("keeps nothing but Next's fresh, public, cookie-less 200s in the language of their name", async () => {
    const cases: [string, (url: string, response: ServerResponse, request: IncomingHttpHeaders) => void][] = [
      ["/positions/1", page("stale", { "x-nextjs-cache": "STALE" })],
      ["/positions/2", page("cookie", { "set-cookie": "a=b" })],
      ["/positions/3", page("private", { "cache-control": "private, no-store" })],
      [
        "/positions/4",
        (_url, response) => {
          response.statusCode = 404;
          response.setHeader("x-nextjs-cache", "HIT");
          response.end("gone");
        },
      ],
      [
        "/positions/5",
        (_url, response) => {
          response.statusCode = 200;
          response.end('<html lang="zh-CN">rendered for the request, not from Next\'s cache</html>');
        },
      ],
      // Named Chinese, sent in English: Next read the request's language otherwise.
      ["/positions/6", (url, response) => page("english")(url, response, { "accept-language": "en" })],
    ];
    const answers = new Map(cases);
    const state = await listen(fakeNext((url, response, request) => answers.get(url)!(url, response, request)));
    for (const [url] of cases) {
      await (await fetch(`${origin}${url}`)).text();
      await (await fetch(`${origin}${url}`)).text();
    }
    expect(state.rendered).toBe(cases.length * 2);
    expect(state.front.size).toBe(0);
  });

  it("drops what a purge covers, and only that", async () => {
    const state = await listen(fakeNext(page("p")));
    for (const url of ["/positions/7", "/positions/8", "/employers/3", "/employers/4", "/", "/positions?q=a"]) await (await fetch(`${origin}${url}`)).text();
    expect(state.front.size).toBe(6);
    // A purge that names no search keeps the search's copy…
    state.front.purge(positionsPurge([{ id: 7, employerId: 3 }], []));
    expect(state.front.size).toBe(3);
    // …one that names it drops it. Kept: the other posting's and employer's pages.
    const searchKey = cachedPathFor("GET", "/positions", new URLSearchParams("q=a"), "zh")!.split("/").at(-1)!;
    state.front.purge(positionsPurge([], [searchKey]));
    expect(state.front.size).toBe(2);
    await (await fetch(`${origin}/positions/8`)).text();
    await (await fetch(`${origin}/employers/4`)).text();
    expect(state.rendered).toBe(6);
    await (await fetch(`${origin}/positions/7`)).text();
    expect(state.rendered).toBe(7);
  });

  it("does not keep a page that was being made when a purge fell", async () => {
    let release: () => void = () => undefined;
    const fake = fakeNext((url, response) => {
      response.statusCode = 200;
      response.setHeader("x-nextjs-cache", "MISS");
      response.write('<html lang="zh-CN">old');
      release = () => response.end("</html>");
    });
    const state = await listen(fake);
    const pending = fetch(`${origin}/positions/7`).then((r) => r.text());
    await expect.poll(() => state.rendered).toBe(1);
    state.front.purge([["/cached/zh/positions/7"]]);
    release();
    expect(await pending).toBe('<html lang="zh-CN">old</html>');
    expect(state.front.size).toBe(0);
  });

  it("keeps within its memory however many hosts or encodings a client makes up", async () => {
    const state = await listen(fakeNext(page("x".repeat(10_000)), { maxBytes: 100_000 }));
    for (let i = 0; i < 40; i += 1) await (await fetch(`${origin}/positions/1`, { headers: { "accept-encoding": `made-up-${i}` } })).text();
    // About 11 kB a copy: at most nine fit in 100 kB; the oldest went first.
    expect(state.front.size).toBeGreaterThan(0);
    expect(state.front.size).toBeLessThanOrEqual(9);
  });

  it("keeps the public API's answers a shared cache may keep, and purges them with the postings they show", async () => {
    const api = (cacheControl: string, extra: Record<string, string> = {}) => (url: string, response: ServerResponse) => {
      response.statusCode = url.includes("missing") ? 404 : 200;
      response.setHeader("content-type", "application/json");
      response.setHeader("cache-control", cacheControl);
      for (const [name, value] of Object.entries(extra)) response.setHeader(name, value);
      response.end(JSON.stringify({ url }));
    };
    const answers: Record<string, (url: string, response: ServerResponse, request: IncomingHttpHeaders) => void> = {
      "/api/v1/positions": api("public, max-age=0, s-maxage=10"),
      "/api/v1/positions/7": api("public, max-age=0, s-maxage=10"),
      "/api/v1/positions/8": api("public, max-age=0, s-maxage=10"),
      "/api/v1/positions/9": api("no-store"),
      "/api/v1/positions/10": api("public, max-age=0, s-maxage=10", { "set-cookie": "a=b" }),
      "/positions/7": page("p"),
    };
    const state = await listen(fakeNext((url, response, headers) => (answers[url.split("?")[0]!] ?? api("public, s-maxage=10"))(url, response, headers)));
    const ask = async (url: string) => (await fetch(`${origin}${url}`)).text();
    for (const url of ["/api/v1/positions?q=a", "/api/v1/positions?q=b&facets=0", "/api/v1/positions/7", "/api/v1/positions/8", "/positions/7"]) {
      expect(await ask(url)).toBe(await ask(url));
    }
    expect(state.rendered).toBe(5);
    const again = await fetch(`${origin}/api/v1/positions?q=a`);
    expect(await again.json()).toEqual({ url: "/api/v1/positions?q=a" });
    expect(again.headers.get("age")).toBe("0");
    expect(again.headers.get("content-type")).toBe("application/json");
    // Not kept: an answer that may not be shared, one that sets a cookie, an error.
    for (const url of ["/api/v1/positions/9", "/api/v1/positions/10", "/api/v1/positions/11?missing"]) {
      await ask(url);
      await ask(url);
    }
    expect(state.rendered).toBe(11);
    expect(state.front.size).toBe(5);

    // A posting's change: the searches and its own answer go, the other posting's stays; the
    // pages' purge alone leaves the API's copies.
    state.front.purge(positionsPurge([{ id: 7, employerId: 3 }], []));
    expect(state.front.size).toBe(4);
    state.front.purge(positionsApiPurge([{ id: 7 }]));
    expect(state.front.size).toBe(1);
    await ask("/api/v1/positions/8");
    expect(state.rendered).toBe(11);
    await ask("/api/v1/positions?q=a");
    await ask("/api/v1/positions/7");
    expect(state.rendered).toBe(13);
    state.front.purge([ALL_API_PURGE]);
    expect(state.front.size).toBe(0);
  });

  const sharedJson = (cacheControl: string) => (_url: string, response: ServerResponse) => {
    response.setHeader("cache-control", cacheControl);
    response.end("{}");
  };

  it.each([
    ["its s-maxage", "public, s-maxage=1", 60, 1_100],
    ["the cache's own seconds", "public, s-maxage=600", 0.05, 120],
  ])("keeps an API answer no longer than %s", async (_name, cacheControl, seconds, wait) => {
    const state = await listen(fakeNext(sharedJson(cacheControl), { seconds }));
    const ask = async () => (await fetch(`${origin}/api/v1/positions?q=a`)).text();
    await ask();
    await ask();
    expect(state.rendered).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, wait));
    await ask();
    expect(state.rendered).toBe(2);
  });

  it("lets a copy go after its seconds", async () => {
    const state = await listen(fakeNext(page("t"), { seconds: 0.05 }));
    await (await fetch(`${origin}/positions/1`)).text();
    await (await fetch(`${origin}/positions/1`)).text();
    expect(state.rendered).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 120));
    await (await fetch(`${origin}/positions/1`)).text();
    expect(state.rendered).toBe(2);
  });
});

it("reads a copy's language through its encoding", () => {
  const html = Buffer.from('<!DOCTYPE html><html lang="en" class="h-full"><head>');
  expect(inRenderOfKey("/cached/en/positions/1\nhost", html, undefined)).toBe(true);
  expect(inRenderOfKey("/cached/zh/positions/1\nhost", html, undefined)).toBe(false);
  expect(inRenderOfKey("/cached/en/positions/1\nhost", gzipSync(html), "gzip")).toBe(true);
  expect(inRenderOfKey("/cached/en/positions/1\nhost", html, "gzip"), "not what it says it is").toBe(false);
  expect(inRenderOfKey("/cached/en/positions/1\nhost", html, "zstd"), "an encoding it cannot read").toBe(false);
});

it("keeps a member's copy only when it was drawn for that role, and a visitor's only when drawn for nobody", () => {
  const forTalents = Buffer.from('<!DOCTYPE html><html lang="zh-CN" data-viewer="talent"><head>');
  const forVisitors = Buffer.from('<!DOCTYPE html><html lang="zh-CN"><head>');
  expect(inRenderOfKey("/cached/zh.talent/search\nhost", forTalents, undefined)).toBe(true);
  expect(inRenderOfKey("/cached/zh.employer/search\nhost", forTalents, undefined), "another role's header").toBe(false);
  expect(inRenderOfKey("/cached/zh/search\nhost", forTalents, undefined), "a member's header for visitors").toBe(false);
  expect(inRenderOfKey("/cached/zh.talent/search\nhost", forVisitors, undefined), "a visitor's header for members").toBe(false);
  expect(inRenderOfKey("/cached/zh.nobody/search\nhost", forTalents, undefined)).toBe(false);
});

it("Next renders a cached page again after PAGE_RENDER_SECONDS, the home page after HOME_RENDER_SECONDS (the literal revalidates)", () => {
  const layout = readFileSync(path.join(import.meta.dirname, "../../app/(cached)/cached/[locale]/layout.tsx"), "utf8");
  expect(layout).toMatch(new RegExp(`^export const revalidate = ${PAGE_RENDER_SECONDS};$`, "m"));
  const home = readFileSync(path.join(import.meta.dirname, "../../app/(cached)/cached/[locale]/page.tsx"), "utf8");
  expect(home).toMatch(new RegExp(`^export const revalidate = ${HOME_RENDER_SECONDS};$`, "m"));
  expect(HOME_RENDER_SECONDS).toBeLessThan(PAGE_RENDER_SECONDS);
});
