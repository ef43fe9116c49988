import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root } from "./build-if-needed";

/**
 * Sessions are signed with AUTH_SECRET. A newcomer has none: make one once and keep it in the
 * git-ignored data folder, so sessions survive restarts. Several instances must be given the
 * same AUTH_SECRET explicitly.
 */
export function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log(`No AUTH_SECRET set: generated one in ${path.relative(root, file)}.`);
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}
