-- The search reads a narrow copy of each public position (published, employer verified):
-- the words, the sort keys, the filtered columns and the title, about 400 bytes a row against
-- the position's 1.1 kB with its description inline. Collecting a rare word's matches read a
-- wide row per match from positions (the slowest searches of the 1,000,000-position bench);
-- here the rows are small and stay cached, and the relevance pool finds its titles here too.
CREATE TABLE "position_search" (
	"id" integer PRIMARY KEY NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone,
	"salary_max" integer,
	"board_id" integer NOT NULL,
	"platform_id" integer,
	"location_id" integer NOT NULL,
	"industry_id" integer NOT NULL,
	"education_floor" "education_level" NOT NULL,
	"talent_level" "talent_level" NOT NULL,
	"employer_kind" "employer_kind",
	"overseas_friendly" boolean NOT NULL,
	"policy_tag_ids" integer[] NOT NULL,
	"search_tokens" integer[] NOT NULL,
	"title" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "position_search" ADD CONSTRAINT "position_search_id_positions_id_fk" FOREIGN KEY ("id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
DROP INDEX "positions_search_idx";--> statement-breakpoint
DROP INDEX "positions_newest_idx";--> statement-breakpoint
DROP INDEX "positions_salary_idx";--> statement-breakpoint
INSERT INTO "position_search"
  SELECT "id", "published_at", "closes_at", "salary_max", "board_id", "platform_id", "location_id", "industry_id",
    "education_floor", "talent_level", "employer_kind", "overseas_friendly", "policy_tag_ids", "search_tokens", "title"
  FROM "positions" WHERE "status" = 'published' AND "employer_verified";--> statement-breakpoint
-- Kept once per statement for the rows it wrote: a public position is copied (or its copy
-- brought up to date), any other loses its copy. The employer's state and the policy tags
-- reach positions through 0012's triggers, and from there this one. Deleted positions lose
-- their copy through the foreign key.
CREATE FUNCTION position_search_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM position_search s USING changed c
  WHERE s.id = c.id AND NOT (c.status = 'published' AND c.employer_verified);
  INSERT INTO position_search AS s
    SELECT c.id, c.published_at, c.closes_at, c.salary_max, c.board_id, c.platform_id, c.location_id, c.industry_id,
      c.education_floor, c.talent_level, c.employer_kind, c.overseas_friendly, c.policy_tag_ids, c.search_tokens, c.title
    FROM changed c WHERE c.status = 'published' AND c.employer_verified
  ON CONFLICT (id) DO UPDATE SET
    published_at = excluded.published_at, closes_at = excluded.closes_at, salary_max = excluded.salary_max,
    board_id = excluded.board_id, platform_id = excluded.platform_id, location_id = excluded.location_id,
    industry_id = excluded.industry_id, education_floor = excluded.education_floor, talent_level = excluded.talent_level,
    employer_kind = excluded.employer_kind, overseas_friendly = excluded.overseas_friendly,
    policy_tag_ids = excluded.policy_tag_ids, search_tokens = excluded.search_tokens, title = excluded.title
  -- A view counted, a draft's edit: nothing the search reads changed, nothing is written.
  WHERE (s.published_at, s.closes_at, s.salary_max, s.board_id, s.platform_id, s.location_id, s.industry_id,
      s.education_floor, s.talent_level, s.employer_kind, s.overseas_friendly, s.policy_tag_ids, s.search_tokens, s.title)
    IS DISTINCT FROM (excluded.published_at, excluded.closes_at, excluded.salary_max, excluded.board_id, excluded.platform_id,
      excluded.location_id, excluded.industry_id, excluded.education_floor, excluded.talent_level, excluded.employer_kind,
      excluded.overseas_friendly, excluded.policy_tag_ids, excluded.search_tokens, excluded.title);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER positions_search_added
AFTER INSERT ON positions REFERENCING NEW TABLE AS changed
FOR EACH STATEMENT EXECUTE FUNCTION position_search_sync();--> statement-breakpoint
CREATE TRIGGER positions_search_changed
AFTER UPDATE ON positions REFERENCING NEW TABLE AS changed
FOR EACH STATEMENT EXECUTE FUNCTION position_search_sync();--> statement-breakpoint
-- Nobody else writes the copy: a write that no trigger made is refused (42501).
CREATE FUNCTION position_search_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION 'position_search is kept by the triggers on positions; write positions instead' USING ERRCODE = '42501';
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER position_search_guard
BEFORE INSERT OR UPDATE OR DELETE ON position_search
FOR EACH STATEMENT EXECUTE FUNCTION position_search_guard();--> statement-breakpoint
-- The words and the filtered columns in one GIN index (btree_gin): a word and a filter intersect
-- in the index, so collecting a rare combination reads only its true matches.
CREATE INDEX "position_search_words_idx" ON "position_search" USING gin ("search_tokens" gin__int_ops,"location_id","board_id","industry_id","platform_id","education_floor","talent_level","employer_kind");--> statement-breakpoint
-- The search's ordered walks: every column a filter or a facet reads rides along, so a walk
-- reads the index only.
CREATE INDEX "position_search_newest_idx" ON "position_search" USING btree ("published_at" DESC, "id" DESC)
  INCLUDE ("search_tokens", "closes_at", "board_id", "platform_id", "location_id", "industry_id", "education_floor", "talent_level", "salary_max", "overseas_friendly", "employer_kind", "policy_tag_ids");--> statement-breakpoint
CREATE INDEX "position_search_salary_idx" ON "position_search" USING btree ((coalesce("salary_max", -1)) DESC, "id" DESC)
  INCLUDE ("search_tokens", "closes_at", "board_id", "platform_id", "location_id", "industry_id", "education_floor", "talent_level", "salary_max", "overseas_friendly", "employer_kind", "policy_tag_ids");
