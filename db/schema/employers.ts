import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { industries, locations } from "./catalog";
import { employerKind, employerStatus, memberRole } from "./enums";
import { files } from "./talents";

/** 单位: an organisation; its postings are public only once an operator verified it. */
export const employers = pgTable(
  "employers",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    nameEn: text("name_en"),
    /** 统一社会信用代码, 18 characters, checksum per GB 32100-2015 (checked in lib/, shape here). */
    creditCode: text("credit_code").notNull().unique(),
    kind: employerKind("kind").notNull(),
    industryId: integer("industry_id").references(() => industries.id),
    locationId: integer("location_id").references(() => locations.id),
    description: text("description").notNull().default(""),
    website: text("website"),
    logoUrl: text("logo_url"),
    /** An uploaded logo (PNG, JPEG or WebP), served by /employers/{id}/logo. */
    logoFileId: uuid("logo_file_id").references(() => files.id, { onDelete: "set null" }),
    status: employerStatus("status").notNull().default("pending"),
    rejectionReason: text("rejection_reason"),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    verifiedBy: uuid("verified_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("employers_credit_code_shape_check", sql`${t.creditCode} ~ '^[0-9A-HJ-NP-RT-UW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RT-UW-Y]{10}$'`),
    check("employers_verified_check", sql`${t.status} <> 'verified' or ${t.verifiedAt} is not null`),
    check("employers_rejection_reason_check", sql`${t.status} <> 'rejected' or ${t.rejectionReason} is not null`),
    index("employers_status_idx").on(t.status),
  ],
);

/** The people who act for an employer: its owner(s) and recruiters. A user acts for one employer. */
export const employerMembers = pgTable(
  "employer_members",
  {
    employerId: integer("employer_id")
      .notNull()
      .references(() => employers.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .unique()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRole("role").notNull().default("recruiter"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.employerId, t.userId] })],
);

/** An owner's invitation of a colleague by e-mail link; only the token's hash is stored. */
export const employerInvitations = pgTable(
  "employer_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    employerId: integer("employer_id")
      .notNull()
      .references(() => employers.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: memberRole("role").notNull().default("recruiter"),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One open invitation per address and organisation.
    uniqueIndex("employer_invitations_open_key")
      .on(t.employerId, sql`lower(${t.email})`)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
  ],
);

export type EmployerInvitation = typeof employerInvitations.$inferSelect;
export type Employer = typeof employers.$inferSelect;
export type NewEmployer = typeof employers.$inferInsert;
export type EmployerMember = typeof employerMembers.$inferSelect;
