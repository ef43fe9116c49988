import { firstAnswer } from "./plain-response";

/** JSON answers of the public API: errors name what was wrong; nothing internal leaks. */
export function apiError(status: number, error: string, details?: { parameter: string; message: string }[]): Response {
  return Response.json({ error, ...(details ? { details } : {}) }, { status, headers: { "cache-control": "no-store" } });
}

export function apiJson(body: unknown, { maxAge = 0 }: { maxAge?: number } = {}): Response {
  return Response.json(body, {
    headers: {
      "cache-control": maxAge > 0 ? `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 2}` : "no-store",
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
