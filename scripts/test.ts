/**
 * npm test — type checking, lint, unit and integration tests (vitest) and the Playwright
 * journeys against a production build. On PGlite by default; on PostgreSQL when DATABASE_URL
 * is set (each suite then creates and drops databases of its own on that server).
 *
 *   npm test                      everything
 *   npm test -- --only e2e        one or more of: static, vitest, e2e (comma-separated)
 *   npm test -- e2e/home.spec.ts  extra arguments go to the runners of the chosen steps
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { findChromium, NO_BROWSER_ADVICE } from "../e2e/support/browser";
import { withDatabaseName } from "../tests/support/database-names";
import { buildIfNeeded, root } from "./build-if-needed";
import { checkedSourceHash } from "./source-hash";
import { freePort } from "./support/free-port";

type Step = "static" | "vitest" | "e2e";
const args = process.argv.slice(2);
const onlyIndex = args.indexOf("--only");
const only = onlyIndex >= 0 ? (args[onlyIndex + 1] ?? "").split(",") : ["static", "vitest", "e2e"];
const passThrough = args.filter((_, i) => i !== onlyIndex && i !== onlyIndex + 1);
const steps = only.filter((s): s is Step => ["static", "vitest", "e2e"].includes(s));
if (steps.length === 0) {
  console.error(`Unknown --only value: ${only.join(",")} (use static, vitest, e2e)`);
  process.exit(2);
}

const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const resultsDir = path.join(root, "test-results");
mkdirSync(resultsDir, { recursive: true });
const timings: { step: string; seconds: number; ok: boolean }[] = [];
const counts = { passed: 0, failed: 0, skipped: 0 };

function run(command: string, commandArgs: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function timed(step: string, fn: () => Promise<boolean>): Promise<boolean> {
  console.log(`\n━━ ${step} ━━`);
  const started = performance.now();
  let ok = false;
  try {
    ok = await fn();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  }
  timings.push({ step, seconds: (performance.now() - started) / 1000, ok });
  return ok;
}


/** The hash of the sources that last passed tsc and eslint here: the same sources need no second run (CI's two passes). */
const staticStamp = path.join(root, "node_modules", ".cache", "zhihui-static-checks");

async function staticChecks(): Promise<boolean> {
  const hash = checkedSourceHash(root);
  if (existsSync(staticStamp) && readFileSync(staticStamp, "utf8") === hash) {
    console.log("\n━━ typecheck and lint ━━\nThese exact sources already passed tsc and eslint here; not run again.");
    return true;
  }
  const typecheck = await timed("typecheck (tsc)", async () => (await run(bin("tsc"), ["--noEmit"])) === 0);
  if (!typecheck) return false;
  const lint = await timed("lint (eslint)", async () => (await run(bin("eslint"), ["--max-warnings", "0", "."])) === 0);
  if (lint && checkedSourceHash(root) === hash) {
    mkdirSync(path.dirname(staticStamp), { recursive: true });
    writeFileSync(staticStamp, hash);
  }
  return lint;
}

/**
 * VITEST_PROJECTS (comma-separated: unit, integration, instances) runs only those vitest projects:
 * CI's second pass runs the integration tests alone, the unit tests, which touch no database,
 * having run in its first. Unset: every project.
 */
const vitestProjects = (process.env.VITEST_PROJECTS ?? "").split(",").map((name) => name.trim()).filter(Boolean);

async function vitest(): Promise<boolean> {
  const report = path.join(resultsDir, "vitest.json");
  rmSync(report, { force: true });
  const label = vitestProjects.length ? `vitest, projects ${vitestProjects.join(", ")} (VITEST_PROJECTS)` : "unit and integration tests (vitest)";
  const projects = vitestProjects.flatMap((name) => ["--project", name]);
  const ok = await timed(label, async () =>
    (await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...projects, ...passThrough])) === 0,
  );
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
    counts.passed += json.numPassedTests;
    counts.failed += json.numFailedTests;
    counts.skipped += json.numPendingTests + json.numTodoTests;
  } else if (!ok) counts.failed += 1;
  return ok;
}

async function e2e(): Promise<boolean> {
  const browser = findChromium();
  if (!browser) {
    console.error(NO_BROWSER_ADVICE);
    counts.failed += 1;
    timings.push({ step: "end-to-end (no browser)", seconds: 0, ok: false });
    return false;
  }
  const built = await timed("production build (next build, if the sources changed)", async () => {
    buildIfNeeded();
    return true;
  });
  if (!built) return false;

  const port = await freePort();
  const env: Record<string, string> = { E2E_PORT: String(port) };
  let cleanup = async () => {};
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const name = `zq_e2e_${process.pid}_${Date.now().toString(36)}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    env.E2E_DATABASE_URL = withDatabaseName(adminUrl, name);
    cleanup = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    };
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), "zq-e2e-"));
    env.E2E_PGLITE_DIR = dir;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const report = path.join(resultsDir, "playwright.json");
  rmSync(report, { force: true });
  try {
    const part = process.env.E2E_PART ? `, part ${process.env.E2E_PART} of 2 (E2E_PART)` : "";
    return await timed(`end-to-end journeys (Playwright, ${browser.source} Chromium, ${adminUrl ? "PostgreSQL" : "PGlite"}${part})`, async () => {
      const code = await run(bin("playwright"), ["test", "--reporter=list,json", ...passThrough], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: report });
      if (existsSync(report)) {
        const stats = (JSON.parse(readFileSync(report, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }).stats;
        counts.passed += stats.expected;
        counts.failed += stats.unexpected + stats.flaky;
        counts.skipped += stats.skipped;
      } else if (code !== 0) counts.failed += 1;
      return code === 0;
    });
  } finally {
    await cleanup();
  }
}

let ok = true;
if (steps.includes("static")) ok = (await staticChecks()) && ok;
if (ok && steps.includes("vitest")) ok = (await vitest()) && ok;
if (ok && steps.includes("e2e")) ok = (await e2e()) && ok;

console.log("\n━━ summary ━━");
for (const t of timings) console.log(`${t.ok ? "✓" : "✗"} ${t.step.padEnd(72)} ${t.seconds.toFixed(1).padStart(7)} s`);
if (!process.env.DATABASE_URL) {
  if (steps.includes("vitest")) console.log("two-instance tests (tests/**/*.instances.test.ts): not run on PGlite, they need PostgreSQL (DATABASE_URL)");
  if (steps.includes("e2e")) console.log("PostgreSQL journeys (e2e/faults.spec.ts, e2e/instances.spec.ts, e2e/processes.spec.ts, e2e/long-threads.spec.ts): not run on PGlite, they need PostgreSQL (DATABASE_URL)");
}
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`);
process.exit(ok ? 0 : 1);
