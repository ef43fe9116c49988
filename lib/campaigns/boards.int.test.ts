import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "../../db/index";
import { employers, platforms, positions } from "../../db/schema";
import { createEmployer } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { findCampaignBoards, getFeaturedCampaign } from "./queries";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  await t?.destroy();
});

/** The same figures counted from the positions themselves. */
async function counted(campaignId: number) {
  const rows = await execute<{ board_id: number; platform_id: number | null; n: number }>(
    t.db,
    sql`select p.board_id, p.platform_id, count(*)::int as n from positions p join employers e on e.id = p.employer_id
        where p.campaign_id = ${campaignId} and p.status = 'published' and e.status = 'verified'
        group by grouping sets ((p.board_id), (p.board_id, p.platform_id))`,
  );
  return (boardId: number, platformId: number | null) => Number(rows.find((r) => r.board_id === boardId && r.platform_id === platformId)?.n ?? 0);
}

async function expectBoardsCounted(campaignId: number) {
  const boards = await findCampaignBoards({ campaignId });
  const count = await counted(campaignId);
  expect(boards.length).toBeGreaterThan(0);
  for (const board of boards) {
    expect(board.positions, board.code).toBe(count(board.id, null));
    for (const platform of board.platforms) expect(platform.positions, platform.code).toBe(count(board.id, platform.id));
  }
  return boards;
}

describe("[home] the campaign's boards and their positions", () => {
  it("counts each board's and platform's published positions of verified employers, and follows changes", async () => {
    const campaign = (await getFeaturedCampaign())!;
    const before = await expectBoardsCounted(campaign.id);
    expect(before.reduce((sum, b) => sum + b.positions, 0)).toBe(715);

    const [platform] = await t.db.select().from(platforms).limit(1);
    const [template] = await t.db.select().from(positions).where(eq(positions.status, "published")).limit(1);
    const { id: _id, ...copy } = template!;
    const employer = await createEmployer(t.db);
    const [added] = await t.db
      .insert(positions)
      .values({ ...copy, employerId: employer.id, campaignId: campaign.id, boardId: platform!.boardId, platformId: platform!.id, status: "published", publishedAt: new Date() })
      .returning();
    const after = await expectBoardsCounted(campaign.id);
    const onBoard = (boards: typeof before) => boards.find((b) => b.id === platform!.boardId)!;
    expect(onBoard(after).positions).toBe(onBoard(before).positions + 1);
    expect(onBoard(after).platforms.find((p) => p.id === platform!.id)!.positions).toBe(onBoard(before).platforms.find((p) => p.id === platform!.id)!.positions + 1);

    // An employer no longer verified takes its positions off the boards; closing one does too.
    await t.db.update(employers).set({ status: "rejected", rejectionReason: "信用代码不符" }).where(eq(employers.id, employer.id));
    expect(onBoard(await expectBoardsCounted(campaign.id)).positions).toBe(onBoard(before).positions);
    await t.db.update(employers).set({ status: "verified", rejectionReason: null }).where(eq(employers.id, employer.id));
    await t.db.update(positions).set({ status: "closed" }).where(eq(positions.id, added!.id));
    expect(onBoard(await expectBoardsCounted(campaign.id)).positions).toBe(onBoard(before).positions);
  });
});
