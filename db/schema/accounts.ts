import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { userRole } from "./enums";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    /** Null for accounts that cannot sign in with a password (e.g. imported demo talents). */
    passwordHash: text("password_hash"),
    name: text("name").notNull(),
    role: userRole("role").notNull(),
    locale: text("locale").notNull().default("zh"),
    timeZone: text("time_zone"),
    /** Raised on password change and deletion: sessions signed with an older value end. */
    sessionVersion: integer("session_version").notNull().default(0),
    /** PIPL: when the privacy notice was accepted; required for talents. */
    consentAt: timestamp("consent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set when the account was deleted and its personal data anonymised. */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    index("users_role_idx").on(t.role),
    check("users_locale_check", sql`${t.locale} in ('zh', 'en')`),
    check("users_talent_consent_check", sql`${t.role} <> 'talent' or ${t.consentAt} is not null or ${t.deletedAt} is not null`),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
