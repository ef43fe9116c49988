-- The search reads positions alone: whether the employer is verified, its kind, and the ids of
-- the position's policy tags are copied onto the position (kept by the triggers below), so that
-- a search, its count and its facets join nothing per row and the covering indexes hold every
-- column a filter or a facet reads. Before, every match was joined to its employer, and facets
-- over 10,000 matches took seconds at 1,000,000 positions.
DROP INDEX "positions_search_idx";--> statement-breakpoint
DROP INDEX "positions_newest_idx";--> statement-breakpoint
DROP INDEX "positions_salary_idx";--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "employer_verified" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "employer_kind" "employer_kind";--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "policy_tag_ids" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
UPDATE "positions" p SET "employer_verified" = (e."status" = 'verified'), "employer_kind" = e."kind"
  FROM "employers" e WHERE e."id" = p."employer_id";--> statement-breakpoint
UPDATE "positions" p SET "policy_tag_ids" = t."ids"
  FROM (SELECT "position_id", array_agg("tag_id" ORDER BY "tag_id") AS "ids" FROM "position_policy_tags" GROUP BY 1) t
  WHERE t."position_id" = p."id";--> statement-breakpoint
-- A position takes its employer's state when written or moved to another employer.
CREATE FUNCTION positions_copy_employer() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT e.status = 'verified', e.kind INTO NEW.employer_verified, NEW.employer_kind FROM employers e WHERE e.id = NEW.employer_id;
  NEW.employer_verified := coalesce(NEW.employer_verified, false);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER positions_employer_copy
BEFORE INSERT OR UPDATE OF employer_id, employer_verified, employer_kind ON positions
FOR EACH ROW EXECUTE FUNCTION positions_copy_employer();--> statement-breakpoint
-- An employer verified, suspended or of another kind: its positions follow.
CREATE FUNCTION employers_copy_to_positions() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE positions SET employer_verified = (NEW.status = 'verified'), employer_kind = NEW.kind
  WHERE employer_id = NEW.id AND (employer_verified IS DISTINCT FROM (NEW.status = 'verified') OR employer_kind IS DISTINCT FROM NEW.kind);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER employers_positions_copy
AFTER UPDATE OF status, kind ON employers
FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.kind IS DISTINCT FROM NEW.kind)
EXECUTE FUNCTION employers_copy_to_positions();--> statement-breakpoint
-- Policy tags: once per statement, for the positions it touched (the seed adds them in batches).
CREATE FUNCTION position_policy_tags_copy() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE positions p SET policy_tag_ids = coalesce(
      (SELECT array_agg(pt.tag_id ORDER BY pt.tag_id) FROM position_policy_tags pt WHERE pt.position_id = p.id), '{}')
  WHERE p.id IN (SELECT position_id FROM changed);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER position_policy_tags_added
AFTER INSERT ON position_policy_tags REFERENCING NEW TABLE AS changed
FOR EACH STATEMENT EXECUTE FUNCTION position_policy_tags_copy();--> statement-breakpoint
CREATE TRIGGER position_policy_tags_removed
AFTER DELETE ON position_policy_tags REFERENCING OLD TABLE AS changed
FOR EACH STATEMENT EXECUTE FUNCTION position_policy_tags_copy();--> statement-breakpoint
-- The words and the filtered columns in one GIN index (btree_gin): a word and a filter intersect
-- in the index, so collecting a rare combination reads only its true matches from the table.
CREATE INDEX "positions_search_idx" ON "positions" USING gin ("search_tokens" gin__int_ops,"location_id","board_id","industry_id","platform_id","education_floor","talent_level","employer_kind") WHERE "positions"."status" = 'published' and "positions"."employer_verified";--> statement-breakpoint
-- The search's ordered walks over public positions (0007's, now without the employer to join):
-- every column a filter or a facet reads rides along, so a walk reads the index only.
CREATE INDEX "positions_newest_idx" ON "positions" USING btree ("published_at" DESC, "id" DESC)
  INCLUDE ("search_tokens", "closes_at", "board_id", "platform_id", "location_id", "industry_id", "education_floor", "talent_level", "salary_max", "overseas_friendly", "employer_kind", "policy_tag_ids")
  WHERE "positions"."status" = 'published' and "positions"."employer_verified";--> statement-breakpoint
CREATE INDEX "positions_salary_idx" ON "positions" USING btree ((coalesce("salary_max", -1)) DESC, "id" DESC)
  INCLUDE ("search_tokens", "closes_at", "board_id", "platform_id", "location_id", "industry_id", "education_floor", "talent_level", "salary_max", "overseas_friendly", "employer_kind", "policy_tag_ids")
  WHERE "positions"."status" = 'published' and "positions"."employer_verified";
