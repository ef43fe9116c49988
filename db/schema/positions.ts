import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { boards, campaigns, industries, locations, platforms, policyTags } from "./catalog";
import { employers } from "./employers";
import { educationLevel, employerKind, positionStatus, talentLevel } from "./enums";

/** 岗位. Salaries are monthly, in yuan; both null means 面议 (negotiable). */
export const positions = pgTable(
  "positions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    employerId: integer("employer_id")
      .notNull()
      .references(() => employers.id, { onDelete: "cascade" }),
    campaignId: integer("campaign_id").references(() => campaigns.id, { onDelete: "set null" }),
    boardId: integer("board_id")
      .notNull()
      .references(() => boards.id),
    platformId: integer("platform_id"),
    title: text("title").notNull(),
    category: text("category").notNull(),
    talentLevel: talentLevel("talent_level").notNull(),
    educationFloor: educationLevel("education_floor").notNull().default("bachelor"),
    major: text("major").notNull().default(""),
    experienceYears: integer("experience_years").notNull().default(0),
    salaryMin: integer("salary_min"),
    salaryMax: integer("salary_max"),
    headcount: integer("headcount").notNull().default(1),
    locationId: integer("location_id")
      .notNull()
      .references(() => locations.id),
    industryId: integer("industry_id")
      .notNull()
      .references(() => industries.id),
    skills: text("skills").array().notNull().default(sql`'{}'::text[]`),
    description: text("description").notNull().default(""),
    /** Open to talents from abroad (海外人才). */
    overseasFriendly: boolean("overseas_friendly").notNull().default(false),
    status: positionStatus("status").notNull().default("draft"),
    rejectionReason: text("rejection_reason"),
    /** Why an operator took a published position down (after a report, say). */
    takedownReason: text("takedown_reason"),
    /** The employer's own expiry. */
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    /**
     * When the position leaves the public list: its own expiry, or the earliest deadline of the
     * announcements recruiting for it if that is sooner. Kept by triggers (migration 0006).
     */
    closesAt: timestamp("closes_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    viewCount: integer("view_count").notNull().default(0),
    /**
     * Copies of the employer's verification and kind and of the position's policy tag ids, for
     * the search's own copy (positionSearch below): kept by triggers on employers and
     * position_policy_tags (migration 0012); never written by the app.
     */
    employerVerified: boolean("employer_verified").notNull().default(false),
    employerKind: employerKind("employer_kind"),
    policyTagIds: integer("policy_tag_ids").array().notNull().default(sql`'{}'::integer[]`),
    /** lib/search/tokens.ts's positionTokens, kept by whoever writes the title, skills… (the search reads positionSearch's copy) */
    searchTokens: integer("search_tokens").array().notNull().default(sql`'{}'::integer[]`),
    /** Optimistic concurrency: an edit names the version it started from. */
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: "positions_platform_on_board_fk",
      columns: [t.platformId, t.boardId],
      foreignColumns: [platforms.id, platforms.boardId],
    }),
    check("positions_headcount_check", sql`${t.headcount} between 1 and 10000`),
    check("positions_experience_check", sql`${t.experienceYears} between 0 and 60`),
    check(
      "positions_salary_check",
      sql`(${t.salaryMin} is null or ${t.salaryMin} >= 0) and (${t.salaryMax} is null or ${t.salaryMax} >= coalesce(${t.salaryMin}, 0))`,
    ),
    check("positions_published_check", sql`${t.status} <> 'published' or ${t.publishedAt} is not null`),
    check("positions_title_check", sql`length(${t.title}) between 1 and 200`),
    index("positions_public_idx").on(t.status, t.publishedAt.desc()),
    index("positions_employer_idx").on(t.employerId, t.status),
    // The employer's list, last changed first, a page at a time (findEmployerPositions).
    index("positions_employer_updated_idx").on(t.employerId, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("positions_campaign_idx").on(t.campaignId, t.status),
  ],
);

/**
 * The search's own narrow copy of each public position (published, employer verified): the
 * words, the sort keys, every filtered column and the title, about 400 bytes a row against the
 * position's 1.1 kB with its description inline. Collecting a rare word's matches then reads
 * small rows that stay cached, and the relevance pool finds its titles here. Kept by statement
 * triggers on positions (migration 0013), which refuse any other writer.
 */
export const positionSearch = pgTable(
  "position_search",
  {
    id: integer("id")
      .primaryKey()
      .references(() => positions.id, { onDelete: "cascade" }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
    closesAt: timestamp("closes_at", { withTimezone: true }),
    salaryMax: integer("salary_max"),
    boardId: integer("board_id").notNull(),
    platformId: integer("platform_id"),
    locationId: integer("location_id").notNull(),
    industryId: integer("industry_id").notNull(),
    educationFloor: educationLevel("education_floor").notNull(),
    talentLevel: talentLevel("talent_level").notNull(),
    employerKind: employerKind("employer_kind"),
    overseasFriendly: boolean("overseas_friendly").notNull(),
    policyTagIds: integer("policy_tag_ids").array().notNull(),
    searchTokens: integer("search_tokens").array().notNull(),
    title: text("title").notNull(),
  },
  (t) => [
    // All of a query's tokens (@>): intarray's GIN operator class. The filtered columns ride in
    // the same GIN index (btree_gin), so a word and a filter intersect in the index and only
    // true matches are read from the table.
    index("position_search_words_idx").using(
      "gin",
      t.searchTokens.op("gin__int_ops"),
      t.locationId,
      t.boardId,
      t.industryId,
      t.platformId,
      t.educationFloor,
      t.talentLevel,
      t.employerKind,
    ),
    // position_search_newest_idx and position_search_salary_idx, the covering indexes of the
    // search's ordered walks, are in migrations 0013 and 0014 (drizzle cannot declare INCLUDE);
    // the newest-first one holds the title too, for relevance's title hits.
  ],
);

/** 收藏: a talent's saved positions. */
export const savedPositions = pgTable(
  "saved_positions",
  {
    talentId: uuid("talent_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    positionId: integer("position_id")
      .notNull()
      .references(() => positions.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the talent was told the saved position is about to close (once). */
    expiryNotifiedAt: timestamp("expiry_notified_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.talentId, t.positionId] }), index("saved_positions_position_idx").on(t.positionId)],
);

/** A position's talent-policy tags (人才政策). */
export const positionPolicyTags = pgTable(
  "position_policy_tags",
  {
    positionId: integer("position_id")
      .notNull()
      .references(() => positions.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => policyTags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.positionId, t.tagId] }), index("position_policy_tags_tag_idx").on(t.tagId, t.positionId)],
);

export type Position = typeof positions.$inferSelect;
export type NewPosition = typeof positions.$inferInsert;

/**
 * The searches whose first pages the cached tree holds (app/(cached)/cached/[locale]/search),
 * one row per search (its path segment, lib/cache/cached-path.ts), written as each copy is
 * rendered. A change to postings purges only the copies of searches that could show them
 * (lib/cache/search-registry.ts), on every instance, instead of every search. Rows of searches
 * not rendered for a week are deleted by the scheduled jobs.
 */
export const cachedSearches = pgTable("cached_searches", {
  segment: text("segment").primaryKey(),
  /** The words' tokens (lib/search/tokens.ts queryTokens); empty without words. */
  tokens: integer("tokens").array().notNull(),
  board: text("board"),
  platform: text("platform"),
  location: text("location"),
  industry: text("industry"),
  policy: text("policy"),
  education: educationLevel("education"),
  level: talentLevel("level"),
  kind: employerKind("kind"),
  salary: integer("salary"),
  overseas: boolean("overseas").notNull().default(false),
  seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
});
