import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { reportReason, reportStatus } from "./enums";
import { positions } from "./positions";

/** 举报: anyone signed in reports a posting; operators dismiss it or take the posting down. */
export const reports = pgTable(
  "reports",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    reporterId: uuid("reporter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    positionId: integer("position_id")
      .notNull()
      .references(() => positions.id, { onDelete: "cascade" }),
    reason: reportReason("reason").notNull(),
    details: text("details").notNull().default(""),
    status: reportStatus("status").notNull().default("open"),
    /** What the operator decided and why (shown to the reporter). */
    resolution: text("resolution"),
    handledBy: uuid("handled_by").references(() => users.id, { onDelete: "set null" }),
    handledAt: timestamp("handled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("reports_details_check", sql`length(${t.details}) <= 2000`),
    check("reports_handled_check", sql`(${t.status} = 'open') = (${t.handledAt} is null)`),
    // One open report per person and posting: a second one shows the first.
    uniqueIndex("reports_open_key").on(t.reporterId, t.positionId).where(sql`${t.status} = 'open'`),
    index("reports_queue_idx").on(t.status, t.createdAt),
    index("reports_position_idx").on(t.positionId),
  ],
);

export type Report = typeof reports.$inferSelect;
