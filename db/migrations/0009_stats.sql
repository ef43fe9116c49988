CREATE TABLE "campaign_view_days" (
	"campaign_id" integer NOT NULL,
	"day" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "campaign_view_days_campaign_id_day_pk" PRIMARY KEY("campaign_id","day"),
	CONSTRAINT "campaign_view_days_views_check" CHECK ("campaign_view_days"."views" >= 0)
);
--> statement-breakpoint
CREATE TABLE "position_view_days" (
	"position_id" integer NOT NULL,
	"day" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "position_view_days_position_id_day_pk" PRIMARY KEY("position_id","day"),
	CONSTRAINT "position_view_days_views_check" CHECK ("position_view_days"."views" >= 0)
);
--> statement-breakpoint
ALTER TABLE "campaign_view_days" ADD CONSTRAINT "campaign_view_days_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_view_days" ADD CONSTRAINT "position_view_days_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;