import "server-only";
import { and, asc, desc, eq, isNotNull, lte, sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";
import { announcementCategories, announcements, boards, campaigns, platforms } from "../../db/schema";
import type { Campaign } from "../../db/schema";

export type { Campaign };

/** The campaign the home page shows: the featured one, else the latest to start. */
export async function getFeaturedCampaign(): Promise<Campaign | null> {
  const db = await getDb();
  const [campaign] = await db
    .select()
    .from(campaigns)
    .orderBy(desc(campaigns.featured), desc(campaigns.startsAt))
    .limit(1);
  return campaign ?? null;
}

export interface BoardSummary {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  positions: number;
  platforms: { id: number; code: string; nameZh: string; nameEn: string; positions: number }[];
}

/**
 * The campaign's boards with their platforms and how many published positions each holds, read
 * from the campaign's aggregates (stats_daily's 'position' rows by board and platform, kept by
 * triggers: published, employer verified): a few rows a day, not a count of every position on
 * each signed-in view of the home page.
 */
export async function findCampaignBoards({ campaignId }: { campaignId: number }): Promise<BoardSummary[]> {
  const db = await getDb();
  const [boardRows, platformRows, counts] = await Promise.all([
    db
      .select()
      .from(boards)
      .where(sql`${boards.id} in (select board_id from campaign_boards where campaign_id = ${campaignId})`)
      .orderBy(asc(boards.sortOrder), asc(boards.id)),
    db.select().from(platforms).orderBy(asc(platforms.sortOrder), asc(platforms.id)),
    execute<{ key: string; positions: number }>(
      db,
      sql`select key, sum(n)::int as positions from stats_daily
          where campaign_id = ${campaignId} and metric = 'position' and (key like 'board:%' or key like 'platform:%')
          group by key`,
    ),
  ]);
  const byKey = new Map(counts.map((c) => [c.key, Number(c.positions)]));
  const count = (boardId: number, platformId: number | null) => byKey.get(platformId === null ? `board:${boardId}` : `platform:${platformId}`) ?? 0;
  return boardRows.map((board) => ({
    id: board.id,
    code: board.code,
    nameZh: board.nameZh,
    nameEn: board.nameEn,
    descriptionZh: board.descriptionZh,
    descriptionEn: board.descriptionEn,
    positions: count(board.id, null),
    platforms: platformRows
      .filter((p) => p.boardId === board.id)
      .map((p) => ({ id: p.id, code: p.code, nameZh: p.nameZh, nameEn: p.nameEn, positions: count(board.id, p.id) })),
  }));
}

export interface AnnouncementSummary {
  id: number;
  title: string;
  pinned: boolean;
  publishedAt: Date;
  categoryZh: string;
  categoryEn: string;
}

/** The newest published announcements of a campaign, pinned ones first. */
export async function findLatestAnnouncements({
  campaignId,
  limit = 6,
}: {
  campaignId: number;
  limit?: number;
}): Promise<AnnouncementSummary[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: announcements.id,
      title: announcements.title,
      pinned: announcements.pinned,
      publishedAt: announcements.publishedAt,
      categoryZh: announcementCategories.nameZh,
      categoryEn: announcementCategories.nameEn,
    })
    .from(announcements)
    .innerJoin(announcementCategories, eq(announcementCategories.id, announcements.categoryId))
    .where(
      and(
        eq(announcements.campaignId, campaignId),
        isNotNull(announcements.publishedAt),
        lte(announcements.publishedAt, sql`now()`),
      ),
    )
    .orderBy(desc(announcements.pinned), desc(announcements.publishedAt), desc(announcements.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt ?? new Date(0) }));
}
