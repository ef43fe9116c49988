import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { intents, positions, savedPositions } from "../../db/schema";
import { createCatalog, createEmployer, createPosition, createTalent } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { AppError } from "../errors";
import { SAVED_LIMIT, setPositionSaved } from "./mutations";
import { findSavedPositions, findTalentIntents } from "./queries";

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

describe("[talent] saved positions and intents, page by page", () => {
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

  it("lists the talent's intents, the latest move first, 50 a page, each once", async () => {
    const { user } = await createTalent(t.db);
    const [position] = await t.db.select().from(positions).where(eq(positions.id, positionIds[0]!));
    const base = Date.UTC(2026, 10, 1);
    const made = await t.db
      .insert(intents)
      .values(positionIds.slice(0, 60).map((positionId, i) => ({ kind: "employment" as const, talentId: user.id, positionId, employerId: position!.employerId, boardId: position!.boardId, statusChangedAt: new Date(base + (i % 30) * 60_000) })))
      .returning({ id: intents.id, statusChangedAt: intents.statusChangedAt });
    const expected = made.sort((a, b) => b.statusChangedAt.getTime() - a.statusChangedAt.getTime() || b.id - a.id).map((r) => r.id);
    const first = await findTalentIntents({ talentId: user.id });
    const second = await findTalentIntents({ talentId: user.id, page: 2 });
    expect([first.rows.length, first.hasMore, second.rows.length, second.hasMore]).toEqual([50, true, 10, false]);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(expected);
    expect(first.rows[0]).toMatchObject({ unread: 0, kind: "employment" });
  });
});
