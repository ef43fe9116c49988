/**
 * The production server: Next's own request handler (what `next start` runs) behind the front
 * cache (lib/cache/front-cache.ts), which answers visitors' public pages already made from
 * memory. `npm start` runs it (scripts/start.ts) once the database is prepared; so do the tests'
 * and benches' servers (scripts/support/app-server.ts).
 *
 *   tsx scripts/serve.ts [--port 3000] [--hostname 127.0.0.1]
 *
 * Without --hostname it listens on every interface, as `next start` does. With WEB_CONCURRENCY
 * above 1 (PostgreSQL only) it runs that many server processes on the one port (node:cluster):
 * Next renders on one thread, so one process uses one core; the purges made in one process are
 * relayed to the others (lib/cache/purge-relay.ts), and a process that dies is started again.
 * On PostgreSQL each process also tells the other instances of its purges, and hears theirs
 * (lib/cache/instance-relay.ts, LISTEN/NOTIFY).
 */
import cluster, { type Worker } from "node:cluster";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { FrontCache, frontKeyOf, installFrontCache } from "../lib/cache/front-cache";
import { instanceId, listenForPurges } from "../lib/cache/instance-relay";
import { isPurgeMessage, nextTagsManifest, PurgeRelay } from "../lib/cache/purge-relay";
import { env } from "../lib/env";
import { isDatabaseDown } from "../lib/health/availability";
import { root } from "./build-if-needed";
import { nextHostname } from "./support/next-hostname";

Object.assign(process.env, { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });
const port = values.port ? Number(values.port) : env().PORT;
const hostname = values.hostname;
const address = `http://${hostname ?? "localhost"}:${port}`;

let processes = env().WEB_CONCURRENCY;
if (processes > 1 && !env().DATABASE_URL) {
  console.log("WEB_CONCURRENCY is ignored with the embedded PGlite database: one process holds it.");
  processes = 1;
}

if (processes > 1 && cluster.isPrimary) runPrimary(processes);
else await runServer();

/** The cluster's primary: starts the server processes, relays their purges, stops them together. */
function runPrimary(count: number): void {
  // Its processes are one instance: they share its id, and skip each other's notifications.
  const instance = instanceId();
  let closing = false;
  let ready = 0;
  const started = new Set<Worker>();
  const running = () => Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
  const stopAll = (signal: NodeJS.Signals, code: number) => {
    if (closing) return;
    closing = true;
    const workers = running();
    let left = workers.length;
    if (left === 0) process.exit(code);
    for (const worker of workers) {
      worker.once("exit", () => {
        if (--left === 0) process.exit(code);
      });
      worker.process.kill(signal);
    }
    setTimeout(() => process.exit(code), 12_000).unref();
  };
  const fork = () => {
    const worker = cluster.fork({ INSTANCE_ID: instance });
    worker.on("message", (message: unknown) => {
      if (isPurgeMessage(message)) {
        for (const other of running()) if (other !== worker && other.isConnected()) other.send(message);
      } else if ((message as { kind?: string } | null)?.kind === "zhihui-ready") {
        started.add(worker);
        if (++ready === count) console.log(`Ready on ${address} (${count} processes)`);
      }
    });
    worker.on("exit", (code, signal) => {
      // Stopped as the whole server stops (a terminal's Ctrl+C or a supervisor's SIGTERM reach
      // every process of the group): the primary has the same signal and stops the rest.
      if (closing || code === 130 || code === 143 || signal === "SIGINT" || signal === "SIGTERM") return;
      if (!started.has(worker)) {
        // It never served (its port taken, the build missing…): starting it again would fail again.
        console.error(`A server process failed to start (${signal ?? code}); stopping.`);
        stopAll("SIGTERM", 1);
        return;
      }
      console.error(`A server process stopped (${signal ?? code}); starting another.`);
      fork();
    });
  };
  for (let i = 0; i < count; i += 1) fork();
  process.on("SIGINT", () => stopAll("SIGINT", 130));
  process.on("SIGTERM", () => stopAll("SIGTERM", 143));
}

/** One server process: Next behind the front cache. */
async function runServer(): Promise<void> {
  // Imported once NODE_ENV is set: Next reads it as it loads.
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, port, hostname: nextHostname(hostname) });
  const handle = app.getRequestHandler();
  await app.prepare();

  const front = new FrontCache({ maxBytes: env().FRONT_CACHE_MB * 1024 * 1024 });
  // Purges leave this process for its siblings (through the cluster's primary) and, on
  // PostgreSQL, for the other instances (NOTIFY); theirs arrive the same ways.
  const siblings = cluster.isWorker;
  const database = env().DATABASE_URL;
  let relay: PurgeRelay | undefined;
  const instances = database ? listenForPurges(database, (message) => relay?.receive(message)) : undefined;
  if (siblings || instances) {
    relay = new PurgeRelay(nextTagsManifest(), front, (message) => {
      if (siblings) process.send?.(message);
      instances?.notify(message);
    });
  }
  if (siblings) {
    process.on("message", (message: unknown) => {
      if (isPurgeMessage(message)) relay?.receive(message);
    });
  }
  installFrontCache(front, relay);

  const server = createServer(async (request, response) => {
    // (frontKeyOf does not throw; should it ever, Next answers.)
    const key = isDatabaseDown() ? null : await frontKeyOf(request).catch(() => null);
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
  server.listen(port, hostname, () => {
    if (cluster.isWorker) process.send?.({ kind: "zhihui-ready" });
    else console.log(`Ready on ${address}`);
  });

  // As `next start` does: stop taking connections, let the open requests finish, close Next
  // (the database and PGlite's lock with it), then exit.
  let closing = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      const code = signal === "SIGINT" ? 130 : 143;
      server.close(() => void Promise.allSettled([app.close(), instances?.close()]).finally(() => process.exit(code)));
      server.closeIdleConnections();
      // A client that keeps its connection busy does not hold the stop up for long.
      setTimeout(() => process.exit(code), 10_000).unref();
    });
  }
}
