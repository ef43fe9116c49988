import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { LRUCache } from "lru-cache";
import { hasSessionCookie } from "../auth/auth.config";
import { isUnreadableUrl } from "../http/plain-response";
import { sessionViewer } from "../auth/session-cookie";
import { chooseLocale, htmlLang, LOCALE_COOKIE } from "../i18n/config";
import { cachedPathFor, FRONT_PAGE_SECONDS, parseRenderSegment, type Purge, sharedApiPath, type Viewer } from "./cached-path";

/**
 * The front cache: visitors' public pages kept whole (status, headers, body as sent) in front of
 * Next, in the server's own process (scripts/serve.ts). Next's cache still makes the pages; this
 * only spares a page already made Next's request path, which costs a cached page about 2.5 ms of
 * a core here (routing, rewrites, headers, the proxy): one cached page asked for alone answered
 * 471 req/s through Next and 8,048 from here, the load generator on the same two cores. It takes exactly the requests proxy.ts would send to a cached copy
 * (cachedPathFor, the visitor's language weighed the same way), and nothing while the database
 * is away (proxy.ts answers those 503).
 *
 * A copy is kept FRONT_PAGE_SECONDS and is purged with Next's (lib/cache/public-pages.ts calls
 * purgeFrontCache beside revalidatePath): an action on this instance shows at once, one on
 * another instance as soon as its notification arrives (lib/cache/instance-relay.ts; should it
 * be missed, within PUBLIC_PAGE_SECONDS). Only Next's fresh answers are kept (HIT or MISS,
 * never STALE), and only when no purge fell while they were being made.
 *
 * It also keeps the public API's search and position answers (sharedApiPath), which Next's cache
 * does not hold: public JSON, the same for everyone, which the routes mark shareable for a few
 * seconds (`s-maxage`, at most FRONT_PAGE_SECONDS here). They are purged with the pages that show
 * the same postings (positionsApiPurge), so a change made on this instance shows in them at once.
 */

/** A request the front cache may answer: the parts of a Node request it reads. */
export type FrontRequest = Pick<IncomingMessage, "method" | "url" | "headers">;

/** Requests Next answers differently from a visitor's plain page (router data, actions, bodies). */
const PASSED_ON_HEADERS = ["authorization", "content-type", "next-action", "rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "if-modified-since", "range"];
/** The request headers the answer may depend on besides the path and the language: they name the copy. */
const KEY_HEADERS = ["host", "x-forwarded-host", "x-forwarded-proto", "accept-encoding"];

const header = (headers: IncomingHttpHeaders, name: string): string => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
};

/** The cookies as Next reads them: the first of a name wins, values percent-decoded (quotes kept). */
function cookiesOf(headers: IncomingHttpHeaders): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header(headers, "cookie").split(";")) {
    const at = part.indexOf("=");
    const name = part.slice(0, at).trim();
    if (at <= 0 || cookies.has(name)) continue;
    const raw = part.slice(at + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(raw));
    } catch {
      cookies.set(name, raw);
    }
  }
  return cookies;
}

/**
 * The name of the copy that answers this request, or null when Next must: what proxy.ts would
 * rewrite to (cachedPathFor in the visitor's language), or a public API address and its query as
 * sent, plus the request headers the answer varies with (the host, the scheme a proxy in front
 * forwarded, the encodings accepted). Its first line is the copy's path, which purges match.
 */
export function frontKey(request: FrontRequest, viewer?: Viewer | null): string | null {
  return keyOf(request, cookiesOf(request.headers), viewer);
}

function keyOf(request: FrontRequest, cookies: Map<string, string>, viewer?: Viewer | null): string | null {
  const method = request.method ?? "GET";
  const url = request.url ?? "";
  if ((method !== "GET" && method !== "HEAD") || !url.startsWith("/")) return null;
  if (PASSED_ON_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  // A request that asks past the caches (`no-cache`: a browser's hard reload, a client that must
  // see the database) is Next's to answer. A plain reload's `max-age=0` is not: as CDNs do, the
  // front cache answers it (its copies are purged on every change made on this instance).
  if (/no-cache/i.test(header(request.headers, "cache-control")) || /no-cache/i.test(header(request.headers, "pragma"))) return null;
  const at = url.indexOf("?");
  const [pathname, query] = at < 0 ? [url, ""] : [url.slice(0, at), url.slice(at)];
  if (isUnreadableUrl(pathname, query)) return null;
  const search = new URLSearchParams(query);
  if (search.has("_rsc")) return null;
  const member = hasSessionCookie([...cookies.keys()]);
  // A signed-in user's request: a member's copy of a public page, for the role their session
  // names (frontKeyOf reads it), or Next's to answer.
  if (member && !viewer) return null;
  const varies = KEY_HEADERS.map((name) => header(request.headers, name));
  const api = member ? null : sharedApiPath(method, pathname, query);
  if (api) return [api, query, ...varies].join("\n");
  const locale = chooseLocale(cookies.get(LOCALE_COOKIE), header(request.headers, "accept-language"));
  const cached = cachedPathFor(method, pathname, search, locale, (member && viewer) || undefined);
  return cached && [cached, ...varies].join("\n");
}

/**
 * frontKey for a request as the server receives it: a signed-in user's role is read from their
 * session cookie first (lib/auth/session-cookie.ts, as proxy.ts reads it to choose the same copy).
 */
export async function frontKeyOf(request: FrontRequest): Promise<string | null> {
  const cookies = cookiesOf(request.headers);
  // Only a page asked for with a session cookie needs its role read (a form posted does not).
  const member = hasSessionCookie([...cookies.keys()]) && (request.method === "GET" || request.method === "HEAD");
  return keyOf(request, cookies, member ? await sessionViewer(cookies) : undefined);
}

/**
 * The seconds a shared cache may keep an answer of the public API, by its Cache-Control
 * (`public` and `s-maxage`, nothing that forbids it); 0 when it may not be kept.
 */
export function sharedSeconds(cacheControl: unknown): number {
  const directives = String(cacheControl ?? "").toLowerCase().split(",").map((d) => d.trim());
  if (!directives.includes("public") || directives.some((d) => d === "private" || d === "no-store" || d === "no-cache")) return 0;
  const seconds = directives.map((d) => /^s-maxage=(\d+)$/.exec(d)?.[1]).find((value) => value !== undefined);
  return Number(seconds ?? 0);
}

/** The cached copy's path a key names (its first line). */
const pathOfKey = (key: string) => key.slice(0, key.indexOf("\n"));
/** Whether a key names a public API answer rather than a page. */
const isApiKey = (key: string) => key.startsWith("/api/");

const DECODERS: Record<string, (body: Buffer) => Buffer> = { gzip: gunzipSync, "x-gzip": gunzipSync, br: brotliDecompressSync, deflate: inflateSync };

/**
 * Whether a page Next sent is the copy its name says (/cached/{locale}[.{role}]/…): in that
 * language, and drawn for that role or for visitors (<html data-viewer>, components/layout/
 * site-document.tsx). Next chose the language from the same cookie and header, and the copy
 * from the same session cookie, by its own reading; should the two ever read a request
 * differently, the page is not kept, rather than shown to the other language's visitors or
 * another role's members. Read once per copy made, not per answer.
 */
export function inRenderOfKey(key: string, body: Buffer, contentEncoding: unknown): boolean {
  const segment = parseRenderSegment(pathOfKey(key).split("/")[2] ?? "");
  if (!segment) return false;
  const decode = contentEncoding ? DECODERS[String(contentEncoding).trim().toLowerCase()] : (b: Buffer) => b;
  if (!decode) return false;
  try {
    const html = /<html\s[^>]*>/.exec(decode(body).subarray(0, 4096).toString("utf8"))?.[0] ?? "";
    const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(html)?.[1];
    return attribute("lang") === htmlLang(segment.locale) && attribute("data-viewer") === segment.viewer;
  } catch {
    return false;
  }
}

/**
 * What a purge (a revalidatePath call) covers among the copies' paths: a literal path itself; a
 * route's page, its dynamic segments filled with anything; a route's layout, everything below.
 */
export function purgeMatcher([path, type]: Purge): (cachedPath: string) => boolean {
  if (!type) return (cachedPath) => cachedPath === path;
  const pattern = path
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .map((segment) => {
      if (/^\[\[\.\.\.\w+\]\]$/.test(segment)) return "(?:/.+)?";
      if (/^\[\.\.\.\w+\]$/.test(segment)) return "/.+";
      if (/^\[\w+\]$/.test(segment)) return "/[^/]+";
      return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
    })
    .join("");
  const re = new RegExp(type === "layout" ? `^${pattern}(?:/.*)?$` : `^${pattern || "/"}$`);
  return (cachedPath) => re.test(cachedPath);
}

interface FrontCopy {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  storedAt: number;
}

/** Headers of the connection, not of the page: never replayed. */
const CONNECTION_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);
/** A page larger than this is not kept (the demo's largest, uncompressed, is about 300 kB). */
const MAX_COPY_BYTES = 2 * 1024 * 1024;

type Write = ServerResponse["write"];
type End = ServerResponse["end"];

export class FrontCache {
  private readonly copies: LRUCache<string, FrontCopy>;
  /** Counts purges: a copy made while one fell may show what it purged, and is not kept. */
  private generation = 0;
  /** The longest a copy is kept. */
  private readonly seconds: number;

  constructor({ maxBytes, seconds = FRONT_PAGE_SECONDS }: { maxBytes: number; seconds?: number }) {
    this.copies = new LRUCache({ maxSize: maxBytes, sizeCalculation: (copy, key) => copy.body.length + key.length + 1024, ttl: seconds * 1000 });
    this.seconds = seconds;
  }

  get size(): number {
    return this.copies.size;
  }

  /** Answers the request from its copy; false when there is none (Next must answer). */
  serve(key: string, request: FrontRequest, response: ServerResponse): boolean {
    const copy = this.copies.get(key);
    if (!copy) return false;
    const headers: OutgoingHttpHeaders = { ...copy.headers, age: String(Math.floor((Date.now() - copy.storedAt) / 1000)), "x-nextjs-cache": "HIT" };
    const etag = copy.headers.etag;
    const conditional = header(request.headers, "if-none-match");
    if (typeof etag === "string" && conditional && conditional.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag.replace(/^W\//, ""))) {
      delete headers["content-type"];
      delete headers["content-encoding"];
      response.writeHead(304, headers).end();
      return true;
    }
    response.writeHead(copy.status, { ...headers, "content-length": copy.body.length });
    response.end(request.method === "HEAD" ? undefined : copy.body);
    return true;
  }

  /**
   * Keeps what Next sends on this response under `key`, once it is sent, if it may be kept: a
   * 200 that sets no cookie, whole, with no purge in between; a page from Next's cache (fresh:
   * HIT or MISS), not private, in the language the key names; an API answer that says a shared
   * cache may keep it (sharedSeconds), for at most that long.
   */
  capture(key: string, response: ServerResponse): void {
    const generation = this.generation;
    const chunks: Buffer[] = [];
    let bytes = 0;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (bytes > MAX_COPY_BYTES || chunk == null || typeof chunk === "function") return;
      const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
      bytes += buffer.length;
      chunks.push(buffer);
    };
    const write = response.write;
    const end = response.end;
    response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      keep(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as Write;
    response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      keep(chunk, rest[0]);
      return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    } as End;
    response.once("finish", () => {
      if (generation !== this.generation || bytes > MAX_COPY_BYTES || response.statusCode !== 200) return;
      const sent = response.getHeaders();
      if (sent["set-cookie"] !== undefined) return;
      const body = Buffer.concat(chunks);
      let seconds = this.seconds;
      if (isApiKey(key)) {
        seconds = Math.min(seconds, sharedSeconds(sent["cache-control"]));
        if (seconds <= 0) return;
      } else {
        const fromCache = sent["x-nextjs-cache"];
        if ((fromCache !== "HIT" && fromCache !== "MISS") || /private|no-store/.test(String(sent["cache-control"] ?? ""))) return;
        if (!inRenderOfKey(key, body, sent["content-encoding"])) return;
      }
      const headers = Object.fromEntries(Object.entries(sent).filter(([name]) => !CONNECTION_HEADERS.has(name)));
      this.copies.set(key, { status: 200, headers, body, storedAt: Date.now() }, { ttl: seconds * 1000 });
    });
  }

  /** Drops the copies these purges cover (lib/cache/public-pages.ts, beside revalidatePath). */
  purge(purges: readonly Purge[]): void {
    this.generation += 1;
    const matchers = purges.map(purgeMatcher);
    for (const key of [...this.copies.keys()]) {
      const path = pathOfKey(key);
      if (matchers.some((covers) => covers(path))) this.copies.delete(key);
    }
  }
}

// The server (scripts/serve.ts) and the app's bundles share one process but not one module
// graph: the cache is found through globalThis, as the database's availability is.
const holder = globalThis as unknown as { __zhihuiFrontCache?: FrontCache; __zhihuiPurgeRelay?: { frontPurged(purges: readonly Purge[]): void } };

/** The front cache of this process, and the relay to its sibling processes when it has some (lib/cache/purge-relay.ts). */
export function installFrontCache(cache: FrontCache, relay?: { frontPurged(purges: readonly Purge[]): void }): void {
  holder.__zhihuiFrontCache = cache;
  holder.__zhihuiPurgeRelay = relay;
}

/** Purges the front cache of this process, if it has one (`next start` alone has none), and of its siblings. */
export function purgeFrontCache(purges: readonly Purge[]): void {
  holder.__zhihuiFrontCache?.purge(purges);
  holder.__zhihuiPurgeRelay?.frontPurged(purges);
}
