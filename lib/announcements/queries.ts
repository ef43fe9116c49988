import "server-only";
import { sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";

/** 引才公告: public once published_at has passed; pinned ones first, then the newest. */
export interface AnnouncementItem {
  id: number;
  title: string;
  categoryCode: string;
  categoryZh: string;
  categoryEn: string;
  pinned: boolean;
  publishedAt: string;
  deadline: string | null;
}

const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

const COLUMNS = sql`a.id, a.title, c.code as "categoryCode", c.name_zh as "categoryZh", c.name_en as "categoryEn",
  a.pinned, a.published_at as "publishedAt", a.deadline`;

function toItem(row: Record<string, unknown>): AnnouncementItem {
  return { ...(row as unknown as AnnouncementItem), publishedAt: iso(row.publishedAt)!, deadline: iso(row.deadline) };
}

export async function findAnnouncements({ category, page = 1, limit = 20 }: { category?: string; page?: number; limit?: number }) {
  const db = await getDb();
  const where = sql`a.published_at <= now()${category ? sql` and c.code = ${category}` : sql``}`;
  const [rows, [count], categories] = await Promise.all([
    execute(db, sql`select ${COLUMNS} from announcements a join announcement_categories c on c.id = a.category_id
                    where ${where} order by a.pinned desc, a.published_at desc, a.id desc limit ${limit} offset ${(page - 1) * limit}`),
    execute<{ n: number }>(db, sql`select count(*)::int as n from announcements a join announcement_categories c on c.id = a.category_id where ${where}`),
    execute<{ code: string; nameZh: string; nameEn: string; n: number }>(
      db,
      sql`select c.code, c.name_zh as "nameZh", c.name_en as "nameEn", count(a.id)::int as n
          from announcement_categories c left join announcements a on a.category_id = c.id and a.published_at <= now()
          group by c.id order by c.sort_order, c.id`,
    ),
  ]);
  return { items: rows.map(toItem), total: Number(count?.n ?? 0), categories: categories.map((c) => ({ ...c, count: Number(c.n) })) };
}

export async function getAnnouncement({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await execute(db, sql`select ${COLUMNS}, a.body from announcements a join announcement_categories c on c.id = a.category_id where a.id = ${id} and a.published_at <= now()`);
  if (!row) return null;
  const positions = await execute<{ id: number; title: string; employerName: string }>(
    db,
    sql`select p.id, p.title, e.name as "employerName" from announcement_positions ap
        join positions p on p.id = ap.position_id join employers e on e.id = p.employer_id
        where ap.announcement_id = ${id} and p.status = 'published' and e.status = 'verified' and (p.closes_at is null or p.closes_at > now())
        order by p.published_at desc, p.id desc limit 100`,
  );
  return { ...toItem(row), body: String(row.body), positions };
}
