import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { campaigns, policyTags } from "./catalog";
import { positions } from "./positions";

/** The 4 categories of 引才公告 — data, not an enum. */
export const announcementCategories = pgTable("announcement_categories", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  code: text("code").notNull().unique(),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
  sortOrder: integer("sort_order").notNull().default(0),
});

/** 引才公告. Unpublished while published_at is null or in the future. */
export const announcements = pgTable(
  "announcements",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    categoryId: integer("category_id")
      .notNull()
      .references(() => announcementCategories.id),
    campaignId: integer("campaign_id").references(() => campaigns.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    body: text("body").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** Positions recruited for by this announcement take it as their latest expiry. */
    deadline: timestamp("deadline", { withTimezone: true }),
    pinned: boolean("pinned").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("announcements_title_check", sql`length(${t.title}) between 1 and 200`),
    index("announcements_published_idx").on(t.publishedAt.desc()),
    index("announcements_category_idx").on(t.categoryId, t.publishedAt.desc()),
  ],
);

export const announcementPositions = pgTable(
  "announcement_positions",
  {
    announcementId: integer("announcement_id")
      .notNull()
      .references(() => announcements.id, { onDelete: "cascade" }),
    positionId: integer("position_id")
      .notNull()
      .references(() => positions.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.announcementId, t.positionId] }), index("announcement_positions_position_idx").on(t.positionId)],
);

export const announcementPolicyTags = pgTable(
  "announcement_policy_tags",
  {
    announcementId: integer("announcement_id")
      .notNull()
      .references(() => announcements.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => policyTags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.announcementId, t.tagId] }), index("announcement_policy_tags_tag_idx").on(t.tagId)],
);

export type AnnouncementCategory = typeof announcementCategories.$inferSelect;
export type Announcement = typeof announcements.$inferSelect;
export type NewAnnouncement = typeof announcements.$inferInsert;
