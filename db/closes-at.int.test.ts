import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalog, createEmployer, createPosition, createUser } from "../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../tests/support/test-database";
import { announcementCategories, announcementPositions, announcements, positions } from "./schema";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

const day = (n: number) => new Date(Date.UTC(2030, 0, 1) + n * 86_400_000);

async function closesAt(id: number): Promise<Date | null> {
  const [row] = await t.db.select({ closesAt: positions.closesAt }).from(positions).where(eq(positions.id, id));
  return row!.closesAt;
}

async function announcement(deadline: Date | null) {
  const operator = await createUser(t.db, "operator");
  const [category] = await t.db
    .insert(announcementCategories)
    .values({ code: `c-${Math.random().toString(36).slice(2)}`, nameZh: "高层次人才招引", nameEn: "High-level" })
    .returning();
  const [row] = await t.db
    .insert(announcements)
    .values({ categoryId: category!.id, title: "引才公告", body: "正文", deadline, createdBy: operator.id })
    .returning();
  return row!;
}

describe("a position closes at its own expiry or its announcements' earliest deadline (triggers)", () => {
  it("follows its own expiry when no announcement recruits for it", async () => {
    const catalog = await createCatalog(t.db);
    const employer = await createEmployer(t.db);
    const position = await createPosition(t.db, catalog, employer.id);
    expect(await closesAt(position.id)).toBeNull();
    await t.db.update(positions).set({ expiresAt: day(30) }).where(eq(positions.id, position.id));
    expect(await closesAt(position.id)).toEqual(day(30));
  });

  it("takes an earlier deadline when linked, keeps its own when that is earlier, and lets go when unlinked", async () => {
    const catalog = await createCatalog(t.db);
    const employer = await createEmployer(t.db);
    const position = await createPosition(t.db, catalog, employer.id);
    await t.db.update(positions).set({ expiresAt: day(30) }).where(eq(positions.id, position.id));
    const early = await announcement(day(10));
    const late = await announcement(day(60));

    await t.db.insert(announcementPositions).values({ announcementId: late.id, positionId: position.id });
    expect(await closesAt(position.id)).toEqual(day(30));
    await t.db.insert(announcementPositions).values({ announcementId: early.id, positionId: position.id });
    expect(await closesAt(position.id)).toEqual(day(10));

    // The deadline moves: linked positions follow, both ways.
    await t.db.update(announcements).set({ deadline: day(20) }).where(eq(announcements.id, early.id));
    expect(await closesAt(position.id)).toEqual(day(20));
    await t.db.update(announcements).set({ deadline: day(45) }).where(eq(announcements.id, early.id));
    expect(await closesAt(position.id)).toEqual(day(30));

    // The employer's later expiry cannot outrun the announcement.
    await t.db.update(positions).set({ expiresAt: day(90) }).where(eq(positions.id, position.id));
    expect(await closesAt(position.id)).toEqual(day(45));

    await t.db.delete(announcementPositions).where(eq(announcementPositions.announcementId, early.id));
    expect(await closesAt(position.id)).toEqual(day(60));
    await t.db.delete(announcements).where(eq(announcements.id, late.id));
    expect(await closesAt(position.id)).toEqual(day(90));
  });

  it("cannot be set past the cap by writing closes_at directly", async () => {
    const catalog = await createCatalog(t.db);
    const employer = await createEmployer(t.db);
    const position = await createPosition(t.db, catalog, employer.id);
    await t.db.update(positions).set({ expiresAt: day(5) }).where(eq(positions.id, position.id));
    await t.db.update(positions).set({ closesAt: day(500) }).where(eq(positions.id, position.id));
    expect(await closesAt(position.id)).toEqual(day(5));
  });
});
