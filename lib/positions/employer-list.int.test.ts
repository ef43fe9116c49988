import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { positions } from "../../db/schema";
import { createCatalog, createEmployer } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { findEmployerPositions } from "./mutations";
import { parseEmployerPositionsSearch } from "./schemas";

let t: TestDatabase;
let employerId = 0;
let otherId = 0;
/** Every position of the employer, last changed first. */
let expected: { id: number; status: string; title: string }[] = [];

const STATUSES = ["draft", "in_review", "published", "closed"] as const;

beforeAll(async () => {
  t = await createTestDatabase();
  const catalog = await createCatalog(t.db);
  employerId = (await createEmployer(t.db)).id;
  otherId = (await createEmployer(t.db)).id;
  const base = Date.UTC(2026, 10, 1);
  const row = (employer: number, i: number, title: string) => {
    const status = STATUSES[i % 4]!;
    return {
      employerId: employer,
      boardId: catalog.board.id,
      platformId: catalog.platform.id,
      title,
      category: "工程技术",
      talentLevel: "high" as const,
      locationId: catalog.location.id,
      industryId: catalog.industry.id,
      status,
      publishedAt: status === "published" || status === "closed" ? new Date(base) : null,
      // Two share each moment: the id breaks the tie.
      updatedAt: new Date(base + Math.floor(i / 2) * 60_000),
    };
  };
  // 120 positions; 5 titled with LIKE's wildcards, 5 that the wildcards would match if unescaped.
  const titles = Array.from({ length: 120 }, (_, i) => (i % 24 === 5 ? `报价100%_专员${i}` : i % 24 === 7 ? `报价100AB专员${i}` : `岗位${i}`));
  const inserted = await t.db
    .insert(positions)
    .values(titles.map((title, i) => row(employerId, i, title)))
    .returning({ id: positions.id, status: positions.status, title: positions.title, updatedAt: positions.updatedAt });
  await t.db.insert(positions).values(Array.from({ length: 10 }, (_, i) => row(otherId, i, `别家岗位${i}`)));
  expected = inserted.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || b.id - a.id);
});
afterAll(async () => {
  await t?.destroy();
});

describe("[employer] the list of its own positions", () => {
  it("pages through all of them, 50 at a time, last changed first, none twice", async () => {
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(await findEmployerPositions({ employerId, page }));
    expect(pages.map((p) => [p.rows.length, p.hasMore])).toEqual([
      [50, true],
      [50, true],
      [20, false],
    ]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(expected.map((e) => e.id));
    expect(pages[0]!.counts).toEqual({ draft: 30, in_review: 30, published: 30, closed: 30 });
    // Past the last page: empty, not an error.
    expect((await findEmployerPositions({ employerId, page: 4 })).rows).toEqual([]);
  });

  it("filters by status and by part of the title, LIKE's wildcards taken literally", async () => {
    const published = await findEmployerPositions({ employerId, status: "published" });
    expect(published.rows.map((r) => r.id)).toEqual(expected.filter((e) => e.status === "published").map((e) => e.id));
    const literal = await findEmployerPositions({ employerId, q: "100%_" });
    expect(literal.rows.map((r) => r.title).sort()).toEqual(expected.filter((e) => e.title.includes("100%_")).map((e) => e.title).sort());
    expect(literal.rows).toHaveLength(5);
    // The counts beside the filters stay the employer's whole set.
    expect(literal.counts).toEqual({ draft: 30, in_review: 30, published: 30, closed: 30 });
    const other = await findEmployerPositions({ employerId: otherId });
    expect(other.rows).toHaveLength(10);
    expect(other.rows.every((r) => r.title.startsWith("别家"))).toBe(true);
  });

  it("reads its page's parameters leniently: a bad status, page or empty words are ignored", () => {
    expect(parseEmployerPositionsSearch({ status: "published", q: "  工程师 ", page: "3" })).toEqual({ status: "published", q: "工程师", page: 3 });
    expect(parseEmployerPositionsSearch({ status: "deleted", q: "   ", page: "-1" })).toEqual({ status: undefined, q: undefined, page: 1 });
    expect(parseEmployerPositionsSearch({ status: ["draft", "closed"], page: "1001" })).toEqual({ status: undefined, q: undefined, page: 1 });
    expect(parseEmployerPositionsSearch({ q: "长".repeat(300) }).q).toHaveLength(100);
  });
});
