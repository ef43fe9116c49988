import { sql } from "drizzle-orm";
import { check, date, integer, pgTable, primaryKey } from "drizzle-orm/pg-core";
import { campaigns } from "./catalog";
import { positions } from "./positions";

/**
 * Views of a public position, one counter row per position and Beijing day (upserted by the
 * view beacon, lib/stats/views.ts) — never a row per view.
 */
export const positionViewDays = pgTable(
  "position_view_days",
  {
    positionId: integer("position_id")
      .notNull()
      .references(() => positions.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    views: integer("views").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.positionId, t.day] }), check("position_view_days_views_check", sql`${t.views} >= 0`)],
);

/**
 * The same views summed per campaign and day, kept by the same statement that counts a view:
 * the dashboard's funnel reads a few rows here instead of summing millions above.
 */
export const campaignViewDays = pgTable(
  "campaign_view_days",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    views: integer("views").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.day] }), check("campaign_view_days_views_check", sql`${t.views} >= 0`)],
);

export type PositionViewDay = typeof positionViewDays.$inferSelect;
