import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "../../db/index";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { FACET_CAP, findPositionFacets, findPositions, getPublicPosition } from "./queries";
import { positionSearchSchema } from "./search-params";
import { queryTokens, salaryTokens } from "../search/tokens";

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

  it("answers cards with the card's fields only, whichever way the page was found", async () => {
    const fields = ["boardCode", "boardEn", "boardZh", "educationFloor", "employerId", "employerKind", "employerName", "expiresAt", "headcount", "id", "industryEn", "industryZh", "locationEn", "locationZh", "overseasFriendly", "platformEn", "platformZh", "policyTags", "publishedAt", "salaryMax", "salaryMin", "talentLevel", "title"];
    // A common word (walked), a rarer one (collected), no word (the planner's), in each sort.
    for (const q of ["海洋", "海洋电子", undefined]) {
      for (const sort of ["relevance", "newest", "salary"] as const) {
        const { items } = await findPositions(search({ q, sort }));
        expect(items.length, `${q} ${sort}`).toBeGreaterThan(0);
        for (const item of items) expect(Object.keys(item).sort(), `${q} ${sort}`).toEqual(fields);
      }
    }
  });

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

  it("finds a word with a salary floor exactly as LIKE and salary_max find it, on a floor of the index or between two (migration 0015)", async () => {
    for (const [q, salary] of [["海洋", 20000], ["海洋", 17000], ["工程师", 8000], ["石化", 3000], ["石化", 8000], ["海洋电子", 15000], ["海", 60000]] as const) {
      const like = new Set(await likeIds(q));
      const rows = await execute<{ id: number }>(t.db, sql`select id from positions where salary_max >= ${salary}`);
      const expected = rows.map((r) => Number(r.id)).filter((id) => like.has(id)).sort((a, b) => a - b);
      expect(expected.length, `${q} ≥ ${salary}`).toBeGreaterThan(0);
      for (const sort of ["relevance", "newest", "salary"] as const) {
        const found = (await allIds({ q, salary, sort })).sort((a, b) => a - b);
        expect(found, `${q} ≥ ${salary} ${sort}`).toEqual(expected);
      }
      // The facets count the same matches (collected through the index, or walked).
      const facets = await findPositionFacets(search({ q, salary }));
      expect(facets.board.reduce((sum, f) => sum + f.count, 0), `${q} ≥ ${salary} facets`).toBe(Math.min(expected.length, FACET_CAP + 1));
    }
  });

  it("gives each salary the same floor tokens in SQL as in lib/search/tokens.ts", async () => {
    for (const salary of [null, 0, 4999, 5000, 7999, 8000, 14_999, 20_000, 20_001, 49_999, 50_000, 1_000_000]) {
      const [row] = await execute<{ tokens: number[] }>(t.db, sql`select salary_tokens(${salary}::int) as tokens`);
      expect(row!.tokens.map(Number), String(salary)).toEqual(salaryTokens(salary));
    }
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

  it("keeps the search's copies of the employer and the policy tags true as they change (migration 0012)", async () => {
    const [row] = await execute<{ id: number; employerId: number; kind: string }>(
      t.db,
      sql`select p.id, p.employer_id as "employerId", e.kind::text as kind from positions p join employers e on e.id = p.employer_id
          where p.status = 'published' and e.status = 'verified' and (p.closes_at is null or p.closes_at > now()) order by p.id limit 1`,
    );
    const id = Number(row!.id);
    const employerId = Number(row!.employerId);
    const listed = async (params: Record<string, unknown> = {}) => (await allIds(params)).includes(id);
    expect(await listed()).toBe(true);

    // Suspended: gone from the search, its count and its facets; verified again: back.
    const before = await findPositionFacets(search({}));
    await execute(t.db, sql`update employers set status = 'suspended' where id = ${employerId}`);
    expect(await listed()).toBe(false);
    const suspended = await findPositionFacets(search({}));
    const sum = (f: typeof before) => f.board.reduce((n, b) => n + b.count, 0);
    expect(sum(suspended)).toBeLessThan(sum(before));
    await execute(t.db, sql`update employers set status = 'verified' where id = ${employerId}`);
    expect(await listed()).toBe(true);

    // Another kind: the kind filter follows.
    const other = row!.kind === "enterprise" ? "university" : "enterprise";
    await execute(t.db, sql`update employers set kind = ${other} where id = ${employerId}`);
    expect(await listed({ kind: other })).toBe(true);
    expect(await listed({ kind: row!.kind })).toBe(false);
    await execute(t.db, sql`update employers set kind = ${row!.kind}::employer_kind where id = ${employerId}`);

    // A policy tag added and removed: the tag filter follows, and the app never writes the copy.
    const [tag] = await execute<{ id: number; code: string }>(
      t.db,
      sql`select g.id, g.code from policy_tags g where not exists (select 1 from position_policy_tags pt where pt.position_id = ${id} and pt.tag_id = g.id) limit 1`,
    );
    await execute(t.db, sql`insert into position_policy_tags (position_id, tag_id) values (${id}, ${Number(tag!.id)})`);
    expect(await listed({ policy: tag!.code })).toBe(true);
    await execute(t.db, sql`delete from position_policy_tags where position_id = ${id} and tag_id = ${Number(tag!.id)}`);
    expect(await listed({ policy: tag!.code })).toBe(false);
    await execute(t.db, sql`update positions set employer_verified = false where id = ${id}`);
    expect(await listed()).toBe(true);
  });

  it("keeps position_search a true copy of the public positions, and lets nothing else write it (migration 0013)", async () => {
    const COLUMNS = `title, published_at, closes_at, salary_max, board_id, platform_id, location_id, industry_id,
      education_floor, talent_level, employer_kind, overseas_friendly, policy_tag_ids`;
    const SEARCHED = sql.raw(`${COLUMNS}, search_tokens`);
    // The copy's words are the position's, and a token for each salary floor it reaches (migration 0015).
    const COPIED = sql.raw(`${COLUMNS}, search_tokens || salary_tokens(salary_max)`);
    const drift = async () => {
      const [row] = await execute<{ missing: number; extra: number; differ: number }>(
        t.db,
        sql`select
              (select count(*)::int from positions p where p.status = 'published' and p.employer_verified
                 and not exists (select 1 from position_search s where s.id = p.id)) as missing,
              (select count(*)::int from position_search s join positions p on p.id = s.id
                 where not (p.status = 'published' and p.employer_verified)) as extra,
              (select count(*)::int from position_search s join positions p on p.id = s.id
                 where (select row(${SEARCHED}) from position_search x where x.id = s.id) is distinct from (select row(${COPIED}) from positions y where y.id = p.id)) as differ`,
      );
      return { missing: Number(row!.missing), extra: Number(row!.extra), differ: Number(row!.differ) };
    };
    const clean = { missing: 0, extra: 0, differ: 0 };
    expect(await drift()).toEqual(clean);

    // A published position inserted (a copy of a public one, under a word of its own): found.
    const word = "zqcopycheck";
    const [source] = await execute<{ id: number }>(t.db, sql`select id from position_search order by id limit 1`);
    const [added] = await execute<{ id: number }>(
      t.db,
      sql`insert into positions (employer_id, board_id, platform_id, title, category, talent_level, location_id, industry_id, status, published_at, search_tokens)
          select employer_id, board_id, platform_id, title || ' ' || ${word}, category, talent_level, location_id, industry_id, 'published', now(),
            search_tokens || ${`{${queryTokens(word).join(",")}}`}::int[]
          from positions where id = ${Number(source!.id)} returning id`,
    );
    const id = Number(added!.id);
    const found = async (q: string) => (await findPositions(search({ q }))).items.map((i) => i.id).includes(id);
    expect(await found(word)).toBe(true);

    // A counted view writes nothing to the copy; a new title reaches it.
    const version = async () => (await execute<{ v: string }>(t.db, sql`select xmin::text as v from position_search where id = ${id}`))[0]?.v;
    const before = await version();
    await execute(t.db, sql`update positions set view_count = view_count + 1 where id = ${id}`);
    expect(await version()).toBe(before);
    await execute(t.db, sql`update positions set title = title || ' 珊瑚礁', search_tokens = search_tokens || ${`{${queryTokens("珊瑚礁").join(",")}}`}::int[] where id = ${id}`);
    expect(await found("珊瑚礁")).toBe(true);
    expect(await drift()).toEqual(clean);
    // A new salary brings its floor tokens: found above the old pay, and no longer below the new.
    const paid = async (salary: number) => (await findPositions(search({ q: word, salary }))).items.some((i) => i.id === id);
    await execute(t.db, sql`update positions set salary_min = null, salary_max = 9000 where id = ${id}`);
    expect([await paid(8000), await paid(10000)]).toEqual([true, false]);
    await execute(t.db, sql`update positions set salary_max = 31000 where id = ${id}`);
    expect([await paid(30000), await paid(31000), await paid(31001)]).toEqual([true, true, false]);
    expect(await drift()).toEqual(clean);

    // Closed: its copy goes; published again: back; deleted: gone.
    await execute(t.db, sql`update positions set status = 'closed' where id = ${id}`);
    expect(await found(word)).toBe(false);
    expect(await drift()).toEqual(clean);
    await execute(t.db, sql`update positions set status = 'published' where id = ${id}`);
    expect(await found(word)).toBe(true);
    await execute(t.db, sql`delete from positions where id = ${id}`);
    expect(await execute(t.db, sql`select 1 from position_search where id = ${id}`)).toHaveLength(0);

    // Nobody writes the copy but the triggers.
    const refused = async (statement: ReturnType<typeof sql>) => {
      const error = await execute(t.db, statement).then(() => null, (e: unknown) => e as { code?: string; cause?: { code?: string } });
      return error?.code ?? error?.cause?.code;
    };
    expect(await refused(sql`update position_search set title = 'x' where id = ${Number(source!.id)}`)).toBe("42501");
    expect(await refused(sql`delete from position_search where id = ${Number(source!.id)}`)).toBe("42501");
    expect(await refused(sql`insert into position_search select * from position_search where id = ${Number(source!.id)}`)).toBe("42501");
    expect(await drift()).toEqual(clean);
  });

  it("counts facets alike whether the matches are walked newest first or collected through the word's index", async () => {
    // "海" is in most demo positions (walked), "石化" in few (collected): each facet's counts add
    // up to the exact number of matches either way.
    for (const q of ["海", "石化"]) {
      const facets = await findPositionFacets(search({ q }));
      const matches = await likeIds(q);
      expect(facets.capped).toBe(false);
      expect(facets.board.reduce((n, b) => n + b.count, 0), q).toBe(matches.length);
      expect(facets.education.reduce((n, b) => n + b.count, 0), q).toBe(matches.length);
      expect(facets.kind.reduce((n, b) => n + b.count, 0), q).toBe(matches.length);
    }
  });

  it("takes a forged cursor, or one from another sort, for none: the first page, never a failed query", async () => {
    const cursor = (k: unknown) => Buffer.from(JSON.stringify({ k })).toString("base64url");
    for (const sort of ["relevance", "newest", "salary"] as const) {
      const first = (await findPositions(search({ q: "海洋", sort }))).items.map((i) => i.id);
      for (const k of [["x", "y"], ["a", 1], [1, "2020-01-01T00:00:00Z"], ["z", "2020", 1], [2, "2026-01-01T00:00:00Z", 1.5]]) {
        const result = await findPositions(search({ q: "海洋", sort, cursor: cursor(k) }));
        expect(result.items.map((i) => i.id), `${sort} ${JSON.stringify(k)}`).toEqual(first);
      }
    }
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
