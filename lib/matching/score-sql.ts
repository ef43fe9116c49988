/**
 * lib/matching/model.ts in SQL: the exclusion and the score of a talent profile `t` against a
 * position `p`, given `enclaves` (an int[] of enclave location ids) and a year. Every constant
 * comes from MATCH_WEIGHTS; the agreement test (queries.int.test.ts) holds both to the point.
 */
import { sql, type SQL } from "drizzle-orm";
import { MATCH_WEIGHTS, TRIMMED } from "./model";

const w = Object.fromEntries(Object.entries(MATCH_WEIGHTS).map(([k, v]) => [k, sql.raw(String(v))])) as Record<keyof typeof MATCH_WEIGHTS, SQL>;
const half = (n: number) => sql.raw(String(Math.floor(n / 2)));

/** model.ts's fold(): trim the same spaces, lower-case. */
function fold(value: SQL): SQL {
  return sql`lower(btrim(${value}, ${sql.raw(`E'${TRIMMED.replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\u3000/g, "\\u3000")}'`)}))`;
}

/** model.ts's exclusionOf() === null. */
export const ELIGIBLE = sql`(t.education_level is not null and t.education_level >= p.education_floor
  and (p.industry_id = any(t.wish_industry_ids) or p.location_id = any(t.wish_location_ids)))`;

export function scoreSql({ year }: { year: number }): SQL {
  const majors = sql`(select ${fold(sql`m`)} as m from regexp_split_to_table(p.major, '[、,，/;；]') m)`;
  const years = sql`greatest(0, ${year}::int - t.graduation_year)`;
  const pays = sql`coalesce(p.salary_max, p.salary_min)::bigint`;
  return sql`(${w.education}
    + case when ${fold(sql`t.major`)} = '' then 0
        when exists (select 1 from ${majors} x where x.m <> '' and x.m = ${fold(sql`t.major`)}) then ${w.major}
        when exists (select 1 from ${majors} x where x.m <> '' and (strpos(x.m, ${fold(sql`t.major`)}) > 0 or strpos(${fold(sql`t.major`)}, x.m) > 0))
          then ${sql.raw(String(Math.floor((MATCH_WEIGHTS.major * 6) / 10)))}
        else 0 end
    + coalesce((select (${w.skills} * count(*) filter (where k = any(array(select ${fold(sql`x`)} from unnest(t.skills) x)))) / nullif(count(*), 0)
        from (select distinct ${fold(sql`s`)} as k from unnest(p.skills) s) d where k <> ''), 0)
    + case when ${fold(sql`t.title`)} <> '' and ${fold(sql`p.title`)} <> ''
        and (strpos(${fold(sql`p.title`)}, ${fold(sql`t.title`)}) > 0 or strpos(${fold(sql`t.title`)}, ${fold(sql`p.title`)}) > 0) then ${w.title} else 0 end
    + case when p.location_id = any(t.wish_location_ids) then ${w.location}
        when p.location_id = any(enclaves) and t.wish_location_ids && enclaves then ${half(MATCH_WEIGHTS.location)} else 0 end
    + case when p.industry_id = any(t.wish_industry_ids) then ${w.industry} else 0 end
    + case when ${pays} is null or t.wish_salary_min is null then ${half(MATCH_WEIGHTS.salary)}
        when ${pays} >= t.wish_salary_min then ${w.salary}
        when ${pays} * 10 >= t.wish_salary_min::bigint * 8 then ${half(MATCH_WEIGHTS.salary)} else 0 end
    + case when t.graduation_year is null then 0
        when p.talent_level = 'graduate' then case when ${years} <= 2 then ${w.level} else ${sql.raw(String(Math.floor(MATCH_WEIGHTS.level / 5)))} end
        when ${years} >= p.experience_years then ${w.level}
        when ${years} + 2 >= p.experience_years then ${half(MATCH_WEIGHTS.level)} else 0 end
    + case when p.overseas_friendly and t.origin = 'overseas' then ${w.overseas} else 0 end)::int`;
}
