CREATE TYPE "public"."booking_outcome" AS ENUM('held', 'no_show', 'follow_up');--> statement-breakpoint
CREATE TYPE "public"."booking_status" AS ENUM('booked', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."education_level" AS ENUM('none', 'associate', 'bachelor', 'master', 'doctor');--> statement-breakpoint
CREATE TYPE "public"."employer_kind" AS ENUM('enterprise', 'state_owned', 'public_institution', 'university', 'research_institute', 'medical');--> statement-breakpoint
CREATE TYPE "public"."employer_status" AS ENUM('pending', 'verified', 'rejected', 'suspended');--> statement-breakpoint
CREATE TYPE "public"."intent_kind" AS ENUM('employment', 'project');--> statement-breakpoint
CREATE TYPE "public"."intent_status" AS ENUM('submitted', 'viewed', 'negotiating', 'reached', 'signed', 'onboard', 'settled', 'declined', 'withdrawn', 'no_response');--> statement-breakpoint
CREATE TYPE "public"."location_kind" AS ENUM('district', 'zone', 'enclave');--> statement-breakpoint
CREATE TYPE "public"."member_role" AS ENUM('owner', 'recruiter');--> statement-breakpoint
CREATE TYPE "public"."position_status" AS ENUM('draft', 'in_review', 'published', 'closed');--> statement-breakpoint
CREATE TYPE "public"."profile_visibility" AS ENUM('intent_employers', 'verified_employers');--> statement-breakpoint
CREATE TYPE "public"."talent_level" AS ENUM('top', 'high', 'young', 'graduate');--> statement-breakpoint
CREATE TYPE "public"."talent_origin" AS ENUM('domestic', 'overseas');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('talent', 'employer', 'operator');--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"password_hash" text,
	"name" text NOT NULL,
	"role" "user_role" NOT NULL,
	"locale" text DEFAULT 'zh' NOT NULL,
	"time_zone" text,
	"consent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "users_locale_check" CHECK ("users"."locale" in ('zh', 'en')),
	CONSTRAINT "users_talent_consent_check" CHECK ("users"."role" <> 'talent' or "users"."consent_at" is not null or "users"."deleted_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "boards" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "boards_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"description_zh" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "boards_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "campaign_boards" (
	"campaign_id" integer NOT NULL,
	"board_id" integer NOT NULL,
	CONSTRAINT "campaign_boards_campaign_id_board_id_pk" PRIMARY KEY("campaign_id","board_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "campaigns_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"slogan_zh" text DEFAULT '' NOT NULL,
	"slogan_en" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"require_verified_employers" boolean DEFAULT true NOT NULL,
	"featured" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_slug_unique" UNIQUE("slug"),
	CONSTRAINT "campaigns_dates_check" CHECK ("campaigns"."ends_at" > "campaigns"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "industries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "industries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"core" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "industries_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "locations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"kind" "location_kind" NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "locations_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "platforms" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "platforms_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"board_id" integer NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "platforms_code_unique" UNIQUE("code"),
	CONSTRAINT "platforms_id_board_key" UNIQUE("id","board_id")
);
--> statement-breakpoint
CREATE TABLE "employer_members" (
	"employer_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "member_role" DEFAULT 'recruiter' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_members_employer_id_user_id_pk" PRIMARY KEY("employer_id","user_id"),
	CONSTRAINT "employer_members_user_id_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "employers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "employers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"name_en" text,
	"credit_code" text NOT NULL,
	"kind" "employer_kind" NOT NULL,
	"industry_id" integer,
	"location_id" integer,
	"description" text DEFAULT '' NOT NULL,
	"website" text,
	"logo_url" text,
	"status" "employer_status" DEFAULT 'pending' NOT NULL,
	"rejection_reason" text,
	"verified_at" timestamp with time zone,
	"verified_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employers_credit_code_unique" UNIQUE("credit_code"),
	CONSTRAINT "employers_credit_code_shape_check" CHECK ("employers"."credit_code" ~ '^[0-9A-HJ-NP-RT-UW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RT-UW-Y]{10}$'),
	CONSTRAINT "employers_verified_check" CHECK ("employers"."status" <> 'verified' or "employers"."verified_at" is not null),
	CONSTRAINT "employers_rejection_reason_check" CHECK ("employers"."status" <> 'rejected' or "employers"."rejection_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "positions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"employer_id" integer NOT NULL,
	"campaign_id" integer,
	"board_id" integer NOT NULL,
	"platform_id" integer,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"talent_level" "talent_level" NOT NULL,
	"education_floor" "education_level" DEFAULT 'bachelor' NOT NULL,
	"major" text DEFAULT '' NOT NULL,
	"experience_years" integer DEFAULT 0 NOT NULL,
	"salary_min" integer,
	"salary_max" integer,
	"headcount" integer DEFAULT 1 NOT NULL,
	"location_id" integer NOT NULL,
	"industry_id" integer NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"overseas_friendly" boolean DEFAULT false NOT NULL,
	"status" "position_status" DEFAULT 'draft' NOT NULL,
	"rejection_reason" text,
	"expires_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"view_count" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "positions_headcount_check" CHECK ("positions"."headcount" between 1 and 10000),
	CONSTRAINT "positions_experience_check" CHECK ("positions"."experience_years" between 0 and 60),
	CONSTRAINT "positions_salary_check" CHECK (("positions"."salary_min" is null or "positions"."salary_min" >= 0) and ("positions"."salary_max" is null or "positions"."salary_max" >= coalesce("positions"."salary_min", 0))),
	CONSTRAINT "positions_published_check" CHECK ("positions"."status" <> 'published' or "positions"."published_at" is not null),
	CONSTRAINT "positions_title_check" CHECK (length("positions"."title") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "saved_positions" (
	"talent_id" uuid NOT NULL,
	"position_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_positions_talent_id_position_id_pk" PRIMARY KEY("talent_id","position_id")
);
--> statement-breakpoint
CREATE TABLE "announcement_categories" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "announcement_categories_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "announcement_categories_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "announcement_positions" (
	"announcement_id" integer NOT NULL,
	"position_id" integer NOT NULL,
	CONSTRAINT "announcement_positions_announcement_id_position_id_pk" PRIMARY KEY("announcement_id","position_id")
);
--> statement-breakpoint
CREATE TABLE "announcements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "announcements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"category_id" integer NOT NULL,
	"campaign_id" integer,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"published_at" timestamp with time zone,
	"deadline" timestamp with time zone,
	"pinned" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "announcements_title_check" CHECK (length("announcements"."title") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "campaign_talents" (
	"campaign_id" integer NOT NULL,
	"talent_id" uuid NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_talents_campaign_id_talent_id_pk" PRIMARY KEY("campaign_id","talent_id")
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "files_size_check" CHECK ("files"."size" between 1 and 5242880 and "files"."size" = octet_length("files"."data"))
);
--> statement-breakpoint
CREATE TABLE "talent_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"real_name" text DEFAULT '' NOT NULL,
	"phone" text,
	"contact_email" text,
	"education_level" "education_level",
	"school" text DEFAULT '' NOT NULL,
	"major" text DEFAULT '' NOT NULL,
	"graduation_year" integer,
	"title" text DEFAULT '' NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"origin" "talent_origin" DEFAULT 'domestic' NOT NULL,
	"country" text,
	"wish_location_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"wish_industry_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"wish_salary_min" integer,
	"wish_salary_max" integer,
	"bio" text DEFAULT '' NOT NULL,
	"resume_file_id" uuid,
	"visibility" "profile_visibility" DEFAULT 'intent_employers' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talent_profiles_country_check" CHECK ("talent_profiles"."country" is null or "talent_profiles"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "talent_profiles_overseas_check" CHECK ("talent_profiles"."origin" <> 'overseas' or "talent_profiles"."country" is not null),
	CONSTRAINT "talent_profiles_graduation_check" CHECK ("talent_profiles"."graduation_year" is null or "talent_profiles"."graduation_year" between 1950 and 2100),
	CONSTRAINT "talent_profiles_salary_check" CHECK (("talent_profiles"."wish_salary_min" is null or "talent_profiles"."wish_salary_min" >= 0) and ("talent_profiles"."wish_salary_max" is null or "talent_profiles"."wish_salary_max" >= coalesce("talent_profiles"."wish_salary_min", 0)))
);
--> statement-breakpoint
CREATE TABLE "intent_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "intent_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"intent_id" integer NOT NULL,
	"actor_id" uuid,
	"from_status" "intent_status",
	"to_status" "intent_status" NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intent_messages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "intent_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"intent_id" integer NOT NULL,
	"sender_id" uuid,
	"body" text NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intent_messages_body_check" CHECK (length("intent_messages"."body") between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "intent_projects" (
	"intent_id" integer PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"field" text NOT NULL,
	"stage" text NOT NULL,
	"team_size" integer NOT NULL,
	"funding_sought" integer,
	"pitch_file_id" uuid,
	CONSTRAINT "intent_projects_team_check" CHECK ("intent_projects"."team_size" between 1 and 10000),
	CONSTRAINT "intent_projects_funding_check" CHECK ("intent_projects"."funding_sought" is null or "intent_projects"."funding_sought" >= 0)
);
--> statement-breakpoint
CREATE TABLE "intents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "intents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "intent_kind" NOT NULL,
	"talent_id" uuid NOT NULL,
	"position_id" integer,
	"employer_id" integer,
	"board_id" integer NOT NULL,
	"platform_id" integer,
	"campaign_id" integer,
	"status" "intent_status" DEFAULT 'submitted' NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"decline_reason" text,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reached_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intents_talent_position_key" UNIQUE("talent_id","position_id"),
	CONSTRAINT "intents_kind_target_check" CHECK (("intents"."kind" = 'employment' and "intents"."position_id" is not null) or ("intents"."kind" = 'project' and "intents"."position_id" is null)),
	CONSTRAINT "intents_decline_reason_check" CHECK ("intents"."status" <> 'declined' or "intents"."decline_reason" is not null),
	CONSTRAINT "intents_reached_check" CHECK ("intents"."status" not in ('reached', 'signed', 'onboard', 'settled') or "intents"."reached_at" is not null),
	CONSTRAINT "intents_message_check" CHECK (length("intents"."message") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bookings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slot_id" integer NOT NULL,
	"intent_id" integer NOT NULL,
	"talent_id" uuid NOT NULL,
	"status" "booking_status" DEFAULT 'booked' NOT NULL,
	"room_name" text NOT NULL,
	"ics_sequence" integer DEFAULT 0 NOT NULL,
	"outcome" "booking_outcome",
	"outcome_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "bookings_room_name_unique" UNIQUE("room_name"),
	CONSTRAINT "bookings_cancelled_check" CHECK ("bookings"."status" <> 'cancelled' or "bookings"."cancelled_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "negotiation_slots" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "negotiation_slots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"employer_id" integer NOT NULL,
	"position_id" integer,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 30 NOT NULL,
	"capacity" integer DEFAULT 1 NOT NULL,
	"booked_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "negotiation_slots_capacity_check" CHECK ("negotiation_slots"."capacity" between 1 and 500),
	CONSTRAINT "negotiation_slots_booked_check" CHECK ("negotiation_slots"."booked_count" between 0 and "negotiation_slots"."capacity"),
	CONSTRAINT "negotiation_slots_duration_check" CHECK ("negotiation_slots"."duration_minutes" between 5 and 480)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"window_start" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rate_limits_count_check" CHECK ("rate_limits"."count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "campaign_boards" ADD CONSTRAINT "campaign_boards_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_boards" ADD CONSTRAINT "campaign_boards_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platforms" ADD CONSTRAINT "platforms_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_members" ADD CONSTRAINT "employer_members_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_members" ADD CONSTRAINT "employer_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_industry_id_industries_id_fk" FOREIGN KEY ("industry_id") REFERENCES "public"."industries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_industry_id_industries_id_fk" FOREIGN KEY ("industry_id") REFERENCES "public"."industries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_platform_on_board_fk" FOREIGN KEY ("platform_id","board_id") REFERENCES "public"."platforms"("id","board_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_positions" ADD CONSTRAINT "saved_positions_talent_id_users_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_positions" ADD CONSTRAINT "saved_positions_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcement_positions" ADD CONSTRAINT "announcement_positions_announcement_id_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcement_positions" ADD CONSTRAINT "announcement_positions_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_category_id_announcement_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."announcement_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_talents" ADD CONSTRAINT "campaign_talents_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_talents" ADD CONSTRAINT "campaign_talents_talent_id_users_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_profiles" ADD CONSTRAINT "talent_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_profiles" ADD CONSTRAINT "talent_profiles_resume_file_id_files_id_fk" FOREIGN KEY ("resume_file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intent_events" ADD CONSTRAINT "intent_events_intent_id_intents_id_fk" FOREIGN KEY ("intent_id") REFERENCES "public"."intents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intent_events" ADD CONSTRAINT "intent_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intent_messages" ADD CONSTRAINT "intent_messages_intent_id_intents_id_fk" FOREIGN KEY ("intent_id") REFERENCES "public"."intents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intent_messages" ADD CONSTRAINT "intent_messages_sender_id_users_id_fk" FOREIGN KEY ("sender_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intent_projects" ADD CONSTRAINT "intent_projects_intent_id_intents_id_fk" FOREIGN KEY ("intent_id") REFERENCES "public"."intents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intent_projects" ADD CONSTRAINT "intent_projects_pitch_file_id_files_id_fk" FOREIGN KEY ("pitch_file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intents" ADD CONSTRAINT "intents_talent_id_users_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intents" ADD CONSTRAINT "intents_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intents" ADD CONSTRAINT "intents_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intents" ADD CONSTRAINT "intents_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intents" ADD CONSTRAINT "intents_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intents" ADD CONSTRAINT "intents_platform_on_board_fk" FOREIGN KEY ("platform_id","board_id") REFERENCES "public"."platforms"("id","board_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_slot_id_negotiation_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."negotiation_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_intent_id_intents_id_fk" FOREIGN KEY ("intent_id") REFERENCES "public"."intents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_talent_id_users_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "negotiation_slots" ADD CONSTRAINT "negotiation_slots_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "negotiation_slots" ADD CONSTRAINT "negotiation_slots_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "negotiation_slots" ADD CONSTRAINT "negotiation_slots_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role");--> statement-breakpoint
CREATE INDEX "employers_status_idx" ON "employers" USING btree ("status");--> statement-breakpoint
CREATE INDEX "positions_public_idx" ON "positions" USING btree ("status","published_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "positions_employer_idx" ON "positions" USING btree ("employer_id","status");--> statement-breakpoint
CREATE INDEX "positions_campaign_idx" ON "positions" USING btree ("campaign_id","status");--> statement-breakpoint
CREATE INDEX "saved_positions_position_idx" ON "saved_positions" USING btree ("position_id");--> statement-breakpoint
CREATE INDEX "announcement_positions_position_idx" ON "announcement_positions" USING btree ("position_id");--> statement-breakpoint
CREATE INDEX "announcements_published_idx" ON "announcements" USING btree ("published_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "announcements_category_idx" ON "announcements" USING btree ("category_id","published_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "campaign_talents_talent_idx" ON "campaign_talents" USING btree ("talent_id");--> statement-breakpoint
CREATE INDEX "files_owner_idx" ON "files" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "talent_profiles_origin_idx" ON "talent_profiles" USING btree ("origin");--> statement-breakpoint
CREATE INDEX "intent_events_intent_idx" ON "intent_events" USING btree ("intent_id","created_at");--> statement-breakpoint
CREATE INDEX "intent_messages_intent_idx" ON "intent_messages" USING btree ("intent_id","created_at");--> statement-breakpoint
CREATE INDEX "intents_employer_status_idx" ON "intents" USING btree ("employer_id","status");--> statement-breakpoint
CREATE INDEX "intents_position_status_idx" ON "intents" USING btree ("position_id","status");--> statement-breakpoint
CREATE INDEX "intents_campaign_status_idx" ON "intents" USING btree ("campaign_id","status");--> statement-breakpoint
CREATE INDEX "intents_status_changed_idx" ON "intents" USING btree ("status","status_changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_one_live_per_intent_key" ON "bookings" USING btree ("intent_id") WHERE "bookings"."status" = 'booked';--> statement-breakpoint
CREATE INDEX "bookings_slot_idx" ON "bookings" USING btree ("slot_id");--> statement-breakpoint
CREATE INDEX "bookings_talent_idx" ON "bookings" USING btree ("talent_id");--> statement-breakpoint
CREATE INDEX "negotiation_slots_employer_idx" ON "negotiation_slots" USING btree ("employer_id","starts_at");--> statement-breakpoint
CREATE INDEX "audit_log_created_idx" ON "audit_log" USING btree ("created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at" DESC NULLS LAST);