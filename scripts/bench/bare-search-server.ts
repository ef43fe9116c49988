/**
 * The yardstick of `npm run bench:load`: a bare node:http server that answers GET
 * /api/v1/positions with the very search the app runs (lib/positions: parameters, query and
 * facets, on postgres.js through Drizzle), without Next. The difference is the framework's cost.
 *
 *   DATABASE_URL=… PORT=… tsx --conditions=react-server scripts/bench/bare-search-server.ts
 */
import { createServer } from "node:http";
import { findPositionFacets, findPositions } from "../../lib/positions/queries";
import { parseSearchStrict } from "../../lib/positions/search-params";

const port = Number(process.env.PORT ?? 3999);

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== "/api/v1/positions") {
      response.writeHead(404).end();
      return;
    }
    const parsed = parseSearchStrict(url.searchParams);
    if (!parsed.ok) {
      response.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: "invalid_parameters", details: parsed.errors }));
      return;
    }
    const withFacets = !parsed.search.cursor && parsed.search.facets !== "0";
    const [result, facets] = await Promise.all([findPositions(parsed.search), withFacets ? findPositionFacets(parsed.search) : Promise.resolve(null)]);
    response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify({ ...result, facets }));
  } catch (error) {
    console.error(error);
    response.writeHead(500).end();
  }
});

server.listen(port, "127.0.0.1", () => console.log(`bare search server on http://127.0.0.1:${port}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
