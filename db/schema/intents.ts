import { sql } from "drizzle-orm";
import { bigint, boolean, check, foreignKey, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { boards, campaigns, platforms } from "./catalog";
import { employers } from "./employers";
import { intentKind, intentStatus } from "./enums";
import { positions } from "./positions";
import { files } from "./talents";

/**
 * 意向: an employment intent names a position; a project-settlement intent names a board (and
 * maybe a platform) and carries its project in intent_projects.
 */
export const intents = pgTable(
  "intents",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    kind: intentKind("kind").notNull(),
    talentId: uuid("talent_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    positionId: integer("position_id").references(() => positions.id, { onDelete: "cascade" }),
    /** The employer handling it: the position's, or the platform's for a project. */
    employerId: integer("employer_id").references(() => employers.id, { onDelete: "cascade" }),
    boardId: integer("board_id")
      .notNull()
      .references(() => boards.id),
    platformId: integer("platform_id"),
    campaignId: integer("campaign_id").references(() => campaigns.id, { onDelete: "set null" }),
    status: intentStatus("status").notNull().default("submitted"),
    message: text("message").notNull().default(""),
    declineReason: text("decline_reason"),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the intent first reached 达成意向; kept through later states for the figures. */
    reachedAt: timestamp("reached_at", { withTimezone: true }),
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
    /**
     * An unclaimed project on a board with too many handlers to tell each at once
     * (lib/intents/access.ts LEAD_FANOUT_MAX): they hear of it in the next leads digest.
     */
    leadsPending: boolean("leads_pending").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One intent per talent per position (null positions — projects — are distinct).
    unique("intents_talent_position_key").on(t.talentId, t.positionId),
    foreignKey({
      name: "intents_platform_on_board_fk",
      columns: [t.platformId, t.boardId],
      foreignColumns: [platforms.id, platforms.boardId],
    }),
    check(
      "intents_kind_target_check",
      sql`(${t.kind} = 'employment' and ${t.positionId} is not null) or (${t.kind} = 'project' and ${t.positionId} is null)`,
    ),
    check("intents_decline_reason_check", sql`${t.status} <> 'declined' or ${t.declineReason} is not null`),
    check(
      "intents_reached_check",
      sql`${t.status} not in ('reached', 'signed', 'onboard', 'settled') or ${t.reachedAt} is not null`,
    ),
    check("intents_message_check", sql`length(${t.message}) <= 2000`),
    index("intents_employer_status_idx").on(t.employerId, t.status),
    index("intents_leads_pending_idx").on(t.id).where(sql`${t.leadsPending}`),
    index("intents_position_status_idx").on(t.positionId, t.status),
    index("intents_campaign_status_idx").on(t.campaignId, t.status),
    index("intents_status_changed_idx").on(t.status, t.statusChangedAt),
  ],
);

/** The project of a 项目落户意向. */
export const intentProjects = pgTable(
  "intent_projects",
  {
    intentId: integer("intent_id")
      .primaryKey()
      .references(() => intents.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    field: text("field").notNull(),
    stage: text("stage").notNull(),
    teamSize: integer("team_size").notNull(),
    /** 万元 (10,000 yuan). */
    fundingSought: integer("funding_sought"),
    pitchFileId: uuid("pitch_file_id").references(() => files.id, { onDelete: "set null" }),
  },
  (t) => [
    check("intent_projects_team_check", sql`${t.teamSize} between 1 and 10000`),
    check("intent_projects_funding_check", sql`${t.fundingSought} is null or ${t.fundingSought} >= 0`),
  ],
);

/** Every move of an intent: who, when, from, to. */
export const intentEvents = pgTable(
  "intent_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    intentId: integer("intent_id")
      .notNull()
      .references(() => intents.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    fromStatus: intentStatus("from_status"),
    toStatus: intentStatus("to_status").notNull(),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("intent_events_intent_idx").on(t.intentId, t.createdAt)],
);

/** The message thread of an intent, between talent and employer. */
export const intentMessages = pgTable(
  "intent_messages",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    intentId: integer("intent_id")
      .notNull()
      .references(() => intents.id, { onDelete: "cascade" }),
    senderId: uuid("sender_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("intent_messages_body_check", sql`length(${t.body}) between 1 and 4000`),
    index("intent_messages_intent_idx").on(t.intentId, t.createdAt),
  ],
);

/** An employer's private notes on an intent (the talent never sees them). */
export const intentNotes = pgTable(
  "intent_notes",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    intentId: integer("intent_id")
      .notNull()
      .references(() => intents.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("intent_notes_body_check", sql`length(${t.body}) between 1 and 4000`),
    index("intent_notes_intent_idx").on(t.intentId, t.createdAt),
  ],
);

export type Intent = typeof intents.$inferSelect;
export type NewIntent = typeof intents.$inferInsert;
export type IntentEvent = typeof intentEvents.$inferSelect;
export type IntentProject = typeof intentProjects.$inferSelect;
