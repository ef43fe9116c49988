CREATE TYPE "public"."report_reason" AS ENUM('fraud', 'misleading', 'discrimination', 'expired', 'inappropriate', 'other');--> statement-breakpoint
CREATE TYPE "public"."report_status" AS ENUM('open', 'dismissed', 'actioned');--> statement-breakpoint
CREATE TABLE "policy_tags" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "policy_tags_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "policy_tags_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "position_policy_tags" (
	"position_id" integer NOT NULL,
	"tag_id" integer NOT NULL,
	CONSTRAINT "position_policy_tags_position_id_tag_id_pk" PRIMARY KEY("position_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "announcement_policy_tags" (
	"announcement_id" integer NOT NULL,
	"tag_id" integer NOT NULL,
	CONSTRAINT "announcement_policy_tags_announcement_id_tag_id_pk" PRIMARY KEY("announcement_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"reporter_id" uuid NOT NULL,
	"position_id" integer NOT NULL,
	"reason" "report_reason" NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"status" "report_status" DEFAULT 'open' NOT NULL,
	"resolution" text,
	"handled_by" uuid,
	"handled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_details_check" CHECK (length("reports"."details") <= 2000),
	CONSTRAINT "reports_handled_check" CHECK (("reports"."status" = 'open') = ("reports"."handled_at" is null))
);
--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "logo_file_id" uuid;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "takedown_reason" text;--> statement-breakpoint
ALTER TABLE "position_policy_tags" ADD CONSTRAINT "position_policy_tags_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_policy_tags" ADD CONSTRAINT "position_policy_tags_tag_id_policy_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."policy_tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcement_policy_tags" ADD CONSTRAINT "announcement_policy_tags_announcement_id_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcement_policy_tags" ADD CONSTRAINT "announcement_policy_tags_tag_id_policy_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."policy_tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "position_policy_tags_tag_idx" ON "position_policy_tags" USING btree ("tag_id","position_id");--> statement-breakpoint
CREATE INDEX "announcement_policy_tags_tag_idx" ON "announcement_policy_tags" USING btree ("tag_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_open_key" ON "reports" USING btree ("reporter_id","position_id") WHERE "reports"."status" = 'open';--> statement-breakpoint
CREATE INDEX "reports_queue_idx" ON "reports" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "reports_position_idx" ON "reports" USING btree ("position_id");--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_logo_file_id_files_id_fk" FOREIGN KEY ("logo_file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;