import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "../../db/index";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { findPositionFacets, findPositions, getPublicPosition } from "./queries";
import { positionSearchSchema } from "./search-params";
import { queryTokens } from "../search/tokens";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  await t?.destroy();
});

const search = (params: Record<string, unknown>) => positionSearchSchema.parse(params);

/** The naive answer: LIKE over the same fields the tokens cover, among public positions. */
async function likeIds(word: string): Promise<number[]> {
  const rows = await execute<{ id: number }>(
    t.db,
    sql`select p.id from positions p join employers e on e.id = p.employer_id
        where p.status = 'published' and e.status = 'verified' and (p.closes_at is null or p.closes_at > now())
          and (p.title like ${`%${word}%`} or p.category like ${`%${word}%`} or p.major like ${`%${word}%`}
               or array_to_string(p.skills, ' ') like ${`%${word}%`} or e.name like ${`%${word}%`})`,
  );
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

async function allIds(params: Record<string, unknown>): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const result = await findPositions(search({ ...params, limit: 50, cursor }));
    ids.push(...result.items.map((i) => i.id));
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return ids;
}

describe("position search on the demo campaign", () => {
  it("lists the 715 public positions, newest first, and pages through all of them by cursor", async () => {
    const first = await findPositions(search({}));
    expect(first.total).toEqual({ value: 715, capped: false });
    expect(first.items).toHaveLength(20);
    const ids = await allIds({});
    expect(ids).toHaveLength(715);
    expect(new Set(ids).size).toBe(715);
  });

  for (const word of ["海洋", "石化", "航空", "工程师", "海洋电子", "医"]) {
    it(`finds exactly what LIKE finds for "${word}", in every sort`, async () => {
      const expected = await likeIds(word);
      expect(expected.length).toBeGreaterThan(0);
      for (const sort of ["relevance", "newest", "salary"] as const) {
        const found = (await allIds({ q: word, sort })).sort((a, b) => a - b);
        expect(found, sort).toEqual(expected);
      }
    });
  }

  it("puts title hits first under relevance", async () => {
    const result = await findPositions(search({ q: "海洋", limit: 50 }));
    const hits = result.items.map((i) => i.title.includes("海洋"));
    expect(hits.indexOf(false) === -1 || !hits.slice(hits.indexOf(false)).includes(true)).toBe(true);
  });

  it("filters by board, location, education, level, kind, salary and overseas, and the facets count the rest", async () => {
    const result = await findPositions(search({ board: "haichuang", limit: 50 }));
    expect(result.items.every((i) => i.boardCode === "haichuang")).toBe(true);
    const facets = await findPositionFacets(search({ board: "haichuang" }));
    const boardTotal = facets.board.reduce((sum, f) => sum + f.count, 0);
    expect(boardTotal).toBe(715);
    const haichuang = facets.board.find((f) => f.code === "haichuang")!.count;
    expect(result.total.value).toBe(haichuang);
    expect(facets.platform.reduce((sum, f) => sum + f.count, 0)).toBe(haichuang);
    const rich = await allIds({ salary: 30000 });
    const salaries = await execute<{ n: number }>(t.db, sql`select count(*)::int as n from positions where status = 'published' and salary_max >= 30000`);
    expect(rich.length).toBe(Number(salaries[0]!.n));
    const overseas = await findPositions(search({ overseas: "1", limit: 50 }));
    expect(overseas.items.every((i) => i.overseasFriendly)).toBe(true);
  });

  it("filters by a talent-policy tag, and counts every tag of the matching positions", async () => {
    const expected = await execute<{ id: number }>(
      t.db,
      sql`select p.id from positions p join employers e on e.id = p.employer_id
          join position_policy_tags pt on pt.position_id = p.id join policy_tags g on g.id = pt.tag_id
          where p.status = 'published' and e.status = 'verified' and g.code = 'startup-funding' and p.search_tokens @> ${"{" + queryTokens("工程").join(",") + "}"}::int[]`,
    );
    const ids = await allIds({ q: "工程", policy: "startup-funding" });
    expect(ids.sort((a, b) => a - b)).toEqual(expected.map((r) => Number(r.id)).sort((a, b) => a - b));
    expect(ids.length).toBeGreaterThan(0);
    const page = await findPositions(search({ policy: "startup-funding", limit: 10 }));
    expect(page.items.every((i) => i.policyTags.some((tag) => tag.code === "startup-funding" && tag.nameZh === "创业资助"))).toBe(true);

    // The tag facet ignores the tag filter itself and counts each tag once per position.
    const facets = await findPositionFacets(search({ q: "工程", policy: "startup-funding" }));
    const byTag = await execute<{ code: string; n: number }>(
      t.db,
      sql`select g.code, count(*)::int as n from positions p join employers e on e.id = p.employer_id
          join position_policy_tags pt on pt.position_id = p.id join policy_tags g on g.id = pt.tag_id
          where p.status = 'published' and e.status = 'verified' and p.search_tokens @> ${"{" + queryTokens("工程").join(",") + "}"}::int[]
          group by g.code`,
    );
    expect(Object.fromEntries(facets.policy.map((f) => [f.code, f.count]))).toEqual(Object.fromEntries(byTag.map((r) => [r.code, Number(r.n)])));
    expect(facets.policy.find((f) => f.code === "startup-funding")?.count).toBe(ids.length);
  });

  it("answers nothing (not everything) for a query with no searchable word", async () => {
    const result = await findPositions(search({ q: "，。！" }));
    expect(result.emptyQuery).toBe(true);
  });

  it("hides drafts, positions of pending employers and expired ones", async () => {
    const [draft] = await execute<{ id: number }>(t.db, sql`select id from positions where status <> 'published' limit 1`);
    expect(await getPublicPosition({ id: Number(draft!.id) })).toBeNull();
    const [live] = await execute<{ id: number }>(t.db, sql`select id from positions where status = 'published' limit 1`);
    expect(await getPublicPosition({ id: Number(live!.id) })).not.toBeNull();
    await execute(t.db, sql`update positions set expires_at = now() - interval '1 minute' where id = ${Number(live!.id)}`);
    expect(await getPublicPosition({ id: Number(live!.id) })).toBeNull();
    expect((await allIds({})).includes(Number(live!.id))).toBe(false);
  });
});
