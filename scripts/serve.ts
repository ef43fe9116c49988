/**
 * The production server: Next's own request handler (what `next start` runs) behind the front
 * cache (lib/cache/front-cache.ts), which answers visitors' public pages already made from
 * memory. `npm start` runs it (scripts/start.ts) once the database is prepared; so do the tests'
 * and benches' servers (scripts/support/app-server.ts).
 *
 *   tsx scripts/serve.ts [--port 3000] [--hostname 127.0.0.1]
 *
 * Without --hostname it listens on every interface, as `next start` does.
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { FrontCache, frontKey, installFrontCache } from "../lib/cache/front-cache";
import { env } from "../lib/env";
import { isDatabaseDown } from "../lib/health/availability";
import { root } from "./build-if-needed";

Object.assign(process.env, { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });
const port = values.port ? Number(values.port) : env().PORT;
const hostname = values.hostname;

// Imported once NODE_ENV is set: Next reads it as it loads.
const { default: next } = await import("next");
const app = next({ dev: false, dir: root, port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const front = new FrontCache({ maxBytes: env().FRONT_CACHE_MB * 1024 * 1024 });
installFrontCache(front);

const server = createServer((request, response) => {
  const key = isDatabaseDown() ? null : frontKey(request);
  if (key && front.serve(key, request, response)) return;
  if (key && request.method === "GET") front.capture(key, response);
  handle(request, response).catch((error: unknown) => {
    console.error("Request failed:", error);
    if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    response.end();
  });
});
server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(error.code === "EADDRINUSE" ? `Port ${port} is in use: stop what holds it, or set PORT.` : `The server failed: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => console.log(`Ready on http://${hostname ?? "localhost"}:${port}`));

// As `next start` does: stop taking connections, let the open requests finish, close Next
// (the database and PGlite's lock with it), then exit.
let closing = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    const code = signal === "SIGINT" ? 130 : 143;
    server.close(() => void app.close().finally(() => process.exit(code)));
    server.closeIdleConnections();
    // A client that keeps its connection busy does not hold the stop up for long.
    setTimeout(() => process.exit(code), 10_000).unref();
  });
}
