import { sql } from "drizzle-orm";
import { check, customType, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { campaigns } from "./catalog";
import { educationLevel, profileVisibility, talentOrigin } from "./enums";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

/** Uploaded files (résumés, project pitches) live in the database so every app instance can read them. */
export const files = pgTable(
  "files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    filename: text("filename").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    data: bytea("data").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("files_size_check", sql`${t.size} between 1 and 5242880 and ${t.size} = octet_length(${t.data})`),
    index("files_owner_idx").on(t.ownerId),
  ],
);

/** 人才档案. Wishes hold location and industry ids. */
export const talentProfiles = pgTable(
  "talent_profiles",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    realName: text("real_name").notNull().default(""),
    phone: text("phone"),
    contactEmail: text("contact_email"),
    educationLevel: educationLevel("education_level"),
    school: text("school").notNull().default(""),
    major: text("major").notNull().default(""),
    graduationYear: integer("graduation_year"),
    title: text("title").notNull().default(""),
    skills: text("skills").array().notNull().default(sql`'{}'::text[]`),
    origin: talentOrigin("origin").notNull().default("domestic"),
    /** ISO 3166-1 alpha-2, for overseas talents. */
    country: text("country"),
    wishLocationIds: integer("wish_location_ids").array().notNull().default(sql`'{}'::integer[]`),
    wishIndustryIds: integer("wish_industry_ids").array().notNull().default(sql`'{}'::integer[]`),
    wishSalaryMin: integer("wish_salary_min"),
    wishSalaryMax: integer("wish_salary_max"),
    bio: text("bio").notNull().default(""),
    resumeFileId: uuid("resume_file_id").references(() => files.id, { onDelete: "set null" }),
    visibility: profileVisibility("visibility").notNull().default("intent_employers"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("talent_profiles_country_check", sql`${t.country} is null or ${t.country} ~ '^[A-Z]{2}$'`),
    check("talent_profiles_overseas_check", sql`${t.origin} <> 'overseas' or ${t.country} is not null`),
    check("talent_profiles_graduation_check", sql`${t.graduationYear} is null or ${t.graduationYear} between 1950 and 2100`),
    check(
      "talent_profiles_salary_check",
      sql`(${t.wishSalaryMin} is null or ${t.wishSalaryMin} >= 0) and (${t.wishSalaryMax} is null or ${t.wishSalaryMax} >= coalesce(${t.wishSalaryMin}, 0))`,
    ),
    index("talent_profiles_origin_idx").on(t.origin),
  ],
);

/** A talent who took part in a campaign (上线洽谈). */
export const campaignTalents = pgTable(
  "campaign_talents",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    talentId: uuid("talent_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.talentId] }), index("campaign_talents_talent_idx").on(t.talentId)],
);

export type TalentProfile = typeof talentProfiles.$inferSelect;
export type NewTalentProfile = typeof talentProfiles.$inferInsert;
export type StoredFile = typeof files.$inferSelect;
