-- The search's ordered walks (lib/positions/queries.ts): newest first and best paid first among
-- published positions. The tokens, the closing time and the filtered columns ride along
-- (INCLUDE), so that a walk filtering by a common word and filters reads the index only, not
-- the wide table rows.
CREATE INDEX "positions_newest_idx" ON "positions" USING btree ("published_at" DESC, "id" DESC)
  INCLUDE ("search_tokens", "closes_at", "employer_id", "board_id", "platform_id", "location_id", "industry_id", "education_floor", "talent_level", "salary_max", "overseas_friendly") WHERE "positions"."status" = 'published';--> statement-breakpoint
CREATE INDEX "positions_salary_idx" ON "positions" USING btree ((coalesce("salary_max", -1)) DESC, "id" DESC)
  INCLUDE ("search_tokens", "closes_at", "employer_id", "board_id", "platform_id", "location_id", "industry_id", "education_floor", "talent_level", "salary_max", "overseas_friendly") WHERE "positions"."status" = 'published';
