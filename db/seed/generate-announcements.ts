/** 引才公告 of the campaign and the positions each recruits for. */
import { ANNOUNCEMENTS, type AnnouncementLink } from "./announcements-data";
import { CAMPAIGN, type PolicyTagCode, POLICY_TAGS } from "./catalog-data";
import type { SeedContext } from "./context";
import { EMPLOYER_KINDS, type EmployerMeta } from "./generate-employers";
import { TALENT_LEVELS, type PositionMeta } from "./generate-positions";
import type { AnnouncementPolicyTagRow, AnnouncementPositionRow, AnnouncementRow, RowBatch } from "./rows";
import { DAY, HOUR, iso } from "./time";

function matches(link: AnnouncementLink, i: number, positions: PositionMeta, employers: EmployerMeta): boolean {
  switch (link.kind) {
    case "none":
      return false;
    case "level":
      return link.levels.includes(TALENT_LEVELS[positions.level[i] ?? 0] ?? "young");
    case "board":
      return (positions.platform[i] ?? 0) > 0;
    case "overseas":
      return positions.overseas[i] === 1;
    case "employer-kind":
      return link.kinds.includes(EMPLOYER_KINDS[employers.kind[positions.employer[i] ?? 0] ?? 0] ?? "");
  }
}

/** The policies each category of announcement usually offers. */
const POLICIES_BY_CATEGORY: Record<number, readonly PolicyTagCode[]> = {
  1: ["settling-allowance", "housing-subsidy", "startup-funding", "research-funding", "children-schooling", "spouse-employment"],
  2: ["settling-allowance", "talent-apartment", "living-allowance"],
  3: ["talent-apartment", "living-allowance", "housing-subsidy"],
  4: ["startup-funding", "research-funding", "talent-apartment"],
};

function policyTags(ctx: SeedContext): AnnouncementPolicyTagRow[] {
  const rng = ctx.rng("announcements:policy");
  return ANNOUNCEMENTS.flatMap((spec, n) => {
    const pool = POLICIES_BY_CATEGORY[spec.categoryId] ?? [];
    const codes = rng.sample(pool, rng.int(1, Math.min(3, pool.length)));
    return POLICY_TAGS.filter((t) => codes.includes(t.code)).map((t) => ({ announcement_id: n + 1, tag_id: t.id }));
  });
}

export function* generateAnnouncements(
  ctx: SeedContext,
  positions: PositionMeta,
  employers: EmployerMeta,
): Generator<RowBatch> {
  const rng = ctx.rng("announcements");
  const announcements: AnnouncementRow[] = [];
  const links: AnnouncementPositionRow[] = [];
  ANNOUNCEMENTS.forEach((spec, n) => {
    const id = n + 1;
    const published = ctx.start + spec.publishedDaysAfterStart * DAY + rng.int(1, 8) * HOUR;
    const deadline = spec.deadline === null ? null : spec.deadline === "end" ? ctx.end : ctx.now + spec.deadline * DAY;
    const created = published - rng.int(2, 48) * HOUR;
    announcements.push({
      id,
      category_id: spec.categoryId,
      campaign_id: CAMPAIGN.id,
      title: spec.title,
      body: spec.body,
      published_at: iso(published),
      deadline: deadline === null ? null : iso(deadline),
      pinned: spec.pinned,
      created_by: ctx.operatorId,
      created_at: iso(created),
      updated_at: iso(created),
    });
    if (spec.link.kind === "none" || published > ctx.now) return;
    const candidates: number[] = [];
    for (let i = 0; i < positions.published; i++) {
      if (matches(spec.link, i, positions, employers)) candidates.push(i);
    }
    for (const i of rng.sample(candidates, spec.link.count).sort((a, b) => a - b)) {
      links.push({ announcement_id: id, position_id: i + 1 });
    }
  });
  yield { table: "announcements", rows: announcements };
  yield { table: "announcement_positions", rows: links };
  yield { table: "announcement_policy_tags", rows: policyTags(ctx) };
}
