import { defineConfig, devices } from "@playwright/test";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CHROMIUM_ARGS, findChromium } from "./e2e/support/browser";
import { parsePart, POSTGRES_ONLY, specsOutside } from "./e2e/support/parts";

// scripts/test.ts picks the port and the database once and passes them here (this file is
// evaluated again in every worker, so it must not choose anything itself).
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const browser = findChromium();

const serverEnv: Record<string, string> = {
  PORT: String(port),
  NEXT_TELEMETRY_DISABLED: "1",
  SEED_DEMO: "true",
};
if (process.env.E2E_DATABASE_URL) serverEnv.DATABASE_URL = process.env.E2E_DATABASE_URL;
else serverEnv.PGLITE_DIR = process.env.E2E_PGLITE_DIR ?? ".data/e2e-pglite";

// CI's passes each run a part of the journeys (e2e/support/parts.ts); unset, all of them.
const otherPart = specsOutside(readdirSync(fileURLToPath(new URL("./e2e", import.meta.url))), parsePart(process.env.E2E_PART)).map((file) => `**/${file}`);

const browserUse = { ...devices["Desktop Chrome"], channel: undefined, locale: "zh-CN", timezoneId: "Asia/Shanghai" };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Journeys of several pages on two busy cores: a minute each, three for those marked slow.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: browser?.path, args: CHROMIUM_ARGS },
  },
  projects: [
    // The article's figures are read off the untouched demo seed first; the journeys that add
    // employers and positions run after them.
    { name: "demo-figures", testMatch: /(home|stats-figures)\.spec\.ts/, testIgnore: otherPart, use: browserUse },
    { name: "journeys", testIgnore: [/(home|stats-figures)\.spec\.ts/, POSTGRES_ONLY, ...otherPart], dependencies: ["demo-figures"], use: browserUse },
    // Tests that start servers of their own (a PostgreSQL stopped under the app; two app
    // instances on one PostgreSQL database): they run when the tests run against PostgreSQL
    // (CI's first pass), not on embedded PGlite, which cannot go down apart from the app and
    // is one process's own database. scripts/test.ts prints which mode it runs.
    ...(process.env.E2E_DATABASE_URL ? [{ name: "postgres", testMatch: POSTGRES_ONLY, use: browserUse }] : []),
  ],
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: serverEnv,
  },
});
