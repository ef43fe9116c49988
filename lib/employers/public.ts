import "server-only";
import { sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";

/** An employer's public page: only a verified employer has one. */
export async function getPublicEmployer({ id }: { id: number }) {
  const db = await getDb();
  const [employer] = await execute<{
    id: number;
    name: string;
    nameEn: string | null;
    kind: string;
    description: string;
    website: string | null;
    locationZh: string | null;
    locationEn: string | null;
    industryZh: string | null;
    industryEn: string | null;
  }>(
    db,
    sql`select e.id, e.name, e.name_en as "nameEn", e.kind, e.description, e.website,
          l.name_zh as "locationZh", l.name_en as "locationEn", i.name_zh as "industryZh", i.name_en as "industryEn"
        from employers e left join locations l on l.id = e.location_id left join industries i on i.id = e.industry_id
        where e.id = ${id} and e.status = 'verified'`,
  );
  if (!employer) return null;
  const positions = await execute<{ id: number; title: string; salaryMin: number | null; salaryMax: number | null; headcount: number }>(
    db,
    sql`select id, title, salary_min as "salaryMin", salary_max as "salaryMax", headcount from positions
        where employer_id = ${id} and status = 'published' and (closes_at is null or closes_at > now())
        order by published_at desc, id desc limit 200`,
  );
  return { ...employer, positions };
}
