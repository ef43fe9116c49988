import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";

/**
 * E-mail waiting to go out. Rows are written in the transaction of whatever caused them (or by
 * the outbox from committed notifications) and sent afterwards by a drainer that claims rows
 * with FOR UPDATE SKIP LOCKED, so two app instances never send one row twice. A failed send is
 * retried later (next_attempt_at), never dropped; after many failures failed_at marks it for a
 * person to look at.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    /** What it is, for the log: "notification:intent.message", "alert", "alert.confirm"… */
    kind: text("kind").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    bodyText: text("body_text").notNull(),
    /** Extra headers, e.g. List-Unsubscribe (RFC 8058). */
    headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    /** A drainer working on the row; another may take it over once this has passed. */
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    failedAt: timestamp("failed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("mail_outbox_due_idx").on(t.nextAttemptAt).where(sql`${t.sentAt} is null and ${t.failedAt} is null`),
    check("mail_outbox_attempts_check", sql`${t.attempts} >= 0`),
    check("mail_outbox_to_check", sql`position('@' in ${t.toAddress}) > 1`),
  ],
);

export const NOTIFICATION_CATEGORIES = ["intents", "messages", "bookings", "saved", "postings", "account"] as const;

/** Which kinds of notification a user also gets by e-mail; a missing row means the category's default. */
export const notificationEmailPreferences = pgTable(
  "notification_email_preferences",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    category: text("category").notNull(),
    email: boolean("email").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.category] }),
    check("notification_email_preferences_category_check", sql.raw(`category in (${NOTIFICATION_CATEGORIES.map((c) => `'${c}'`).join(", ")})`)),
  ],
);

export const alertFrequency = pgEnum("alert_frequency", ["daily", "instant"]);

/**
 * 职位提醒: a saved /positions search whose new matches are e-mailed daily or at once. A
 * talent's alert belongs to the account (confirmed at once); a visitor's carries an address and
 * sends nothing until the link of the confirmation e-mail was followed (double opt-in). The
 * token makes the one-click unsubscribe link; it is random and never shown elsewhere.
 */
export const jobAlerts = pgTable(
  "job_alerts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    /** A visitor's address; null for a talent's alert (the account's address is used). */
    email: text("email"),
    /** The search as the /positions URL carries it, canonical (sorted keys, no paging). */
    query: text("query").notNull(),
    frequency: alertFrequency("frequency").notNull().default("daily"),
    locale: text("locale").notNull().default("zh"),
    token: text("token").notNull(),
    confirmToken: text("confirm_token"),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    /** Positions published after this are new to the alert. */
    since: timestamp("since", { withTimezone: true }).notNull().defaultNow(),
    lastCheckedAt: timestamp("last_checked_at", { withTimezone: true }),
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }),
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("job_alerts_token_key").on(t.token),
    uniqueIndex("job_alerts_confirm_token_key").on(t.confirmToken),
    uniqueIndex("job_alerts_user_query_key").on(t.userId, t.query).where(sql`${t.userId} is not null`),
    uniqueIndex("job_alerts_email_query_key").on(sql`lower(${t.email})`, t.query).where(sql`${t.userId} is null`),
    index("job_alerts_due_idx").on(t.lastCheckedAt).where(sql`${t.confirmedAt} is not null`),
    check("job_alerts_owner_check", sql`(${t.userId} is not null) <> (${t.email} is not null)`),
    check("job_alerts_locale_check", sql`${t.locale} in ('zh', 'en')`),
    check("job_alerts_query_check", sql`length(${t.query}) <= 2000`),
    check("job_alerts_visitor_confirm_check", sql`${t.confirmedAt} is not null or ${t.confirmToken} is not null`),
  ],
);

export type MailOutboxRow = typeof mailOutbox.$inferSelect;
export type JobAlert = typeof jobAlerts.$inferSelect;
