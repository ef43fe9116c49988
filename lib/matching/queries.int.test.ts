/**
 * The SQL ranking agrees with the TypeScript model: on the generated demo campaign, roughened
 * with edge cases (spaces, letter case, lists of majors, enclaves, 面议, unknown education), every
 * sampled pair gets the same verdict and score, and both top-20 lists are the model's.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "../../db/index";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { PUBLIC } from "../positions/queries";
import { scoreMatch, type EducationLevel, type MatchPosition, type MatchTalent } from "./model";
import { findMatchingTalents, findRecommendedPositions, POOL, TOP, type Pool } from "./queries";
import { ELIGIBLE, scoreSql } from "./score-sql";

const YEAR = 2026;
const EXACT: Pool = { exactUpTo: 1e6, both: 1e6, one: 1e6, minBoth: 1e6, minOne: 1e6, industry: 1e6, location: 1e6, intents: 1e6 };

let t: TestDatabase;
let positions: (MatchPosition & { id: number; employerId: number; employerVerified: boolean; public: boolean })[];
let demoTalentId: string;
let talents: (MatchTalent & { id: string; visibility: string })[];
let intents: { talentId: string; employerId: number; positionId: number | null }[];
let context: { enclaveIds: Set<number>; year: number };

/** A small deterministic generator (mulberry32). */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  const db = t.db;
  const random = rng(7);
  // Edge cases the demo data lacks, on a deterministic sample of rows.
  await db.execute(sql`update positions set major = '  船舶与海洋工程 、轮机工程;,信息与通信工程 ' where id % 17 = 0`);
  await db.execute(sql`update positions set skills = array['CAD', ' cad ', 'Python', 'MATLAB'] where id % 19 = 0`);
  await db.execute(sql`update positions set salary_min = null, salary_max = null where id % 23 = 0`);
  await db.execute(sql`update positions set location_id = (select id from locations where code = 'xiaoshan-enclave') where id % 29 = 0`);
  await db.execute(sql`update positions set title = '工程师' where id % 31 = 0`);
  await db.execute(sql`update talent_profiles set skills = array['cad', 'python', 'matlab　'] where ('x' || substr(md5(user_id::text), 1, 6))::bit(24)::int % 11 = 0`);
  await db.execute(sql`update talent_profiles set wish_location_ids = array[(select id from locations where code = 'yuhang-enclave')]
    where ('x' || substr(md5(user_id::text), 1, 6))::bit(24)::int % 13 = 0`);
  await db.execute(sql`update talent_profiles set education_level = null where ('x' || substr(md5(user_id::text), 1, 6))::bit(24)::int % 37 = 0`);
  await db.execute(sql`update talent_profiles set major = ' 轮机工程 ', graduation_year = null where ('x' || substr(md5(user_id::text), 1, 6))::bit(24)::int % 41 = 0`);
  await db.execute(sql`update talent_profiles set wish_salary_min = ${Math.round(random() * 30) * 1000 + 8000} where ('x' || substr(md5(user_id::text), 1, 6))::bit(24)::int % 43 = 0`);
  await db.execute(sql`analyze`);

  const rows = await execute(
    db,
    sql`select p.id, p.employer_id as "employerId", e.status = 'verified' as "employerVerified", p.title, p.education_floor as "educationFloor", p.major, p.skills,
          p.experience_years as "experienceYears", p.salary_min as "salaryMin", p.salary_max as "salaryMax", p.location_id as "locationId",
          p.industry_id as "industryId", p.talent_level as "talentLevel", p.overseas_friendly as "overseasFriendly", (${PUBLIC}) as public
        from positions p join employers e on e.id = p.employer_id`,
  );
  positions = rows.map((r) => ({
    id: Number(r.id),
    employerId: Number(r.employerId),
    employerVerified: Boolean(r.employerVerified),
    public: Boolean(r.public),
    title: String(r.title),
    educationFloor: r.educationFloor as EducationLevel,
    major: String(r.major),
    skills: r.skills as string[],
    experienceYears: Number(r.experienceYears),
    salaryMin: r.salaryMin == null ? null : Number(r.salaryMin),
    salaryMax: r.salaryMax == null ? null : Number(r.salaryMax),
    locationId: Number(r.locationId),
    industryId: Number(r.industryId),
    talentLevel: r.talentLevel as MatchPosition["talentLevel"],
    overseasFriendly: Boolean(r.overseasFriendly),
  }));
  const people = await execute(
    db,
    sql`select t.user_id as id, t.visibility, t.education_level as "educationLevel", t.major, t.title, t.skills, t.origin, t.wish_location_ids as "wishLocationIds",
          t.wish_industry_ids as "wishIndustryIds", t.wish_salary_min as "wishSalaryMin", t.wish_salary_max as "wishSalaryMax", t.graduation_year as "graduationYear"
        from talent_profiles t join users u on u.id = t.user_id where u.deleted_at is null`,
  );
  talents = people.map((r) => ({
    id: String(r.id),
    visibility: String(r.visibility),
    educationLevel: (r.educationLevel as EducationLevel | null) ?? null,
    major: String(r.major),
    title: String(r.title),
    skills: r.skills as string[],
    origin: r.origin as "domestic" | "overseas",
    wishLocationIds: (r.wishLocationIds as number[]).map(Number),
    wishIndustryIds: (r.wishIndustryIds as number[]).map(Number),
    wishSalaryMin: r.wishSalaryMin == null ? null : Number(r.wishSalaryMin),
    wishSalaryMax: r.wishSalaryMax == null ? null : Number(r.wishSalaryMax),
    graduationYear: r.graduationYear == null ? null : Number(r.graduationYear),
  }));
  intents = (await execute(db, sql`select talent_id as "talentId", employer_id as "employerId", position_id as "positionId" from intents`)).map((r) => ({
    talentId: String(r.talentId),
    employerId: Number(r.employerId),
    positionId: r.positionId == null ? null : Number(r.positionId),
  }));
  const [demo] = await execute(db, sql`select id from users where email = 'talent@zhihui.example'`);
  demoTalentId = String(demo!.id);
  const enclaves = await execute(db, sql`select id from locations where kind = 'enclave'`);
  context = { enclaveIds: new Set(enclaves.map((r) => Number(r.id))), year: YEAR };
});
afterAll(async () => {
  await t?.destroy();
});

/** Every 40th talent (by id). */
function sampleTalents() {
  const sorted = [...talents].sort((a, b) => (a.id < b.id ? -1 : 1));
  return sorted.filter((_, i) => i % 40 === 0);
}

function topPositionsByModel(talent: MatchTalent) {
  return positions
    .filter((p) => p.public)
    .flatMap((p) => {
      const r = scoreMatch(talent, p, context);
      return r.eligible ? [{ id: p.id, score: r.score }] : [];
    })
    .sort((a, b) => b.score - a.score || b.id - a.id)
    .slice(0, TOP);
}

function topTalentsByModel(position: (typeof positions)[number]) {
  const withIntent = new Set(intents.filter((i) => i.employerId === position.employerId).map((i) => i.talentId));
  const onPosition = new Set(intents.filter((i) => i.positionId === position.id).map((i) => i.talentId));
  return talents
    .filter((x) => ((x.visibility === "verified_employers" && position.employerVerified) || withIntent.has(x.id)) && !onPosition.has(x.id))
    .flatMap((x) => {
      const r = scoreMatch(x, position, context);
      return r.eligible ? [{ id: x.id, score: r.score }] : [];
    })
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, TOP);
}

describe("[matching] the SQL ranking agrees with the model", () => {
  it("gives every sampled pair the model's verdict and score", async () => {
    const sample = sampleTalents();
    const rows = await execute<{ talentId: string; positionId: number; eligible: boolean; score: number }>(
      t.db,
      sql`select t.user_id as "talentId", p.id as "positionId", ${ELIGIBLE} as eligible, ${scoreSql({ year: YEAR })} as score
          from talent_profiles t cross join positions p cross join (select coalesce(array_agg(id), '{}'::int[]) as enclaves from locations where kind = 'enclave') ctx
          where t.user_id in (${sql.join(sample.map((s) => sql`${s.id}::uuid`), sql`, `)})`,
    );
    expect(rows.length).toBe(sample.length * positions.length);
    const byId = new Map(positions.map((p) => [p.id, p]));
    const people = new Map(sample.map((s) => [s.id, s]));
    let eligible = 0;
    const mismatches: string[] = [];
    for (const row of rows) {
      const result = scoreMatch(people.get(String(row.talentId))!, byId.get(Number(row.positionId))!, context);
      const sqlEligible = Boolean(row.eligible);
      if (result.eligible !== sqlEligible || (result.eligible && result.score !== Number(row.score))) {
        mismatches.push(`${row.talentId}×${row.positionId}: sql ${sqlEligible}/${row.score}, model ${result.eligible ? result.score : result.exclusion}`);
      }
      if (sqlEligible) eligible++;
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    // The sample is not trivial: many pairs are in, most are out.
    expect(eligible).toBeGreaterThan(rows.length / 20);
    expect(eligible).toBeLessThan(rows.length / 2);
  });

  it("ranks a talent's top 20 positions as the model does (exact pool and default pool)", async () => {
    let compared = 0;
    for (const talent of sampleTalents()) {
      const expected = topPositionsByModel(talent);
      for (const pool of [EXACT, POOL]) {
        const got = await findRecommendedPositions({ talentId: talent.id, keepApplied: true, year: YEAR, pool });
        expect(got.map((g) => ({ id: g.id, score: g.score })), `${talent.id} (${pool === EXACT ? "exact" : "default"} pool)`).toEqual(expected);
      }
      if (expected.length > 0) compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("ranks a position's top 20 visible talents as the model does", async () => {
    const sample = positions.filter((p, i) => i % 25 === 0);
    let compared = 0;
    for (const position of sample) {
      const expected = topTalentsByModel(position);
      for (const pool of [EXACT, POOL]) {
        const got = await findMatchingTalents({ positionId: position.id, employerId: position.employerId, year: YEAR, pool });
        expect(got?.map((g) => ({ id: g.talentId, score: g.score })), `position ${position.id}`).toEqual(expected);
      }
      if (expected.length > 0) compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it("explains each ranked pair with the model's reasons and keeps hidden and applied positions out", async () => {
    const demo = talents.find((x) => x.id === demoTalentId)!;
    const [first, second] = await findRecommendedPositions({ talentId: demo.id, year: YEAR });
    expect(first!.reasons.map((r) => r.kind)).toContain("skills");
    await t.db.execute(sql`insert into hidden_recommendations (talent_id, position_id) values (${demo.id}, ${first!.id})`);
    const after = await findRecommendedPositions({ talentId: demo.id, year: YEAR });
    expect(after[0]!.id).toBe(second!.id);
    const applied = intents.filter((i) => i.talentId === demo.id && i.positionId !== null).map((i) => i.positionId);
    expect(after.some((r) => applied.includes(r.id))).toBe(false);
    expect(await findMatchingTalents({ positionId: first!.id, employerId: -1 })).toBeNull();
  });
});
