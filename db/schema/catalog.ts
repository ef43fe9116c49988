import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { locationKind } from "./enums";

/** 引才板块: "五大海创平台", "千企百校" — data, not an enum. */
export const boards = pgTable("boards", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  code: text("code").notNull().unique(),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
  descriptionZh: text("description_zh").notNull().default(""),
  descriptionEn: text("description_en").notNull().default(""),
  sortOrder: integer("sort_order").notNull().default(0),
});

/** 海创平台: a platform belongs to one board. */
export const platforms = pgTable(
  "platforms",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    boardId: integer("board_id")
      .notNull()
      .references(() => boards.id),
    code: text("code").notNull().unique(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  // (id, board_id) is the target of positions' composite key, so a position's platform is on its board.
  (t) => [unique("platforms_id_board_key").on(t.id, t.boardId)],
);

/** Districts (定海, 普陀…), zones (新城, 自贸区) and talent enclaves (人才飞地) in Hangzhou. */
export const locations = pgTable("locations", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  code: text("code").notNull().unique(),
  kind: locationKind("kind").notNull(),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
  sortOrder: integer("sort_order").notNull().default(0),
});

export const industries = pgTable("industries", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  code: text("code").notNull().unique(),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
  /** The article's core industries: 外贸, 石化, 航空, 海洋电子信息, 海洋生物. */
  core: boolean("core").notNull().default(false),
  sortOrder: integer("sort_order").notNull().default(0),
});

/** 招引计划 / 视频洽谈会: a dated, online fair. */
export const campaigns = pgTable(
  "campaigns",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull().unique(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    sloganZh: text("slogan_zh").notNull().default(""),
    sloganEn: text("slogan_en").notNull().default(""),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    requireVerifiedEmployers: boolean("require_verified_employers").notNull().default(true),
    /** The campaign shown on the home page. */
    featured: boolean("featured").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("campaigns_dates_check", sql`${t.endsAt} > ${t.startsAt}`)],
);

export const campaignBoards = pgTable(
  "campaign_boards",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    boardId: integer("board_id")
      .notNull()
      .references(() => boards.id),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.boardId] })],
);

/** 人才政策: housing subsidy, start-up funding… — tags on positions and announcements, searchable. */
export const policyTags = pgTable("policy_tags", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  code: text("code").notNull().unique(),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
  sortOrder: integer("sort_order").notNull().default(0),
});

export type Board = typeof boards.$inferSelect;
export type PolicyTag = typeof policyTags.$inferSelect;
export type Platform = typeof platforms.$inferSelect;
export type Location = typeof locations.$inferSelect;
export type Industry = typeof industries.$inferSelect;
export type Campaign = typeof campaigns.$inferSelect;
export type NewCampaign = typeof campaigns.$inferInsert;
