import { index, integer, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { positions } from "./positions";

/** A recommendation the talent hid ("not for me"): never recommended to them again. */
export const hiddenRecommendations = pgTable(
  "hidden_recommendations",
  {
    talentId: uuid("talent_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    positionId: integer("position_id")
      .notNull()
      .references(() => positions.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.talentId, t.positionId] })],
);

/** An employer invited a matching talent to register an intent on a position: once per pair. */
export const matchInvitations = pgTable(
  "match_invitations",
  {
    positionId: integer("position_id")
      .notNull()
      .references(() => positions.id, { onDelete: "cascade" }),
    talentId: uuid("talent_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.positionId, t.talentId] }), index("match_invitations_talent_idx").on(t.talentId)],
);

export type HiddenRecommendation = typeof hiddenRecommendations.$inferSelect;
export type MatchInvitation = typeof matchInvitations.$inferSelect;
