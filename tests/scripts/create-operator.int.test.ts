import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { inject } from "vitest";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/index";
import { users } from "../../db/schema";
import { verifyPassword } from "../../lib/accounts/password";
import { testDatabaseName, withDatabaseName } from "../support/database-names";
import postgres from "postgres";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

/** Runs the real command against a database of the test's own (a new folder, or a new PostgreSQL database). */
async function withOwnDatabase(fn: (env: Record<string, string>) => Promise<void>) {
  const templates = inject("databaseTemplates");
  if (templates.kind === "postgres" && templates.adminUrl) {
    const name = testDatabaseName(templates.runId, `op_${process.pid}`);
    const admin = postgres(templates.adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}" template "${templates.migrated}"`);
    try {
      await fn({ DATABASE_URL: withDatabaseName(templates.adminUrl, name) });
    } finally {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "zq-op-"));
  try {
    await fn({ PGLITE_DIR: dir, DATABASE_URL: "" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function command(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout } = await run(path.join(root, "node_modules/.bin/tsx"), ["scripts/create-operator.ts", ...args], { cwd: root, env: { ...process.env, ...env } });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: `${e.stdout}${e.stderr}` };
  }
}

describe("npm run user:create-operator", () => {
  it("creates an operator with a generated password, once, and refuses bad input", async () => {
    await withOwnDatabase(async (env) => {
      const created = await command(env, "--email", "Ops@Example.org", "--name", "王敏");
      expect(created.code).toBe(0);
      const password = created.out.match(/Password \(shown once\): (\S+)/)?.[1];
      expect(password).toBeTruthy();
      expect((await command(env, "--email", "ops@example.org")).code).toBe(1);
      expect((await command(env, "--email", "not-an-email")).code).toBe(2);
      expect((await command(env, "--email", "b@example.org", "--password", "short")).code).toBe(2);
      const handle = await openDatabase(env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir: env.PGLITE_DIR! });
      try {
        const rows = await handle.db.select().from(users);
        expect(rows.map((u) => [u.email, u.role, u.name])).toEqual([["ops@example.org", "operator", "王敏"]]);
        expect(await verifyPassword(password!, rows[0]!.passwordHash)).toBe(true);
      } finally {
        await handle.close();
      }
    });
  }, 120_000);
});
