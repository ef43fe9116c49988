/**
 * npm start — builds if the sources changed, migrates, seeds the demo campaign into an empty
 * database, then serves the production app on PORT (default 3000).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { env } from "../lib/env";
import { buildIfNeeded, root } from "./build-if-needed";
import { ensureAuthSecret } from "./auth-secret";
import { prepareDatabase } from "./prepare-database";

buildIfNeeded();
await prepareDatabase();
ensureAuthSecret();

const { PORT } = env();
const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "--port", String(PORT)], {
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
