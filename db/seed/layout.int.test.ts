import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "../index";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  await t?.destroy();
});

describe("the seeded search table's layout", () => {
  it("writes position_search back newest first (CLUSTER) and leaves its visibility map set", async () => {
    const [index] = await execute<{ clustered: boolean }>(
      t.db,
      sql`select indisclustered as clustered from pg_index where indexrelid = 'position_search_newest_idx'::regclass`,
    );
    expect(index?.clustered).toBe(true);

    // Newest first in the index's order is first in the table: each row's place (ctid) follows
    // the one before it.
    const rows = await execute<{ place: string }>(t.db, sql`select ctid::text as place from position_search order by published_at desc, id desc`);
    expect(rows.length).toBeGreaterThan(700);
    const places = rows.map(({ place }) => place.slice(1, -1).split(",").map(Number) as [number, number]);
    const outOfOrder = places.filter((p, i) => i > 0 && (p[0] < places[i - 1]![0] || (p[0] === places[i - 1]![0] && p[1] <= places[i - 1]![1])));
    expect(outOfOrder).toEqual([]);

    // Index-only walks read no table page: every page of the table is all-visible.
    const [vm] = await execute<{ pages: number; visible: number }>(
      t.db,
      sql`select relpages as pages, relallvisible as visible from pg_class where oid = 'position_search'::regclass`,
    );
    expect(Number(vm?.pages)).toBeGreaterThan(0);
    expect(Number(vm?.visible)).toBe(Number(vm?.pages));
  });
});
