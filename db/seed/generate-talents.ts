/** 人才: user, profile and campaign participation; talent 0 is the demo account. */
import { CAMPAIGN, INDUSTRIES, industryId, locationId, type IndustryCode, type LocationCode } from "./catalog-data";
import { padded, type SeedContext } from "./context";
import { DEMO_ACCOUNT_AGE_DAYS, DEMO_ACCOUNTS } from "./demo-accounts";
import { TALENT_SKILL_SLOTS, majorId, skillId } from "./intent-fit";
import { COUNTRIES, DOMESTIC_SCHOOLS, EDUCATION_RANK, TALENT_TITLES, type EducationLevel } from "./people-data";
import { INDUSTRY_PROFILES } from "./position-templates";
import type { CampaignTalentRow, RowBatch, TalentProfileRow, UserRow } from "./rows";
import { INDUSTRY_FOCUS, chineseName, talentBio } from "./texts";
import { DAY, HOUR, iso, timeBetween } from "./time";

export interface TalentMeta {
  count: number;
  /** The talent's own field. */
  industry: Uint8Array;
  joinedAt: Float64Array;
  names: string[];
  schools: string[];
  /** EDUCATION_RANK of their education. */
  education: Uint8Array;
  /** majorId() of their major. */
  major: Uint16Array;
  /** skillId() of their skills, TALENT_SKILL_SLOTS per talent, 0 for none. */
  skills: Uint16Array;
  /** Wished industry and location ids as bits (bit id). */
  wishIndustries: Uint32Array;
  wishLocations: Uint32Array;
  /** Wished monthly minimum in yuan; 0 when they did not say. */
  salaryMin: Int32Array;
  /** Years since graduation. */
  years: Uint8Array;
  overseas: Uint8Array;
}

const CHUNK = 2000;

/** Fields talents come from: the core industries lead. */
const FIELD_WEIGHTS: readonly (readonly [IndustryCode, number])[] = [
  ["marine-electronics", 0.13],
  ["petrochemical", 0.1],
  ["marine-biology", 0.1],
  ["foreign-trade", 0.08],
  ["aviation", 0.07],
  ["information-technology", 0.11],
  ["shipbuilding", 0.08],
  ["port-logistics", 0.06],
  ["healthcare", 0.09],
  ["education-research", 0.07],
  ["finance", 0.05],
  ["aquatic-processing", 0.03],
  ["marine-tourism", 0.03],
];

const WISH_LOCATIONS: readonly (readonly [LocationCode, number])[] = [
  ["dinghai", 0.3],
  ["putuo", 0.2],
  ["new-city", 0.18],
  ["free-trade-zone", 0.1],
  ["daishan", 0.06],
  ["shengsi", 0.03],
  ["xiaoshan-enclave", 0.07],
  ["yuhang-enclave", 0.06],
];

const DEMO_PROFILE = {
  industry: "marine-electronics" as IndustryCode,
  school: "浙江大学",
  major: "信息与通信工程",
  education: "doctor" as EducationLevel,
  yearsSinceGraduation: 8,
  title: "高级工程师",
  skills: ["水声通信", "信号处理", "MATLAB", "C/C++", "嵌入式开发", "Python"],
  wishLocations: ["dinghai", "new-city", "yuhang-enclave"] as LocationCode[],
  wishIndustries: ["marine-electronics", "information-technology", "shipbuilding"] as IndustryCode[],
  salary: [25_000, 40_000] as const,
  bio: "浙江大学信息与通信工程博士,从事水声通信与海洋观测网研究8年,主持过国家重点研发计划子课题。希望在舟山海洋科学城发展,把研究做成产品。",
};

export function* generateTalents(ctx: SeedContext): Generator<RowBatch, TalentMeta> {
  const count = ctx.plan.talents;
  const rng = ctx.rng("talents");
  const year = new Date(ctx.now).getUTCFullYear();
  const meta: TalentMeta = {
    count,
    industry: new Uint8Array(count),
    joinedAt: new Float64Array(count),
    names: [],
    schools: [],
    education: new Uint8Array(count),
    major: new Uint16Array(count),
    skills: new Uint16Array(count * TALENT_SKILL_SLOTS),
    wishIndustries: new Uint32Array(count),
    wishLocations: new Uint32Array(count),
    salaryMin: new Int32Array(count),
    years: new Uint8Array(count),
    overseas: new Uint8Array(count),
  };
  for (let from = 0; from < count; from += CHUNK) {
    const users: UserRow[] = [];
    const profiles: TalentProfileRow[] = [];
    const joins: CampaignTalentRow[] = [];
    for (let t = from; t < Math.min(count, from + CHUNK); t++) {
      const demo = t === 0;
      const id = ctx.talentUserId(t);
      const overseas = !demo && rng.chance(0.3);
      const country = overseas ? rng.weighted(COUNTRIES.map((c) => [c, c.weight] as const)) : null;
      const foreigner = country !== null && rng.chance(0.12);
      const name = demo ? DEMO_ACCOUNTS.talent.name : foreigner && country ? rng.pick(country.localNames) : chineseName(rng);
      const field = demo ? DEMO_PROFILE.industry : rng.weighted(FIELD_WEIGHTS);
      const profile = INDUSTRY_PROFILES[field];
      const education: EducationLevel = demo
        ? DEMO_PROFILE.education
        : rng.weighted(
            overseas
              ? ([["doctor", 0.4], ["master", 0.45], ["bachelor", 0.15]] as const)
              : ([["doctor", 0.2], ["master", 0.4], ["bachelor", 0.34], ["associate", 0.06]] as const),
          );
      const student = !demo && rng.chance(0.22);
      const years = demo ? DEMO_PROFILE.yearsSinceGraduation : student ? 0 : rng.int(1, 20);
      const school = demo ? DEMO_PROFILE.school : country ? rng.pick(country.schools) : rng.pick(DOMESTIC_SCHOOLS);
      const major = demo ? DEMO_PROFILE.major : rng.pick(profile.majors);
      const title = demo
        ? DEMO_PROFILE.title
        : student
          ? education === "doctor"
            ? "在读博士研究生"
            : education === "master"
              ? "应届硕士毕业生"
              : "应届毕业生"
          : overseas && rng.chance(0.5)
            ? rng.pick(TALENT_TITLES.overseas)
            : rng.pick(years <= 5 ? TALENT_TITLES.early : years <= 12 ? TALENT_TITLES.senior : TALENT_TITLES.leading);
      const skills = demo ? DEMO_PROFILE.skills : rng.sample(profile.skills, rng.int(3, Math.min(6, profile.skills.length)));
      const wishLocations = demo
        ? DEMO_PROFILE.wishLocations.map(locationId)
        : [...new Set(Array.from({ length: rng.int(1, 3) }, () => locationId(rng.weighted(WISH_LOCATIONS))))];
      const wishIndustries = demo
        ? DEMO_PROFILE.wishIndustries.map(industryId)
        : [...new Set([industryId(field), ...Array.from({ length: rng.int(0, 2) }, () => rng.pick(INDUSTRIES).id)])];
      const [salaryMin, salaryMax]: [number | null, number | null] = demo
        ? [DEMO_PROFILE.salary[0], DEMO_PROFILE.salary[1]]
        : rng.chance(0.15)
          ? [null, null]
          : (() => {
              const base = student ? rng.int(6, 12) : years <= 5 ? rng.int(10, 20) : years <= 12 ? rng.int(20, 40) : rng.int(40, 80);
              return [base * 1000, (base + rng.int(2, Math.max(3, Math.round(base / 2)))) * 1000];
            })();
      const created = demo
        ? ctx.start - DEMO_ACCOUNT_AGE_DAYS.talent * DAY
        : rng.chance(0.55)
          ? ctx.start - rng.int(1, 365) * DAY - rng.int(0, 23) * HOUR
          : timeBetween(rng, ctx.start, ctx.start + 10 * DAY);
      const joined = demo ? ctx.start + DAY : timeBetween(rng, Math.max(created, ctx.start), Math.max(created, ctx.start) + 2 * DAY);

      meta.industry[t] = industryId(field);
      meta.joinedAt[t] = joined;
      meta.names.push(name);
      meta.schools.push(school);
      meta.education[t] = EDUCATION_RANK[education];
      meta.major[t] = majorId(major);
      skills.slice(0, TALENT_SKILL_SLOTS).forEach((skill, k) => (meta.skills[t * TALENT_SKILL_SLOTS + k] = skillId(skill)));
      meta.wishIndustries[t] = wishIndustries.reduce((bits, id) => bits | (1 << id), 0);
      meta.wishLocations[t] = wishLocations.reduce((bits, id) => bits | (1 << id), 0);
      meta.salaryMin[t] = salaryMin ?? 0;
      meta.years[t] = years;
      meta.overseas[t] = overseas ? 1 : 0;

      users.push({
        id,
        email: demo ? DEMO_ACCOUNTS.talent.email : `talent-${padded(t, count - 1, 5)}@talent.zhihui.example`,
        password_hash: demo ? ctx.passwordHash : null,
        name,
        role: "talent",
        locale: foreigner ? "en" : "zh",
        time_zone: country ? country.timeZone : "Asia/Shanghai",
        consent_at: iso(created),
        created_at: iso(created),
        updated_at: iso(joined),
      });
      profiles.push({
        user_id: id,
        real_name: name,
        phone: demo ? "13800000000" : null,
        contact_email: demo ? DEMO_ACCOUNTS.talent.email : null,
        education_level: education,
        school,
        major,
        graduation_year: year - years,
        title,
        skills,
        origin: overseas ? "overseas" : "domestic",
        country: country ? country.code : null,
        wish_location_ids: wishLocations,
        wish_industry_ids: wishIndustries,
        wish_salary_min: salaryMin,
        wish_salary_max: salaryMax,
        bio: demo
          ? DEMO_PROFILE.bio
          : talentBio(rng, { school, major, education, years, focus: INDUSTRY_FOCUS[field].split("、")[0] ?? major, overseas }),
        visibility: demo || rng.chance(0.7) ? "intent_employers" : "verified_employers",
        created_at: iso(created),
        updated_at: iso(joined),
      });
      joins.push({ campaign_id: CAMPAIGN.id, talent_id: id, joined_at: iso(joined) });
    }
    yield { table: "users", rows: users };
    yield { table: "talent_profiles", rows: profiles };
    yield { table: "campaign_talents", rows: joins };
  }
  return meta;
}
