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
