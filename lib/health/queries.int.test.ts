import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, setProcessDatabase } from "../../db/index";
import { migrationsFolder } from "../../db/migrate";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { sql } from "drizzle-orm";
import { execute } from "../../db/index";
import { env } from "../env";
import { getDatabaseHealth, probeDatabase } from "./queries";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

describe("getDatabaseHealth", () => {
  it("reports a migrated database as healthy, with every committed migration applied", async () => {
    const health = await getDatabaseHealth();
    const committed = readdirSync(path.resolve(migrationsFolder)).filter((f) => f.endsWith(".sql")).length;
    expect(health).toMatchObject({ ok: true, driver: t.target.kind, migrations: committed });
    expect(health.problem).toBeUndefined();
  });

  it("reports an unreachable database without its driver's words", async () => {
    const down = await openDatabase({ kind: "postgres", url: "postgres://postgres@127.0.0.1:1/nowhere" });
    setProcessDatabase(down);
    try {
      const health = await getDatabaseHealth();
      expect(health.ok).toBe(false);
      expect(health.problem).toBe("unreachable");
      expect(JSON.stringify(health)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    } finally {
      await down.close();
      setProcessDatabase(t);
    }
  });
});

// The availability watch runs on PostgreSQL only (instrumentation.ts): PGlite is in the process.
describe.runIf(Boolean(env().DATABASE_URL))("the availability probe (PostgreSQL)", () => {
  it("answers while every connection of the app's pool is busy, and health says busy, not unreachable", async () => {
    const pool = env().DATABASE_POOL_MAX;
    // Every connection of the pool held by a 4-second query.
    const hold = Promise.all(Array.from({ length: pool }, () => execute(t.db, sql`select pg_sleep(4)`)));
    await new Promise((r) => setTimeout(r, 300));
    const started = performance.now();
    await probeDatabase();
    expect(performance.now() - started).toBeLessThan(1500);
    const health = await getDatabaseHealth();
    expect(health).toMatchObject({ ok: false, problem: "busy" });
    await hold;
    expect((await getDatabaseHealth()).ok).toBe(true);
  });
});

