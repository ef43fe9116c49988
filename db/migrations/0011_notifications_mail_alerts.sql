CREATE TYPE "public"."alert_frequency" AS ENUM('daily', 'instant');--> statement-breakpoint
CREATE TABLE "job_alerts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "job_alerts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" uuid,
	"email" text,
	"query" text NOT NULL,
	"frequency" "alert_frequency" DEFAULT 'daily' NOT NULL,
	"locale" text DEFAULT 'zh' NOT NULL,
	"token" text NOT NULL,
	"confirm_token" text,
	"confirmed_at" timestamp with time zone,
	"since" timestamp with time zone DEFAULT now() NOT NULL,
	"last_checked_at" timestamp with time zone,
	"last_sent_at" timestamp with time zone,
	"claimed_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_alerts_owner_check" CHECK (("job_alerts"."user_id" is not null) <> ("job_alerts"."email" is not null)),
	CONSTRAINT "job_alerts_locale_check" CHECK ("job_alerts"."locale" in ('zh', 'en')),
	CONSTRAINT "job_alerts_query_check" CHECK (length("job_alerts"."query") <= 2000),
	CONSTRAINT "job_alerts_visitor_confirm_check" CHECK ("job_alerts"."confirmed_at" is not null or "job_alerts"."confirm_token" is not null)
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mail_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"headers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_until" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"failed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_outbox_attempts_check" CHECK ("mail_outbox"."attempts" >= 0),
	CONSTRAINT "mail_outbox_to_check" CHECK (position('@' in "mail_outbox"."to_address") > 1)
);
--> statement-breakpoint
CREATE TABLE "notification_email_preferences" (
	"user_id" uuid NOT NULL,
	"category" text NOT NULL,
	"email" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_email_preferences_user_id_category_pk" PRIMARY KEY("user_id","category"),
	CONSTRAINT "notification_email_preferences_category_check" CHECK (category in ('intents', 'messages', 'bookings', 'saved', 'postings', 'account'))
);
--> statement-breakpoint
ALTER TABLE "saved_positions" ADD COLUMN "expiry_notified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "reminder_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "mailed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "job_alerts" ADD CONSTRAINT "job_alerts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_email_preferences" ADD CONSTRAINT "notification_email_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "job_alerts_token_key" ON "job_alerts" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "job_alerts_confirm_token_key" ON "job_alerts" USING btree ("confirm_token");--> statement-breakpoint
CREATE UNIQUE INDEX "job_alerts_user_query_key" ON "job_alerts" USING btree ("user_id","query") WHERE "job_alerts"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "job_alerts_email_query_key" ON "job_alerts" USING btree (lower("email"),"query") WHERE "job_alerts"."user_id" is null;--> statement-breakpoint
CREATE INDEX "job_alerts_due_idx" ON "job_alerts" USING btree ("last_checked_at") WHERE "job_alerts"."confirmed_at" is not null;--> statement-breakpoint
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" USING btree ("next_attempt_at") WHERE "mail_outbox"."sent_at" is null and "mail_outbox"."failed_at" is null;--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "notifications_unmailed_idx" ON "notifications" USING btree ("id") WHERE "notifications"."mailed_at" is null;--> statement-breakpoint
-- Notifications written before the outbox existed are history: none of them is e-mailed now.
UPDATE "notifications" SET "mailed_at" = "created_at" WHERE "mailed_at" IS NULL;
