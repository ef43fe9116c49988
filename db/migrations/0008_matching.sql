CREATE TABLE "hidden_recommendations" (
	"talent_id" uuid NOT NULL,
	"position_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hidden_recommendations_talent_id_position_id_pk" PRIMARY KEY("talent_id","position_id")
);
--> statement-breakpoint
CREATE TABLE "match_invitations" (
	"position_id" integer NOT NULL,
	"talent_id" uuid NOT NULL,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_invitations_position_id_talent_id_pk" PRIMARY KEY("position_id","talent_id")
);
--> statement-breakpoint
ALTER TABLE "hidden_recommendations" ADD CONSTRAINT "hidden_recommendations_talent_id_users_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hidden_recommendations" ADD CONSTRAINT "hidden_recommendations_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_invitations" ADD CONSTRAINT "match_invitations_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_invitations" ADD CONSTRAINT "match_invitations_talent_id_users_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_invitations" ADD CONSTRAINT "match_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "match_invitations_talent_idx" ON "match_invitations" USING btree ("talent_id");--> statement-breakpoint
-- Candidate generation of the matching (lib/matching/queries.ts), declared here because drizzle
-- cannot say INCLUDE. A talent's candidates are walked newest first per (industry, district)
-- pair among published positions; the floor rides along so the walk skips what it excludes.
CREATE INDEX "positions_match_idx" ON "positions" USING btree ("industry_id", "location_id", "id" DESC)
  INCLUDE ("education_floor") WHERE "positions"."status" = 'published';--> statement-breakpoint
-- A position's candidates: talents open to every verified employer who wish for its industry
-- or its district (intarray's GIN operator class, as positions_search_idx).
CREATE INDEX "talent_profiles_match_industry_idx" ON "talent_profiles" USING gin ("wish_industry_ids" gin__int_ops)
  WHERE "talent_profiles"."visibility" = 'verified_employers';--> statement-breakpoint
CREATE INDEX "talent_profiles_match_location_idx" ON "talent_profiles" USING gin ("wish_location_ids" gin__int_ops)
  WHERE "talent_profiles"."visibility" = 'verified_employers';
