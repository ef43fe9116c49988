import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "../../db/index";
import { educationLevel, employerKind, talentLevel } from "../../db/schema/enums";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { findPositionFacets, findPositions } from "../positions/queries";
import { positionSearchSchema } from "../positions/search-params";
import { cachedPathFor } from "./cached-path";
import { pruneCachedSearches, registerCachedSearch, searchesShowing } from "./search-registry";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  await t?.destroy();
});

/** A search's key in the registry, as its cached copy's path names it. */
const keyOf = (params: Record<string, string>) => cachedPathFor("GET", "/positions", new URLSearchParams(params), "zh")!.replace(/^\/cached\/zh\/search\/?/, "");

/** What a search's cached page shows of the postings: its first page, its total, its facets. */
async function shown(params: Record<string, string>): Promise<string> {
  const search = positionSearchSchema.parse(params);
  const [result, facets] = await Promise.all([findPositions(search), findPositionFacets(search)]);
  return JSON.stringify({ items: result.items.map((item) => item.id), total: result.total, facets });
}

type Posting = {
  id: number;
  title: string;
  board: string;
  platform: string;
  location: string;
  industry: string;
  education: string;
  level: string;
  kind: string;
  policy: string;
  salary_max: number;
};

const otherOf = (values: readonly string[], own: string) => values.find((value) => value !== own)!;

describe("the registry of cached searches", () => {
  it("names every search whose page a posting's closing changes, and not the searches it cannot change", async () => {
    // A public posting with every filter the search has (overseas-friendly it is not: that filter is then one it fails).
    const [p] = await execute<Posting>(
      t.db,
      sql`select p.id, p.title, b.code as board, pl.code as platform, l.code as location, i.code as industry, p.education_floor as education,
            p.talent_level as level, p.employer_kind as kind, p.salary_max,
            (select t.code from policy_tags t where t.id = any(p.policy_tag_ids) order by t.id limit 1) as policy
          from position_search s join positions p on p.id = s.id join boards b on b.id = p.board_id join platforms pl on pl.id = p.platform_id
            join locations l on l.id = p.location_id join industries i on i.id = p.industry_id
          where cardinality(p.policy_tag_ids) > 0 and p.salary_max is not null and p.employer_kind is not null and not p.overseas_friendly
            and (p.closes_at is null or p.closes_at > now())
          order by p.id limit 1`,
    );
    expect(p).toBeDefined();
    const posting = p!;
    const codes = async (table: string) => (await execute<{ code: string }>(t.db, sql`select code from ${sql.identifier(table)} order by id`)).map((row) => row.code);
    const other = {
      board: otherOf(await codes("boards"), posting.board),
      platform: otherOf(await codes("platforms"), posting.platform),
      location: otherOf(await codes("locations"), posting.location),
      industry: otherOf(await codes("industries"), posting.industry),
      policy: otherOf(await codes("policy_tags"), posting.policy),
      education: otherOf(educationLevel.enumValues, posting.education),
      level: otherOf(talentLevel.enumValues, posting.level),
      kind: otherOf(employerKind.enumValues, posting.kind),
    };
    const own = { board: posting.board, platform: posting.platform, location: posting.location, industry: posting.industry, policy: posting.policy, education: posting.education, level: posting.level, kind: posting.kind };
    const filters: Record<string, string>[] = [
      {},
      ...Object.entries(own).map(([name, value]) => ({ [name]: value })),
      ...Object.entries(other).map(([name, value]) => ({ [name]: value })),
      { overseas: "1" },
      { salary: String(posting.salary_max) },
      { salary: String(posting.salary_max + 1) },
      { board: own.board, location: other.location },
      { board: other.board, location: other.location },
      { education: other.education, overseas: "1" },
      { policy: other.policy, kind: own.kind },
      { industry: other.industry, level: other.level, sort: "newest" },
    ];
    const nowhere = "琥珀钥匙鹦鹉";
    const words = [undefined, [...posting.title].slice(0, 2).join(""), "工程师", nowhere];
    const searches = words.flatMap((q) => filters.map((filter) => (q ? { q, ...filter } : filter)));
    const keys = searches.map(keyOf);
    expect(new Set(keys).size).toBe(searches.length);

    const before = await Promise.all(searches.map(shown));
    for (const key of keys) await registerCachedSearch(key);
    await execute(t.db, sql`update positions set status = 'closed' where id = ${posting.id}`);
    const after = await Promise.all(searches.map(shown));
    const found = new Set(await searchesShowing([posting.id]));

    const changed = keys.filter((_, i) => before[i] !== after[i]);
    expect(changed.length, "the closing shows in many searches").toBeGreaterThan(20);
    for (const key of changed) expect(found.has(key), JSON.stringify(searches[keys.indexOf(key)])).toBe(true);
    // Not every search: not a word the posting lacks, nor two filters it fails, nor a floor above its salary.
    const unchanged: Record<string, string>[] = [{ q: nowhere }, { board: other.board, location: other.location }, { salary: String(posting.salary_max + 1) }, { education: other.education, overseas: "1" }];
    for (const search of unchanged) expect(found.has(keyOf(search)), JSON.stringify(search)).toBe(false);
    expect(found.size).toBeLessThan(searches.length);
  });

  it("keeps one row a search however often it is rendered, and forgets a search not rendered for a week", async () => {
    const key = keyOf({ q: "港口", board: "haichuang" });
    const count = async () => (await execute<{ n: number }>(t.db, sql`select count(*)::int as n from cached_searches where segment = ${key}`))[0]!.n;
    await registerCachedSearch(key);
    await registerCachedSearch(key);
    expect(await count()).toBe(1);
    const [row] = await execute<{ tokens: number[]; board: string }>(t.db, sql`select tokens, board from cached_searches where segment = ${key}`);
    expect(row!.board).toBe("haichuang");
    expect(row!.tokens.length).toBeGreaterThan(0);
    await execute(t.db, sql`update cached_searches set seen_at = now() - interval '8 days' where segment = ${key}`);
    const fresh = keyOf({ q: "港口" });
    await registerCachedSearch(fresh);
    const { deleted } = await pruneCachedSearches();
    expect(deleted).toBeGreaterThanOrEqual(1);
    expect(await count()).toBe(0);
    expect((await execute<{ n: number }>(t.db, sql`select count(*)::int as n from cached_searches where segment = ${fresh}`))[0]!.n).toBe(1);
  });

  it("names no search for no posting", async () => {
    expect(await searchesShowing([])).toEqual([]);
  });
});
