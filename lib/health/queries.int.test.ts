import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, setProcessDatabase } from "../../db/index";
import { migrationsFolder } from "../../db/migrate";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { getDatabaseHealth } from "./queries";

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
