/** 单位: the verified ones with positions online, plus a review queue (pending) and one rejected. */
import { generateCreditCode } from "../../lib/accounts/credit-code";
import {
  BOARD_HAICHUANG,
  LOCATIONS,
  PLATFORMS,
  industryId,
  locationId,
  type IndustryCode,
  type LocationCode,
} from "./catalog-data";
import { padded, type SeedContext } from "./context";
import { DEMO_ACCOUNT_AGE_DAYS } from "./demo-accounts";
import {
  DEMO_EMPLOYER,
  HAICHUANG_KINDS,
  QIANQI_ENTERPRISE_INDUSTRIES,
  QIANQI_KINDS,
  RESEARCH_FIELDS,
  type NamedInstitution,
} from "./employer-data";
import { Namer, type Identity } from "./employer-names";
import type { EmployerKind } from "./position-templates";
import type { Rng } from "./random";
import type { EmployerMemberRow, EmployerRow, RowBatch, UserRow } from "./rows";
import { chineseName, employerDescription } from "./texts";
import { DAY, HOUR, iso } from "./time";

export const EMPLOYER_KINDS: readonly EmployerKind[] = [
  "enterprise",
  "state_owned",
  "public_institution",
  "university",
  "research_institute",
  "medical",
];

export interface EmployerMeta {
  /** Verified employers are indices 0…verified-1 (id = index + 1); then pending, then rejected. */
  verified: number;
  total: number;
  kind: Uint8Array;
  /** Platform id, 0 for the 千企百校 board. */
  platform: Uint8Array;
  industry: Uint8Array;
  location: Uint8Array;
  createdAt: Float64Array;
  verifiedAt: Float64Array;
  names: string[];
  /** Verified employers per platform id (index 0 unused). */
  byPlatform: number[][];
  /** Who acts for the employer in the seed's histories: the demo account for employer 1. */
  actorId(index: number): string;
}

const CHUNK = 2000;

const REJECTION_REASON = "提交的营业执照信息与统一社会信用代码不一致,请核实后重新提交。";

const QIANQI_LOCATIONS: readonly (readonly [LocationCode, number])[] = [
  ["dinghai", 0.44],
  ["putuo", 0.3],
  ["daishan", 0.11],
  ["shengsi", 0.05],
  ["xiaoshan-enclave", 0.05],
  ["yuhang-enclave", 0.05],
];

const STATE_OWNED_INDUSTRIES: readonly (readonly [IndustryCode, number])[] = [
  ["port-logistics", 0.3],
  ["marine-tourism", 0.15],
  ["finance", 0.15],
  ["shipbuilding", 0.15],
  ["foreign-trade", 0.15],
  ["information-technology", 0.1],
];

function identityFor(rng: Rng, namer: Namer, platformId: number): Identity {
  const platform = PLATFORMS.find((p) => p.id === platformId);
  const wanted = rng.weighted(platform ? HAICHUANG_KINDS : QIANQI_KINDS);
  if (platform) {
    const industry = rng.pick(platform.industries);
    const location = rng.pick(platform.employerLocations);
    if (wanted === "research_institute") {
      const institute = namer.institute(platform.industries);
      if (institute) return { kind: wanted, nameZh: institute[0], nameEn: institute[1], industry: institute[2], location };
    }
    const stateOwned = wanted === "state_owned";
    const [zh, en] = namer.enterprise(industry, stateOwned);
    return { kind: stateOwned ? "state_owned" : "enterprise", industry, location, nameZh: zh, nameEn: en };
  }
  const fromInstitution = (kind: EmployerKind, item: NamedInstitution | null): Identity | null =>
    item ? { kind, industry: item.industry, location: item.location, nameZh: item.nameZh, nameEn: item.nameEn } : null;
  let identity: Identity | null = null;
  if (wanted === "university") identity = fromInstitution("university", namer.university());
  else if (wanted === "medical") identity = fromInstitution("medical", namer.hospital());
  else if (wanted === "public_institution") {
    identity = rng.chance(0.35) ? fromInstitution("public_institution", namer.school()) : null;
    if (!identity) {
      const unit = namer.publicUnit();
      if (unit) identity = { kind: "public_institution", nameZh: unit[0], nameEn: unit[1], industry: unit[2], location: unit[3] };
    }
  } else if (wanted === "research_institute") {
    const fields = Object.keys(RESEARCH_FIELDS) as IndustryCode[];
    const institute = namer.institute(fields);
    if (institute) {
      identity = { kind: "research_institute", nameZh: institute[0], nameEn: institute[1], industry: institute[2], location: rng.weighted(QIANQI_LOCATIONS) };
    }
  }
  if (identity) return identity;
  const stateOwned = wanted === "state_owned";
  const industry = rng.weighted(stateOwned ? STATE_OWNED_INDUSTRIES : QIANQI_ENTERPRISE_INDUSTRIES);
  const [zh, en] = namer.enterprise(industry, stateOwned);
  return { kind: stateOwned ? "state_owned" : "enterprise", industry, location: rng.weighted(QIANQI_LOCATIONS), nameZh: zh, nameEn: en };
}

/** Employers still in review (or rejected) are young enterprises. */
function newcomer(rng: Rng, namer: Namer): Identity {
  const industry = rng.weighted(QIANQI_ENTERPRISE_INDUSTRIES);
  const [zh, en] = namer.enterprise(industry, false);
  return { kind: "enterprise", industry, location: rng.weighted(QIANQI_LOCATIONS), nameZh: zh, nameEn: en };
}

function creditCodeFor(rng: Rng, kind: EmployerKind, location: LocationCode, used: Set<string>): string {
  const enterprise = kind === "enterprise" || kind === "state_owned";
  const place = LOCATIONS.find((l) => l.code === location);
  // Enclave companies are mostly registered back home in Zhoushan.
  const division = place?.kind === "enclave" && rng.chance(0.6) ? "330900" : kind === "state_owned" ? "330900" : (place?.division ?? "330900");
  for (;;) {
    const code = generateCreditCode(rng.next, {
      prefix: enterprise ? "91" : "12",
      division,
      style: enterprise ? "any" : "legacy",
    });
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

/** Which verified employers are on 五大海创平台, and on which platform. */
function assignPlatforms(ctx: SeedContext): Uint8Array {
  const rng = ctx.rng("employers:platforms");
  const { employers, haichuangEmployers } = ctx.plan;
  const platform = new Uint8Array(employers);
  platform[0] = DEMO_EMPLOYER.platformId;
  const others = rng.shuffle(Array.from({ length: employers - 1 }, (_, i) => i + 1));
  const chosen = others.slice(0, haichuangEmployers - 1).sort((a, b) => a - b);
  chosen.forEach((index, n) => {
    // Every platform gets employers, however small the plan.
    platform[index] = n < PLATFORMS.length ? (PLATFORMS[n]?.id ?? 1) : rng.weighted(PLATFORMS.map((p) => [p.id, p.weight] as const));
  });
  return platform;
}

export function* generateEmployers(ctx: SeedContext): Generator<RowBatch, EmployerMeta> {
  const { plan } = ctx;
  const verified = plan.employers;
  const total = verified + plan.pendingEmployers + plan.rejectedEmployers;
  const rng = ctx.rng("employers");
  const namer = new Namer(ctx.rng("employers:names"));
  namer.reserve(DEMO_EMPLOYER.nameZh);
  const codes = new Set<string>();
  const platformOf = assignPlatforms(ctx);
  const meta: EmployerMeta = {
    verified,
    total,
    kind: new Uint8Array(total),
    platform: new Uint8Array(total),
    industry: new Uint8Array(total),
    location: new Uint8Array(total),
    createdAt: new Float64Array(total),
    verifiedAt: new Float64Array(total),
    names: [],
    byPlatform: PLATFORMS.map(() => [] as number[]).concat([[]]),
    actorId: (i) => (i === 0 ? ctx.demoEmployerUserId : ctx.hrUserId(i)),
  };
  const hrEmailWidth = total;

  for (let from = 0; from < total; from += CHUNK) {
    const users: UserRow[] = [];
    const employers: EmployerRow[] = [];
    const members: EmployerMemberRow[] = [];
    for (let i = from; i < Math.min(total, from + CHUNK); i++) {
      const isVerified = i < verified;
      const isRejected = i >= verified + plan.pendingEmployers;
      const platformId = isVerified ? (platformOf[i] ?? 0) : 0;
      const identity: Identity =
        i === 0
          ? { kind: "enterprise", industry: DEMO_EMPLOYER.industry, location: DEMO_EMPLOYER.location, nameZh: DEMO_EMPLOYER.nameZh, nameEn: DEMO_EMPLOYER.nameEn }
          : isVerified
            ? identityFor(rng, namer, platformId)
            : newcomer(rng, namer);
      const created = isVerified
        ? ctx.start - rng.int(12, 400) * DAY - rng.int(0, 23) * HOUR
        : isRejected
          ? ctx.start + DAY + rng.int(1, 10) * HOUR
          : ctx.now - rng.int(1, 6) * DAY - rng.int(0, 20) * HOUR;
      const verifiedAt = isVerified ? Math.min(ctx.start - DAY, created + rng.int(1, 5) * DAY) : 0;
      const updated = isVerified ? verifiedAt : isRejected ? created + 2 * DAY : created;
      const platform = PLATFORMS.find((p) => p.id === platformId);
      meta.kind[i] = EMPLOYER_KINDS.indexOf(identity.kind);
      meta.platform[i] = platformId;
      meta.industry[i] = industryId(identity.industry);
      meta.location[i] = locationId(identity.location);
      meta.createdAt[i] = created;
      meta.verifiedAt[i] = verifiedAt;
      meta.names.push(identity.nameZh);
      if (isVerified && platformId > 0) meta.byPlatform[platformId]?.push(i);

      const owner = ctx.hrUserId(i);
      users.push({
        id: owner,
        email: `hr-${padded(i + 1, hrEmailWidth, 4)}@employer.zhihui.example`,
        password_hash: null,
        name: chineseName(rng),
        role: "employer",
        locale: "zh",
        time_zone: "Asia/Shanghai",
        consent_at: null,
        created_at: iso(created),
        updated_at: iso(created),
      });
      employers.push({
        id: i + 1,
        name: identity.nameZh,
        name_en: identity.nameEn,
        credit_code: creditCodeFor(rng, identity.kind, identity.location, codes),
        kind: identity.kind,
        industry_id: industryId(identity.industry),
        location_id: locationId(identity.location),
        description: employerDescription(rng, {
          name: identity.nameZh,
          kind: identity.kind,
          industry: identity.industry,
          platformName: platform && platform.boardId === BOARD_HAICHUANG ? platform.nameZh : null,
        }),
        website: i === 0 ? DEMO_EMPLOYER.website : null,
        status: isVerified ? "verified" : isRejected ? "rejected" : "pending",
        rejection_reason: isRejected ? REJECTION_REASON : null,
        verified_at: isVerified ? iso(verifiedAt) : null,
        verified_by: isVerified ? ctx.operatorId : null,
        created_at: iso(created),
        updated_at: iso(updated),
      });
      members.push({ employer_id: i + 1, user_id: owner, role: "owner", created_at: iso(created) });
      if (i === 0) {
        // The demo account joined when it was created, not before.
        const joined = Math.max(created + HOUR, ctx.start - DEMO_ACCOUNT_AGE_DAYS.employer * DAY);
        members.push({ employer_id: 1, user_id: ctx.demoEmployerUserId, role: "owner", created_at: iso(joined) });
      }
    }
    yield { table: "users", rows: users };
    yield { table: "employers", rows: employers };
    yield { table: "employer_members", rows: members };
  }
  return meta;
}
