import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sourceHash } from "./source-hash";

export const root = path.resolve(import.meta.dirname, "..");
const distDir = path.join(root, ".next");
const stampFile = path.join(distDir, "zhihui-source-hash");

/** Runs `next build` unless .next holds a build of exactly the current sources. */
export function buildIfNeeded({ force = false }: { force?: boolean } = {}): void {
  const hash = sourceHash(root);
  const built = existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash;
  if (built && !force) {
    console.log("Production build is up to date.");
    return;
  }
  console.log("Building the app (next build)…");
  const started = performance.now();
  const result = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (result.status !== 0) {
    throw new Error(`next build failed (exit ${result.status ?? result.signal}).`);
  }
  // next build may touch its own inputs (tsconfig.json), so the stamp is what the build left.
  writeFileSync(stampFile, sourceHash(root));
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

if (import.meta.filename === process.argv[1]) buildIfNeeded({ force: process.argv.includes("--force") });
