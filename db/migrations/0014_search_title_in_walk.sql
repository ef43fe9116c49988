-- Relevance ranks title hits first among the newest matches, which the search walks along
-- position_search_newest_idx. With the title in the index too, that walk reads no table row at
-- all (it read one per pooled match, a thousand, to test the title).
DROP INDEX IF EXISTS "position_search_newest_idx";--> statement-breakpoint
CREATE INDEX "position_search_newest_idx" ON "position_search" USING btree ("published_at" DESC, "id" DESC)
  INCLUDE ("search_tokens", "closes_at", "board_id", "platform_id", "location_id", "industry_id", "education_floor", "talent_level", "salary_max", "overseas_friendly", "employer_kind", "policy_tag_ids", "title");
