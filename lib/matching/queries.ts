import "server-only";
import { sql } from "drizzle-orm";
import { execute, getDb } from "../../db/index";
import { PUBLIC } from "../positions/queries";
import { scoreMatch, type EducationLevel, type MatchPosition, type MatchReason, type MatchTalent, type TalentLevel } from "./model";
import { ELIGIBLE, scoreSql } from "./score-sql";
import { visibleTo } from "./visibility";

/**
 * The ranking, in the database. Scoring every position for a talent (or every talent for a
 * position) would read a million rows; instead each direction first gathers a bounded pool of
 * candidates through indexes, then scores the pool with score-sql.ts and keeps the top:
 *
 * - a talent's positions: every (industry, district) pair where the industry or the district is
 *   wished for, walked newest first through positions_match_idx. When these pairs hold no more
 *   than POOL.exactUpTo positions (counted, capped, from the index) all are scored; otherwise a
 *   pair with both wished gives up to POOL.both / (such pairs) positions, a pair with one up to
 *   POOL.one / (such pairs);
 * - a position's talents: talents open to verified employers who wish for its industry
 *   (POOL.industry) or district (POOL.location), through GIN indexes on the wishes, plus the
 *   talents with an intent to the employer (POOL.intents), who allow it whatever their setting.
 *
 * Where no pool is full (the demo campaign, the tests) the ranking is exact: it equals the
 * model's over every pair. At a million positions it is exact within the pool.
 */
export const POOL = { exactUpTo: 3000, both: 600, one: 240, minBoth: 20, minOne: 10, industry: 600, location: 600, intents: 500 };
export type Pool = typeof POOL;
export const TOP = 20;

const enclaves = sql`(select coalesce(array_agg(id), '{}'::int[]) as enclaves from locations where kind = 'enclave') ctx`;
const currentYear = () => new Date().getUTCFullYear();

const MATCH_POSITION_COLUMNS = sql`p.title, p.education_floor as "educationFloor", p.major, p.skills, p.experience_years as "experienceYears",
  p.salary_min as "salaryMin", p.salary_max as "salaryMax", p.location_id as "locationId", p.industry_id as "industryId",
  p.talent_level as "talentLevel", p.overseas_friendly as "overseasFriendly"`;

/** Prefixed ("t.…"), so that they sit beside the position's columns in one row. */
const MATCH_TALENT_COLUMNS = sql`t.education_level as "t.educationLevel", t.major as "t.major", t.title as "t.title", t.skills as "t.skills",
  t.origin as "t.origin", t.wish_location_ids as "t.wishLocationIds", t.wish_industry_ids as "t.wishIndustryIds",
  t.wish_salary_min as "t.wishSalaryMin", t.wish_salary_max as "t.wishSalaryMax", t.graduation_year as "t.graduationYear"`;

function toMatchPosition(row: Record<string, unknown>): MatchPosition {
  return {
    title: String(row.title),
    educationFloor: row.educationFloor as EducationLevel,
    major: String(row.major ?? ""),
    skills: (row.skills as string[]) ?? [],
    experienceYears: Number(row.experienceYears),
    salaryMin: row.salaryMin == null ? null : Number(row.salaryMin),
    salaryMax: row.salaryMax == null ? null : Number(row.salaryMax),
    locationId: Number(row.locationId),
    industryId: Number(row.industryId),
    talentLevel: row.talentLevel as TalentLevel,
    overseasFriendly: Boolean(row.overseasFriendly),
  };
}

function toMatchTalent(prefixed: Record<string, unknown>): MatchTalent {
  const row = Object.fromEntries(Object.entries(prefixed).flatMap(([k, v]) => (k.startsWith("t.") ? [[k.slice(2), v]] : [])));
  const ints = (v: unknown) => ((v as number[] | null) ?? []).map(Number);
  return {
    educationLevel: (row.educationLevel as EducationLevel | null) ?? null,
    major: String(row.major ?? ""),
    title: String(row.title ?? ""),
    skills: (row.skills as string[]) ?? [],
    origin: row.origin === "overseas" ? "overseas" : "domestic",
    wishLocationIds: ints(row.wishLocationIds),
    wishIndustryIds: ints(row.wishIndustryIds),
    wishSalaryMin: row.wishSalaryMin == null ? null : Number(row.wishSalaryMin),
    wishSalaryMax: row.wishSalaryMax == null ? null : Number(row.wishSalaryMax),
    graduationYear: row.graduationYear == null ? null : Number(row.graduationYear),
  };
}

async function enclaveIds(): Promise<Set<number>> {
  const rows = await execute<{ id: number }>(await getDb(), sql`select id from locations where kind = 'enclave'`);
  return new Set(rows.map((r) => Number(r.id)));
}

/** The reasons of a ranked pair, in words-to-be (the model's), next to the database's score. */
async function explain<T>(rows: Record<string, unknown>[], pair: (row: Record<string, unknown>) => [MatchTalent, MatchPosition], build: (row: Record<string, unknown>, reasons: MatchReason[]) => T, year: number): Promise<T[]> {
  if (rows.length === 0) return [];
  const context = { enclaveIds: await enclaveIds(), year };
  return rows.map((row) => {
    const [talent, position] = pair(row);
    const result = scoreMatch(talent, position, context);
    return build(row, result.eligible ? result.reasons : []);
  });
}

export interface RecommendedPosition {
  id: number;
  title: string;
  employerName: string;
  locationZh: string;
  locationEn: string;
  industryZh: string;
  industryEn: string;
  salaryMin: number | null;
  salaryMax: number | null;
  score: number;
  reasons: MatchReason[];
  /** The talent already registered an intent on it (only when applied ones are kept). */
  applied: boolean;
}

/** A talent's matching profile, or null when they have none. */
export async function getMatchTalent({ talentId }: { talentId: string }): Promise<MatchTalent | null> {
  const [row] = await execute(
    await getDb(),
    sql`select ${MATCH_TALENT_COLUMNS} from talent_profiles t join users u on u.id = t.user_id and u.deleted_at is null where t.user_id = ${talentId}`,
  );
  return row ? toMatchTalent(row) : null;
}

/**
 * A talent's top public positions, best first (ties: newest id first). Hidden ones are left out,
 * and so are those the talent already registered an intent on unless `keepApplied`.
 */
export async function findRecommendedPositions({
  talentId,
  limit = TOP,
  keepApplied = false,
  year = currentYear(),
  pool = POOL,
}: {
  talentId: string;
  limit?: number;
  keepApplied?: boolean;
  year?: number;
  /** Candidate budgets (tests and the bench change them). */
  pool?: Pool;
}): Promise<RecommendedPosition[]> {
  const db = await getDb();
  const applied = sql`p.id = any(array(select i.position_id from intents i where i.talent_id = ${talentId} and i.position_id is not null))`;
  const rows = await execute(
    db,
    sql`with t as (select tp.* from talent_profiles tp join users u on u.id = tp.user_id and u.deleted_at is null where tp.user_id = ${talentId}),
        pairs as (
          select i.id as industry_id, l.id as location_id, (i.id = any(t.wish_industry_ids) and l.id = any(t.wish_location_ids)) as both_wished
          from t, industries i, locations l
          where i.id = any(t.wish_industry_ids) or l.id = any(t.wish_location_ids)),
        sizes as (
          select greatest(1, count(*) filter (where both_wished)) as nb, greatest(1, count(*) filter (where not both_wished)) as ns,
            (select count(*) from (select 1 from t, pairs cross join lateral (
                select 1 from positions p where p.status = 'published' and p.industry_id = pairs.industry_id and p.location_id = pairs.location_id
                  and p.education_floor <= t.education_level limit ${pool.exactUpTo}::int + 1) x limit ${pool.exactUpTo}::int + 1) c) <= ${pool.exactUpTo}::int as exact
          from pairs),
        pool as (
          select c.id from t, sizes, pairs cross join lateral (
            select p.id from positions p
            where p.status = 'published' and p.industry_id = pairs.industry_id and p.location_id = pairs.location_id
              and p.education_floor <= t.education_level
            order by p.id desc
            limit case when sizes.exact then ${pool.exactUpTo}::int when pairs.both_wished then greatest(${pool.minBoth}::int, ${pool.both}::int / sizes.nb) else greatest(${pool.minOne}::int, ${pool.one}::int / sizes.ns) end) c)
        select p.id, e.name as "employerName", l.name_zh as "locationZh", l.name_en as "locationEn", ind.name_zh as "industryZh", ind.name_en as "industryEn",
          ${MATCH_POSITION_COLUMNS}, ${MATCH_TALENT_COLUMNS}, ${scoreSql({ year })} as score, ${applied} as applied
        from pool join positions p on p.id = pool.id join employers e on e.id = p.employer_id
          join locations l on l.id = p.location_id join industries ind on ind.id = p.industry_id, t, ${enclaves}
        where ${PUBLIC} and ${ELIGIBLE}
          -- The talent's few hidden and applied positions, read once rather than probed per candidate.
          and p.id <> all(array(select h.position_id from hidden_recommendations h where h.talent_id = ${talentId}))
          ${keepApplied ? sql`` : sql`and not ${applied}`}
        order by score desc, p.id desc
        limit ${limit}`,
  );
  return explain(
    rows,
    (row) => [toMatchTalent(row), toMatchPosition(row)],
    (row, reasons) => ({
      id: Number(row.id),
      title: String(row.title),
      employerName: String(row.employerName),
      locationZh: String(row.locationZh),
      locationEn: String(row.locationEn),
      industryZh: String(row.industryZh),
      industryEn: String(row.industryEn),
      salaryMin: row.salaryMin == null ? null : Number(row.salaryMin),
      salaryMax: row.salaryMax == null ? null : Number(row.salaryMax),
      score: Number(row.score),
      reasons,
      applied: Boolean(row.applied),
    }),
    year,
  );
}

export interface MatchingTalent {
  talentId: string;
  name: string;
  educationLevel: EducationLevel | null;
  major: string;
  title: string;
  origin: "domestic" | "overseas";
  score: number;
  reasons: MatchReason[];
  invited: boolean;
}

/**
 * A position's best-matching talents among those who allow the employer to see them, best first
 * (ties: by id). Talents with an intent on the position already are in its pipeline, not here.
 * An unknown position, or another organisation's, answers null.
 */
export async function findMatchingTalents({
  positionId,
  employerId,
  limit = TOP,
  year = currentYear(),
  pool = POOL,
}: {
  positionId: number;
  employerId: number;
  limit?: number;
  year?: number;
  pool?: Pool;
}): Promise<MatchingTalent[] | null> {
  const db = await getDb();
  const [own] = await execute(db, sql`select 1 from positions where id = ${positionId} and employer_id = ${employerId}`);
  if (!own) return null;
  const rows = await execute(
    db,
    sql`with p as (select * from positions where id = ${positionId} and employer_id = ${employerId}),
        verified as (select exists (select 1 from employers where id = ${employerId} and status = 'verified') as yes),
        pool as (
          (select tp.user_id from talent_profiles tp, p, verified
            where verified.yes and tp.visibility = 'verified_employers' and tp.wish_industry_ids @> array[p.industry_id] limit ${pool.industry})
          union
          (select tp.user_id from talent_profiles tp, p, verified
            where verified.yes and tp.visibility = 'verified_employers' and tp.wish_location_ids @> array[p.location_id] limit ${pool.location})
          union
          (select distinct i.talent_id from intents i where i.employer_id = ${employerId} limit ${pool.intents}))
        select t.user_id as "talentId", coalesce(nullif(t.real_name, ''), u.name) as name, ${MATCH_TALENT_COLUMNS}, ${MATCH_POSITION_COLUMNS},
          ${scoreSql({ year })} as score,
          exists (select 1 from match_invitations mi where mi.position_id = p.id and mi.talent_id = t.user_id) as invited
        from pool join talent_profiles t on t.user_id = pool.user_id join users u on u.id = t.user_id and u.deleted_at is null, p, ${enclaves}
        where ${ELIGIBLE} and ${visibleTo(employerId)}
          and not exists (select 1 from intents ai where ai.talent_id = t.user_id and ai.position_id = p.id)
        order by score desc, t.user_id
        limit ${limit}`,
  );
  return explain(
    rows,
    (row) => [toMatchTalent(row), toMatchPosition(row)],
    (row, reasons) => ({
      talentId: String(row.talentId),
      name: String(row.name),
      educationLevel: (row["t.educationLevel"] as EducationLevel | null) ?? null,
      major: String(row["t.major"] ?? ""),
      title: String(row["t.title"] ?? ""),
      origin: row["t.origin"] === "overseas" ? ("overseas" as const) : ("domestic" as const),
      score: Number(row.score),
      reasons,
      invited: Boolean(row.invited),
    }),
    year,
  );
}

export interface MatchProfile {
  talentId: string;
  name: string;
  educationLevel: EducationLevel | null;
  school: string;
  major: string;
  title: string;
  skills: string[];
  origin: "domestic" | "overseas";
  country: string | null;
  graduationYear: number | null;
  wishLocationIds: number[];
  wishIndustryIds: number[];
  wishSalaryMin: number | null;
  wishSalaryMax: number | null;
  bio: string;
  positionTitle: string;
  score: number | null;
  reasons: MatchReason[];
  invited: boolean;
  applied: boolean;
}

/**
 * What an employer may read of a matching talent for one of its positions: the profile without
 * contact details or résumé (those come with an intent). Null for another's position or a
 * talent who does not allow this employer to see them.
 */
export async function getMatchProfile({ positionId, employerId, talentId, year = currentYear() }: { positionId: number; employerId: number; talentId: string; year?: number }): Promise<MatchProfile | null> {
  const db = await getDb();
  const [row] = await execute(
    db,
    sql`select t.user_id as "talentId", coalesce(nullif(t.real_name, ''), u.name) as name, t.school, t.country, t.bio, p.title as "positionTitle",
          ${MATCH_TALENT_COLUMNS}, ${MATCH_POSITION_COLUMNS},
          exists (select 1 from match_invitations mi where mi.position_id = p.id and mi.talent_id = t.user_id) as invited,
          exists (select 1 from intents ai where ai.talent_id = t.user_id and ai.position_id = p.id) as applied
        from talent_profiles t join users u on u.id = t.user_id and u.deleted_at is null, positions p
        where t.user_id = ${talentId} and p.id = ${positionId} and p.employer_id = ${employerId} and ${visibleTo(employerId)}`,
  );
  if (!row) return null;
  const talent = toMatchTalent(row);
  const result = scoreMatch(talent, toMatchPosition(row), { enclaveIds: await enclaveIds(), year });
  return {
    ...talent,
    skills: [...talent.skills],
    wishLocationIds: [...talent.wishLocationIds],
    wishIndustryIds: [...talent.wishIndustryIds],
    talentId: String(row.talentId),
    name: String(row.name),
    school: String(row.school ?? ""),
    country: (row.country as string | null) ?? null,
    bio: String(row.bio ?? ""),
    positionTitle: String(row.positionTitle),
    score: result.eligible ? result.score : null,
    reasons: result.eligible ? result.reasons : [],
    invited: Boolean(row.invited),
    applied: Boolean(row.applied),
  };
}
