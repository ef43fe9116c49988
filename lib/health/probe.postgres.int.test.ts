import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "../../db/index";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { env } from "../env";
import { getDatabaseHealth, probeDatabase } from "./queries";

// The availability watch runs on PostgreSQL only (instrumentation.ts): PGlite is in the process.
// vitest.config.ts runs *.postgres.int.test.ts only when DATABASE_URL is set.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

describe("the availability probe (PostgreSQL)", () => {
  it("answers while every connection of the app's pool is busy, and health says busy, not unreachable", async () => {
    expect(t.target.kind).toBe("postgres");
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

