import { firstAnswer } from "./plain-response";

/** JSON answers of the public API: errors name what was wrong; nothing internal leaks. */
export function apiError(status: number, error: string, details?: { parameter: string; message: string }[]): Response {
  return Response.json({ error, ...(details ? { details } : {}) }, { status, headers: { "cache-control": "no-store" } });
}

/**
 * A JSON answer of the public API. `maxAge`: browsers and shared caches may keep it that long
 * (figures, the API's description). `shared`: public data that changes with the postings; a
 * shared cache may keep it that many seconds (the front cache does, and purges it on a change,
 * lib/cache/public-pages.ts), browsers ask again each time.
 */
export function apiJson(body: unknown, { maxAge = 0, shared = 0 }: { maxAge?: number; shared?: number } = {}): Response {
  const cacheControl = maxAge > 0 ? `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 2}` : shared > 0 ? `public, max-age=0, s-maxage=${shared}` : "no-store";
  return Response.json(body, {
    headers: {
      "cache-control": cacheControl,
      "access-control-allow-origin": "*",
    },
  });
}

/** A zod error of query parameters as the API's `details`: each parameter named, unknown ones too. */
export function parameterErrors(error: { issues: readonly { code: string; path: readonly PropertyKey[]; message: string; keys?: readonly string[] }[] }): { parameter: string; message: string }[] {
  return error.issues.map((i) =>
    i.code === "unrecognized_keys" ? { parameter: (i.keys ?? []).join(","), message: "unknown parameter" } : { parameter: String(i.path[0]), message: i.message },
  );
}

/**
 * The public API's fixed addresses (/api/v1/positions, /announcements, /stats, /openapi.json)
 * skip proxy.ts (its matcher): running it cost the search API about a third of its throughput
 * (bench:load: 241–245 against 338–377 req/s without it). Their routes give the proxy's first
 * answers themselves (firstAnswer: 400 for an unreadable URL, 503 while the database is away);
 * nothing else of the proxy concerns them. Routes with an id still pass the proxy too.
 */
export function publicApiRoute<A extends unknown[]>(handler: (request: Request, ...rest: A) => Response | Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    const url = new URL(request.url);
    return firstAnswer(url, { pathname: url.pathname }) ?? handler(request, ...rest);
  };
}
