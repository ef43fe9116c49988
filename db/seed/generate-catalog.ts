/** Boards, platforms, places, industries, categories, the campaign, the demo operator and employer accounts. */
import {
  ANNOUNCEMENT_CATEGORIES,
  BOARDS,
  CAMPAIGN,
  INDUSTRIES,
  LOCATIONS,
  PLATFORMS,
  POLICY_TAGS,
} from "./catalog-data";
import type { SeedContext } from "./context";
import { DEMO_ACCOUNT_AGE_DAYS, DEMO_ACCOUNTS } from "./demo-accounts";
import type { RowBatch, UserRow } from "./rows";
import { DAY, iso } from "./time";

export function* generateCatalog(ctx: SeedContext): Generator<RowBatch> {
  const demoUser = (id: string, account: (typeof DEMO_ACCOUNTS)[keyof typeof DEMO_ACCOUNTS], created: number): UserRow => ({
    id,
    email: account.email,
    password_hash: ctx.passwordHash,
    name: account.name,
    role: account.role,
    locale: "zh",
    time_zone: "Asia/Shanghai",
    consent_at: null,
    created_at: iso(created),
    updated_at: iso(created),
  });
  yield {
    table: "users",
    rows: [
      demoUser(ctx.operatorId, DEMO_ACCOUNTS.operator, ctx.start - DEMO_ACCOUNT_AGE_DAYS.operator * DAY),
      demoUser(ctx.demoEmployerUserId, DEMO_ACCOUNTS.employer, ctx.start - DEMO_ACCOUNT_AGE_DAYS.employer * DAY),
      // The demo talent comes with the other talents (generate-talents.ts).
    ],
  };
  yield {
    table: "boards",
    rows: BOARDS.map((b) => ({
      id: b.id,
      code: b.code,
      name_zh: b.nameZh,
      name_en: b.nameEn,
      description_zh: b.descriptionZh,
      description_en: b.descriptionEn,
      sort_order: b.sortOrder,
    })),
  };
  yield {
    table: "platforms",
    rows: PLATFORMS.map((p, i) => ({
      id: p.id,
      board_id: p.boardId,
      code: p.code,
      name_zh: p.nameZh,
      name_en: p.nameEn,
      sort_order: i + 1,
    })),
  };
  yield {
    table: "locations",
    rows: LOCATIONS.map((l, i) => ({ id: l.id, code: l.code, kind: l.kind, name_zh: l.nameZh, name_en: l.nameEn, sort_order: i + 1 })),
  };
  yield {
    table: "industries",
    rows: INDUSTRIES.map((x, i) => ({ id: x.id, code: x.code, name_zh: x.nameZh, name_en: x.nameEn, core: x.core, sort_order: i + 1 })),
  };
  yield {
    table: "campaigns",
    rows: [
      {
        id: CAMPAIGN.id,
        slug: CAMPAIGN.slug,
        name_zh: CAMPAIGN.nameZh,
        name_en: CAMPAIGN.nameEn,
        slogan_zh: CAMPAIGN.sloganZh,
        slogan_en: CAMPAIGN.sloganEn,
        starts_at: iso(ctx.start),
        ends_at: iso(ctx.end),
        require_verified_employers: true,
        featured: true,
        created_at: iso(ctx.start - 30 * DAY),
      },
    ],
  };
  yield { table: "campaign_boards", rows: BOARDS.map((b) => ({ campaign_id: CAMPAIGN.id, board_id: b.id })) };
  yield {
    table: "announcement_categories",
    rows: ANNOUNCEMENT_CATEGORIES.map((c) => ({ id: c.id, code: c.code, name_zh: c.nameZh, name_en: c.nameEn, sort_order: c.sortOrder })),
  };
  yield {
    table: "policy_tags",
    rows: POLICY_TAGS.map((t, i) => ({ id: t.id, code: t.code, name_zh: t.nameZh, name_en: t.nameEn, sort_order: i + 1 })),
  };
}
