import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { campaigns } from "./catalog";
import { employers } from "./employers";
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

/**
 * The dashboard's figures per campaign and Beijing day, kept by triggers (migration 0009) as
 * the rows they count change, so that the dashboard reads a few hundred rows instead of
 * millions. `metric` names what is counted and `key` the breakdown ("" for the total):
 * position (n positions online, amount their headcount; keys board:ID, platform:ID,
 * location:ID, industry:ID, kind:…, education:…, level:…), employer (first day online),
 * talent ("", overseas, country:CC), intent (status:kind, by registration), funnel
 * (negotiated, reached, signed: employment intents by registration), reached (kind, by the day
 * reached), reach_hours (kind:hours from registration to reached). stats_rebuild() recomputes
 * it all from the rows. The triggers' deltas reach it (and stats_waiting) as their transaction
 * commits, through stats_pending (migration 0019), so that concurrent changes do not queue on
 * its shared rows.
 */
export const statsDaily = pgTable(
  "stats_daily",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    metric: text("metric").notNull(),
    key: text("key").notNull().default(""),
    day: date("day").notNull(),
    n: bigint("n", { mode: "number" }).notNull().default(0),
    amount: bigint("amount", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.metric, t.key, t.day] })],
);

/** Each employer's first day online in a campaign (a day of stats_daily's employer metric). */
export const statsEmployerCampaigns = pgTable(
  "stats_employer_campaigns",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    employerId: integer("employer_id")
      .notNull()
      .references(() => employers.id, { onDelete: "cascade" }),
    firstDay: date("first_day").notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.employerId] })],
);

/** Intents waiting on each employer now (submitted or viewed), per campaign. */
export const statsWaiting = pgTable(
  "stats_waiting",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    employerId: integer("employer_id")
      .notNull()
      .references(() => employers.id, { onDelete: "cascade" }),
    n: integer("n").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.employerId] }), index("stats_waiting_top_idx").on(t.campaignId, t.n.desc())],
);
