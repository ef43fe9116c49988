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
