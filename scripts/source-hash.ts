import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** What a production build is made from: a change to any of these needs a new `next build`. */
const SOURCE_DIRS = ["app", "components", "lib", "db", "messages", "public"];
const SOURCE_FILES = [
  "package-lock.json",
  "next.config.js",
  "tsconfig.json",
  "postcss.config.mjs",
  "proxy.ts",
  "instrumentation.ts",
];
const SKIP = /(^|\/)(node_modules|\.next|\.data)(\/|$)|\.test\.tsx?$/;

function walk(dir: string, out: string[], skip: RegExp): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip.test(full)) continue;
    if (entry.isDirectory()) walk(full, out, skip);
    else if (entry.isFile()) out.push(full);
  }
}

/** What tsc and eslint read: the build's inputs, the tests, the scripts and every root config. */
const CHECKED_DIRS = [...SOURCE_DIRS, "scripts", "tests", "e2e", "types"];
const ROOT_CONFIG = /\.(ts|js|mjs|cjs|json)$/;

/** A hash of the build's inputs, by content (not mtime, which a fresh clone resets). */
export function sourceHash(root: string): string {
  return hashFiles(root, SOURCE_DIRS, SOURCE_FILES, SKIP);
}

/** A hash of everything the static checks (tsc, eslint) read, tests included. */
export function checkedSourceHash(root: string): string {
  // next-env.d.ts is written by `next build` (boilerplate, not a source): leaving it out keeps the
  // stamp valid across a build between two runs (CI's two passes).
  const rootFiles = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isFile() && ROOT_CONFIG.test(e.name) && e.name !== "next-env.d.ts")
    .map((e) => e.name);
  return hashFiles(root, CHECKED_DIRS, rootFiles, /(^|\/)(node_modules|\.next|\.data|screenshots)(\/|$)/);
}

function hashFiles(root: string, dirs: string[], rootFiles: string[], skip: RegExp): string {
  const files: string[] = [];
  for (const dir of dirs) if (existsSync(path.join(root, dir))) walk(path.join(root, dir), files, skip);
  for (const file of rootFiles) if (existsSync(path.join(root, file)) && statSync(path.join(root, file)).isFile()) files.push(path.join(root, file));
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    hash.update(path.relative(root, file));
    hash.update("\0");
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex");
}
