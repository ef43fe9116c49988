/**
 * npm start — builds if the sources changed, migrates, seeds the demo campaign into an empty
 * database, then serves the production app on PORT (default 3000): scripts/serve.ts, Next's own
 * request handler behind the front cache of visitors' public pages.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { env } from "../lib/env";
import { buildIfNeeded, root } from "./build-if-needed";
import { ensureAuthSecret } from "./auth-secret";
import { isConnectionError } from "../lib/health/availability";
import { prepareDatabase } from "./prepare-database";

buildIfNeeded();
ensureAuthSecret();
// A PostgreSQL that is down at start does not keep the app from starting: it serves a clear 503
// (proxy.ts) and migrates and seeds here as soon as the server answers.
const RETRY_SECONDS = 5;
const prepared = async (): Promise<boolean> => {
  try {
    await prepareDatabase();
    return true;
  } catch (error) {
    if (!isConnectionError(error)) throw error;
    console.error(`Database unreachable; serving 503 and trying again every ${RETRY_SECONDS} s.`);
    return false;
  }
};
const ready = await prepared();

const { PORT } = env();
const server = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/serve.ts", "--port", String(PORT)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
});
console.log(`Serving on http://localhost:${PORT}`);

// Pass stop signals on, so the server closes its database (and PGlite's lock) cleanly.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

if (!ready) {
  const retry = () =>
    setTimeout(() => {
      prepared().then(
        (done) => done || retry(),
        (error: unknown) => {
          console.error("Preparing the database failed:", error);
          server.kill("SIGTERM");
        },
      );
    }, RETRY_SECONDS * 1000);
  retry();
}
