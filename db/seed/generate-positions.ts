/** 岗位: the published ones of the campaign, then a handful in every other state. */
import { BOARD_HAICHUANG, BOARD_QIANQI, CAMPAIGN, INDUSTRIES, LOCATIONS, PLATFORMS, POLICY_TAGS, locationId, type IndustryCode } from "./catalog-data";
import type { SeedContext } from "./context";
import { EMPLOYER_KINDS, type EmployerMeta } from "./generate-employers";
import { EDUCATION_RANK, type EducationLevel } from "./people-data";
import {
  INDUSTRY_PROFILES,
  PUBLIC_INSTITUTION_TEMPLATES,
  type EmployerKind,
  type PositionTemplate,
  type TalentLevel,
} from "./position-templates";
import type { Rng } from "./random";
import type { PositionPolicyTagRow, PositionRow, PositionStatusValue, RowBatch } from "./rows";
import { positionDescription } from "./texts";
import { positionTokens } from "../../lib/search/tokens";
import { DAY, HOUR, iso, timeBetween } from "./time";

export const TALENT_LEVELS: readonly TalentLevel[] = ["top", "high", "young", "graduate"];

interface FlatTemplate extends PositionTemplate {
  industry: IndustryCode;
}

/** Every template once, so a position can remember its template as a small number. */
export const ALL_TEMPLATES: readonly FlatTemplate[] = [
  ...(Object.entries(INDUSTRY_PROFILES) as [IndustryCode, (typeof INDUSTRY_PROFILES)[IndustryCode]][]).flatMap(
    ([industry, profile]) => profile.templates.map((t) => ({ ...t, industry })),
  ),
  ...PUBLIC_INSTITUTION_TEMPLATES.map((t) => ({ ...t, industry: "education-research" as IndustryCode, kinds: ["public_institution" as const] })),
];

export interface PositionMeta {
  /** Published positions are indices 0…published-1 (id = index + 1). */
  published: number;
  total: number;
  employer: Int32Array;
  platform: Uint8Array;
  industry: Uint8Array;
  level: Uint8Array;
  overseas: Uint8Array;
  publishedAt: Float64Array;
  template: Uint16Array;
  senior: Uint8Array;
  location: Uint8Array;
  /** The education floor's rank (EDUCATION_RANK). */
  education: Uint8Array;
  /** Which of its template's skills the position asks for: bit k = template.skills[k]. */
  skills: Uint8Array;
  /** What it pays at most (salary_max, else salary_min), monthly yuan; 0 when it does not say. */
  pays: Int32Array;
  experience: Uint8Array;
  /** Published positions grouped by industry id: items[offsets[id]…offsets[id + 1]). */
  byIndustry: { offsets: Int32Array; items: Int32Array };
  /** The same by location id. */
  byLocation: { offsets: Int32Array; items: Int32Array };
  /** The demo employer's published positions. */
  demoPublished: number[];
  /** Positions that are not published, with the time of their last change. */
  others: { index: number; status: PositionStatusValue; employer: number; at: number }[];
  title(index: number): string;
}

const CHUNK = 1000;
const DEMO_EMPLOYER_POSITIONS = 6;

const INDUSTRY_PAY: Partial<Record<IndustryCode, number>> = {
  finance: 1.2,
  "information-technology": 1.15,
  petrochemical: 1.1,
  aviation: 1.1,
  healthcare: 1.05,
  "marine-tourism": 0.85,
  "aquatic-processing": 0.85,
  "education-research": 0.9,
};

const EDUCATION_BY_LEVEL: Record<TalentLevel, readonly (readonly [EducationLevel, number])[]> = {
  top: [["doctor", 0.7], ["master", 0.3]],
  high: [["doctor", 0.3], ["master", 0.5], ["bachelor", 0.2]],
  young: [["doctor", 0.1], ["master", 0.4], ["bachelor", 0.5]],
  graduate: [["master", 0.1], ["bachelor", 0.7], ["associate", 0.2]],
};

const RESEARCH_CATEGORIES = new Set(["研发", "博士后", "教学科研"]);

/** Senior research posts ask for a doctorate more often than not. */
const RESEARCH_EDUCATION: readonly (readonly [EducationLevel, number])[] = [["doctor", 0.75], ["master", 0.25]];

/** 顶尖 / 高层次 / 青年 / 大学生 among published positions. */
const LEVEL_SHARES: readonly (readonly [TalentLevel, number])[] = [
  ["top", 0.06],
  ["high", 0.26],
  ["young", 0.4],
  ["graduate", 0.28],
];

const templateCache = new Map<string, number[]>();

function templatesFor(kind: EmployerKind, industry: IndustryCode): number[] {
  const key = `${kind}:${industry}`;
  const cached = templateCache.get(key);
  if (cached) return cached;
  const fits = (t: FlatTemplate) => !t.kinds || t.kinds.includes(kind);
  let list = ALL_TEMPLATES.flatMap((t, i) => (t.industry === industry && fits(t) ? [i] : []));
  if (kind === "public_institution") {
    const general = ALL_TEMPLATES.flatMap((t, i) => (PUBLIC_INSTITUTION_TEMPLATES.some((p) => p.title === t.title) ? [i] : []));
    list = [...new Set(list.concat(general))];
  }
  if (kind === "research_institute") {
    const research = list.filter((i) => RESEARCH_CATEGORIES.has(ALL_TEMPLATES[i]?.category ?? ""));
    if (research.length > 0) list = research;
  }
  if (list.length === 0) list = ALL_TEMPLATES.flatMap((t, i) => (t.industry === industry && !t.kinds ? [i] : []));
  if (list.length === 0) list = ALL_TEMPLATES.flatMap((t, i) => (!t.kinds ? [i] : []));
  templateCache.set(key, list);
  return list;
}

export function positionTitle(template: number, senior: boolean): string {
  const title = ALL_TEMPLATES[template]?.title ?? "岗位";
  return senior ? `高级${title}` : title;
}

/** Monthly yuan: lowest and highest minimum, then the spread up to the maximum. */
const SALARY_RANGES: Record<TalentLevel, readonly [number, number, number, number]> = {
  top: [40_000, 70_000, 10_000, 30_000],
  high: [18_000, 30_000, 5_000, 15_000],
  young: [9_000, 16_000, 3_000, 8_000],
  graduate: [6_000, 9_000, 2_000, 4_000],
};

function round500(n: number): number {
  return Math.round(n / 500) * 500;
}

function salaryFor(rng: Rng, level: TalentLevel, industry: IndustryCode, kind: EmployerKind): [number | null, number | null] {
  const nullShare = { top: 0.6, high: 0.2, young: 0.08, graduate: 0.05 }[level];
  if (rng.chance(nullShare)) return [null, null];
  const pay = (INDUSTRY_PAY[industry] ?? 1) * (kind === "public_institution" ? 0.85 : 1);
  const [lo, hi, spreadLo, spreadHi] = SALARY_RANGES[level];
  const min = round500(rng.int(lo, hi) * pay);
  return [min, min + round500(rng.int(spreadLo, spreadHi))];
}

/** How many published positions each employer gets: one at least, a long tail of big recruiters. */
function assignEmployers(ctx: SeedContext, employers: EmployerMeta): Int32Array {
  const rng = ctx.rng("positions:employers");
  const { positions, haichuangPositions } = ctx.plan;
  const haichuang: number[] = [];
  const qianqi: number[] = [];
  for (let e = 0; e < employers.verified; e++) ((employers.platform[e] ?? 0) > 0 ? haichuang : qianqi).push(e);
  const assign = new Int32Array(positions);
  let n = 0;
  const fill = (group: number[], count: number, preset: number[]) => {
    let left = count;
    for (const e of preset.concat(group)) {
      if (left === 0) break;
      assign[n++] = e;
      left--;
    }
    const cumulative = new Float64Array(group.length);
    let sum = 0;
    group.forEach((_, i) => {
      sum += 0.25 + rng.next() ** 3 * 6;
      cumulative[i] = sum;
    });
    for (; left > 0; left--) {
      const r = rng.next() * sum;
      let lo = 0;
      let hi = group.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] ?? 0) > r) hi = mid;
        else lo = mid + 1;
      }
      assign[n++] = group[lo] ?? 0;
    }
  };
  const demoExtra = Math.max(0, Math.min(DEMO_EMPLOYER_POSITIONS - 1, haichuangPositions - haichuang.length));
  fill(haichuang, haichuangPositions, new Array<number>(demoExtra).fill(0));
  fill(qianqi, positions - haichuangPositions, []);
  for (let i = assign.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const tmp = assign[i] ?? 0;
    assign[i] = assign[j] ?? 0;
    assign[j] = tmp;
  }
  return assign;
}

interface Extra {
  employer: number;
  status: Exclude<PositionStatusValue, "published">;
  rejection: string | null;
}

function extraPositions(ctx: SeedContext, employers: EmployerMeta): Extra[] {
  const rng = ctx.rng("positions:extras");
  const { plan } = ctx;
  const randomVerified = () => rng.int(1, employers.verified - 1);
  const extras: Extra[] = [
    { employer: 0, status: "draft", rejection: null },
    { employer: 0, status: "in_review", rejection: null },
  ];
  for (let i = 1; i < plan.inReviewPositions; i++) extras.push({ employer: randomVerified(), status: "in_review", rejection: null });
  for (let i = 1; i < plan.draftPositions; i++) {
    extras.push({
      employer: randomVerified(),
      status: "draft",
      rejection: i === 1 ? "岗位描述中的薪酬范围与单位提交材料不一致,请修改后重新提交。" : null,
    });
  }
  for (let i = 0; i < plan.closedPositions; i++) extras.push({ employer: randomVerified(), status: "closed", rejection: null });
  const pending = employers.verified;
  const statuses: Extra["status"][][] = [["in_review", "in_review"], ["in_review", "draft"], ["draft"]];
  for (let p = 0; p < plan.pendingEmployers; p++) {
    for (const status of statuses[p % statuses.length] ?? []) extras.push({ employer: pending + p, status, rejection: null });
  }
  for (let r = 0; r < plan.rejectedEmployers; r++) {
    extras.push({ employer: pending + plan.pendingEmployers + r, status: "draft", rejection: null });
  }
  return extras;
}

/** How many policy tags a position of each level offers, and which it favours. */
const POLICY_COUNT: Record<TalentLevel, [number, number]> = { top: [2, 5], high: [1, 4], young: [0, 2], graduate: [0, 2] };
const POLICY_WEIGHTS: Record<TalentLevel, readonly number[]> = {
  top: [3, 3, 1, 1, 3, 3, 2, 2],
  high: [3, 2, 2, 1, 2, 2, 2, 1],
  young: [2, 1, 3, 3, 1, 0, 1, 0],
  graduate: [2, 0, 4, 4, 1, 0, 0, 0],
};

function* generatePositionPolicyTags(ctx: SeedContext, meta: PositionMeta): Generator<RowBatch> {
  // A stream of its own, so that tags do not change any other generated value.
  const rng = ctx.rng("positions:policy");
  let rows: PositionPolicyTagRow[] = [];
  for (let i = 0; i < meta.total; i++) {
    const level = TALENT_LEVELS[meta.level[i] ?? 0] ?? "young";
    const [min, max] = POLICY_COUNT[level];
    const weights = POLICY_WEIGHTS[level];
    const chosen = new Set<number>();
    const wanted = rng.int(min, max);
    for (let tries = 0; chosen.size < wanted && tries < 20; tries++) {
      chosen.add(rng.weighted(POLICY_TAGS.map((t, k) => [t.id, weights[k] ?? 0] as const)));
    }
    for (const tag of [...chosen].sort((a, b) => a - b)) rows.push({ position_id: i + 1, tag_id: tag });
    if (rows.length >= CHUNK) {
      yield { table: "position_policy_tags", rows };
      rows = [];
    }
  }
  if (rows.length > 0) yield { table: "position_policy_tags", rows };
}

function groupPublished({ offsets, items }: { offsets: Int32Array; items: Int32Array }, key: Uint8Array, published: number): void {
  for (let i = 0; i < published; i++) offsets[(key[i] ?? 0) + 1]! += 1;
  for (let k = 1; k < offsets.length; k++) offsets[k]! += offsets[k - 1] ?? 0;
  const cursor = offsets.slice();
  for (let i = 0; i < published; i++) items[cursor[key[i] ?? 0]!++] = i;
}

export function* generatePositions(ctx: SeedContext, employers: EmployerMeta): Generator<RowBatch, PositionMeta> {
  const { plan } = ctx;
  const rng = ctx.rng("positions");
  const assign = assignEmployers(ctx, employers);
  const extras = extraPositions(ctx, employers);
  const published = plan.positions;
  const total = published + extras.length;
  const meta: PositionMeta = {
    published,
    total,
    employer: new Int32Array(total),
    platform: new Uint8Array(total),
    industry: new Uint8Array(total),
    level: new Uint8Array(total),
    overseas: new Uint8Array(total),
    publishedAt: new Float64Array(total),
    template: new Uint16Array(total),
    senior: new Uint8Array(total),
    location: new Uint8Array(total),
    education: new Uint8Array(total),
    skills: new Uint8Array(total),
    pays: new Int32Array(total),
    experience: new Uint8Array(total),
    byIndustry: { offsets: new Int32Array(INDUSTRIES.length + 2), items: new Int32Array(published) },
    byLocation: { offsets: new Int32Array(LOCATIONS.length + 2), items: new Int32Array(published) },
    demoPublished: [],
    others: [],
    title: (i) => positionTitle(meta.template[i] ?? 0, meta.senior[i] === 1),
  };

  const campaignSpan = ctx.now - ctx.start;
  let rows: PositionRow[] = [];
  for (let i = 0; i < total; i++) {
    const extra = i >= published ? extras[i - published] : undefined;
    const e = extra ? extra.employer : (assign[i] ?? 0);
    const status: PositionStatusValue = extra ? extra.status : "published";
    const kind = EMPLOYER_KINDS[employers.kind[e] ?? 0] ?? "enterprise";
    const industryCode = INDUSTRIES[(employers.industry[e] ?? 1) - 1]?.code ?? "foreign-trade";
    // The level first, so that the mix of levels does not follow the mix of templates.
    const wanted = rng.weighted(LEVEL_SHARES);
    const candidates = templatesFor(kind, industryCode);
    const fitting = candidates.filter((t) => ALL_TEMPLATES[t]?.levels.includes(wanted));
    const templateIndex = rng.pick(fitting.length > 0 ? fitting : candidates);
    const template = ALL_TEMPLATES[templateIndex] as FlatTemplate;
    const level = template.levels.includes(wanted) ? wanted : rng.pick(template.levels);
    const senior = level === "high" && template.title.endsWith("工程师") && rng.chance(0.5);
    const research = RESEARCH_CATEGORIES.has(template.category) && (level === "top" || level === "high");
    const education: EducationLevel =
      template.category === "博士后" ? "doctor" : rng.weighted(research ? RESEARCH_EDUCATION : EDUCATION_BY_LEVEL[level]);
    const experienceYears = { top: rng.int(10, 20), high: rng.int(5, 12), young: rng.int(1, 5), graduate: 0 }[level];
    const [salaryMin, salaryMax] = salaryFor(rng, level, industryCode, kind);
    const headcount = { top: 1, high: rng.int(1, 3), young: rng.int(1, 6), graduate: rng.int(1, 10) }[level];
    const overseasFriendly = rng.chance({ top: 0.6, high: 0.45, young: 0.15, graduate: 0.08 }[level]);
    const skills = rng.sample(template.skills, rng.int(3, Math.min(6, template.skills.length)));

    const platformId = employers.platform[e] ?? 0;
    const platform = PLATFORMS.find((p) => p.id === platformId);
    let location = employers.location[e] ?? 1;
    const employerInEnclave = LOCATIONS[location - 1]?.kind === "enclave";
    if (!employerInEnclave) {
      if (platform?.zone && rng.chance(0.4)) location = locationId(platform.zone);
      else if (RESEARCH_CATEGORIES.has(template.category) && rng.chance(0.08)) {
        location = locationId(rng.chance(0.5) ? "xiaoshan-enclave" : "yuhang-enclave");
      }
    }
    const place = LOCATIONS[location - 1];

    let publishedAt: number | null = null;
    let created: number;
    let updated: number;
    if (status === "published" || status === "closed") {
      // 同步上线: most went online in the campaign's first two days.
      publishedAt =
        status === "closed" || rng.chance(0.85)
          ? timeBetween(rng, ctx.start, ctx.start + 2 * DAY)
          : timeBetween(rng, ctx.start + 2 * DAY, ctx.start + campaignSpan - DAY);
      created = publishedAt - rng.int(20, 96) * HOUR;
      updated = status === "closed" ? timeBetween(rng, ctx.start + 6 * DAY, ctx.now - DAY) : publishedAt;
    } else {
      const earliest = Math.max(ctx.start, (employers.createdAt[e] ?? ctx.start) + HOUR);
      created = timeBetween(rng, Math.max(earliest, ctx.now - 12 * DAY), ctx.now - 2 * DAY);
      updated = Math.min(ctx.now - HOUR, created + rng.int(1, 30) * HOUR);
    }

    meta.employer[i] = e;
    meta.platform[i] = platformId;
    meta.industry[i] = employers.industry[e] ?? 1;
    meta.level[i] = TALENT_LEVELS.indexOf(level);
    meta.overseas[i] = overseasFriendly ? 1 : 0;
    meta.publishedAt[i] = publishedAt ?? 0;
    meta.template[i] = templateIndex;
    meta.senior[i] = senior ? 1 : 0;
    meta.location[i] = location;
    meta.education[i] = EDUCATION_RANK[education];
    meta.skills[i] = skills.reduce((mask, skill) => mask | (1 << template.skills.indexOf(skill)), 0);
    meta.pays[i] = salaryMax ?? salaryMin ?? 0;
    meta.experience[i] = experienceYears;
    if (status === "published" && e === 0) meta.demoPublished.push(i);
    if (status !== "published") meta.others.push({ index: i, status, employer: e, at: updated });

    rows.push({
      id: i + 1,
      employer_id: e + 1,
      campaign_id: CAMPAIGN.id,
      board_id: platformId > 0 ? BOARD_HAICHUANG : BOARD_QIANQI,
      platform_id: platformId > 0 ? platformId : null,
      title: positionTitle(templateIndex, senior),
      category: template.category,
      talent_level: level,
      education_floor: education,
      major: template.major,
      experience_years: experienceYears,
      salary_min: salaryMin,
      salary_max: salaryMax,
      headcount,
      location_id: location,
      industry_id: employers.industry[e] ?? 1,
      skills,
      description: positionDescription(rng, {
        duties: template.duties,
        education,
        major: template.major,
        experienceYears,
        skills,
        level,
        overseasFriendly,
        salaryMin,
        salaryMax,
        locationName: place?.nameZh ?? "舟山",
        enclave: place?.kind === "enclave",
      }),
      search_tokens: positionTokens({
        title: positionTitle(templateIndex, senior),
        category: template.category,
        major: template.major,
        skills,
        employerName: employers.names[e] ?? "",
      }),
      overseas_friendly: overseasFriendly,
      status,
      rejection_reason: extra?.rejection ?? null,
      expires_at: publishedAt === null ? null : iso(ctx.end),
      published_at: publishedAt === null ? null : iso(publishedAt),
      view_count: status === "published" || status === "closed" ? Math.floor(rng.next() ** 2 * 3000) + rng.int(5, 60) : 0,
      version: 1,
      created_by: employers.actorId(e),
      created_at: iso(created),
      updated_at: iso(updated),
    });
    if (rows.length === CHUNK) {
      yield { table: "positions", rows };
      rows = [];
    }
  }
  if (rows.length > 0) yield { table: "positions", rows };
  yield* generatePositionPolicyTags(ctx, meta);

  // Published positions by industry and by place, for talents who look where they wish to.
  groupPublished(meta.byIndustry, meta.industry, published);
  groupPublished(meta.byLocation, meta.location, published);
  return meta;
}
