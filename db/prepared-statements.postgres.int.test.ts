import { eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../tests/support/test-database";
import { execute, PREPARED_STATEMENTS_MAX, preparing, schema } from "./index";

// Named statements are postgres.js's, on PostgreSQL; PGlite runs in-process, without round trips.
// vitest.config.ts runs *.postgres.int.test.ts only when DATABASE_URL is set.
let t: TestDatabase;
let client: postgres.Sql;
beforeAll(async () => {
  t = await createTestDatabase();
  if (t.target.kind !== "postgres") throw new Error("PostgreSQL only");
  // One connection, so that its prepared statements can be read back on it.
  client = postgres(t.target.url, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await client?.end({ timeout: 5 });
  await t?.destroy();
});

/** The statements the one connection has prepared. */
async function prepared(): Promise<string[]> {
  return (await client`select statement from pg_prepared_statements`).map((row) => row.statement as string);
}

const byEmail = (db: ReturnType<typeof drizzle<typeof schema>>, email: string) =>
  db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, email));

describe("[db] named prepared statements (PostgreSQL)", () => {
  it("Drizzle's queries with parameters become named statements, in and out of transactions, each text once per connection", async () => {
    const texts = new Set<string>();
    const db = drizzle(preparing(client, texts), { schema });
    await byEmail(db, "a@example.com");
    await byEmail(db, "b@example.com");
    await db.transaction(async (tx) => {
      await tx.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.id, "00000000-0000-0000-0000-000000000000"));
      await tx.transaction(async (inner) => execute(inner, sql`select ${1}::int + ${2}::int as n`));
    });
    // Without parameters a query is one round trip already (the simple protocol): not counted.
    await execute(db, sql`select 1 as one`);
    const statements = await prepared();
    expect(statements.filter((s) => s.includes('where "users"."email" = $1'))).toHaveLength(1);
    expect(statements.filter((s) => s.includes('where "users"."id" = $1'))).toHaveLength(1);
    expect(statements).toContain("select $1::int + $2::int as n");
    expect(texts.size).toBe(3);
  });

  it("past the cap, a new text runs unnamed and is not kept", async () => {
    const texts = new Set(Array.from({ length: PREPARED_STATEMENTS_MAX - 1 }, (_, i) => `select ${i}`));
    const db = drizzle(preparing(client, texts), { schema });
    const [last] = await execute<{ last: number }>(db, sql`select ${40}::int + ${2}::int as last`);
    const [capped] = await execute<{ capped: number }>(db, sql`select ${40}::int + ${2}::int as capped`);
    expect([last, capped]).toEqual([{ last: 42 }, { capped: 42 }]);
    const statements = await prepared();
    expect(statements).toContain("select $1::int + $2::int as last");
    expect(statements).not.toContain("select $1::int + $2::int as capped");
    expect(texts.size).toBe(PREPARED_STATEMENTS_MAX);
  });

  it("the app's sessions plan each execution for its own values", async () => {
    const [row] = await execute<{ plan_cache_mode: string }>(t.db, sql`show plan_cache_mode`);
    expect(row?.plan_cache_mode).toBe("force_custom_plan");
    for (const forced of Object.values(t.forcedPlans!)) {
      const [setting] = await execute<{ plan_cache_mode: string }>(forced, sql`show plan_cache_mode`);
      expect(setting?.plan_cache_mode).toBe("force_custom_plan");
    }
  });
});
