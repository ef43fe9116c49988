import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { positions, savedPositions } from "../../db/schema";
import { createCatalog, createEmployer, createPosition, createTalent } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { AppError } from "../errors";
import { SAVED_LIMIT, setPositionSaved } from "./mutations";
import { findSavedPositions } from "./queries";

let t: TestDatabase;
let positionIds: number[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  const catalog = await createCatalog(t.db);
  const employer = await createEmployer(t.db);
  const first = await createPosition(t.db, catalog, employer.id);
  // SAVED_LIMIT + 2 published positions, copies of the first.
  const { id: _id, ...copy } = first;
  const more = await t.db
    .insert(positions)
    .values(Array.from({ length: SAVED_LIMIT + 1 }, (_, i) => ({ ...copy, title: `收藏测试岗位${i}` })))
    .returning({ id: positions.id });
  positionIds = [first.id, ...more.map((p) => p.id)];
});
afterAll(async () => {
  await t?.destroy();
});

describe("[talent] saved positions", () => {
  it("keeps at most SAVED_LIMIT, refusing the next with its own message, even when saves race", async () => {
    const { user } = await createTalent(t.db);
    // All but the last two saved directly; the last two places are raced for.
    await t.db.insert(savedPositions).values(positionIds.slice(0, SAVED_LIMIT - 1).map((positionId) => ({ talentId: user.id, positionId })));
    const [a, b] = await Promise.allSettled([
      setPositionSaved({ talentId: user.id, positionId: positionIds[SAVED_LIMIT - 1]!, saved: true }),
      setPositionSaved({ talentId: user.id, positionId: positionIds[SAVED_LIMIT]!, saved: true }),
    ]);
    expect([a.status, b.status].sort()).toEqual(["fulfilled", "rejected"]);
    const refused = [a, b].find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(AppError);
    expect(refused.reason).toMatchObject({ code: "conflict:saved_full", params: { limit: SAVED_LIMIT } });
    expect(await t.db.$count(savedPositions, eq(savedPositions.talentId, user.id))).toBe(SAVED_LIMIT);
    // Saving one already saved is not a new place; forgetting one frees a place.
    await setPositionSaved({ talentId: user.id, positionId: positionIds[0]!, saved: true });
    await setPositionSaved({ talentId: user.id, positionId: positionIds[0]!, saved: false });
    await setPositionSaved({ talentId: user.id, positionId: positionIds[SAVED_LIMIT + 1]!, saved: true });
    expect(await t.db.$count(savedPositions, eq(savedPositions.talentId, user.id))).toBe(SAVED_LIMIT);
  });

  it("lists them newest saved first, 50 a page, each once", async () => {
    const { user } = await createTalent(t.db);
    const base = Date.UTC(2026, 10, 1);
    const saved = positionIds.slice(0, 120);
    await t.db.insert(savedPositions).values(saved.map((positionId, i) => ({ talentId: user.id, positionId, createdAt: new Date(base + i * 1000) })));
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(await findSavedPositions({ talentId: user.id, page }));
    expect(pages.map((p) => [p.rows.length, p.hasMore])).toEqual([
      [50, true],
      [50, true],
      [20, false],
    ]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual([...saved].reverse());
    expect(pages[0]!.rows[0]).toMatchObject({ public: true, intentId: null });
  });
});
