-- A salary floor joins the words in position_search's GIN index. Each copy's search_tokens gain
-- one token for each floor its salary_max reaches (lib/search/tokens.ts: SALARY_FLOORS and the
-- codes 73728 + the floor's place, which no word, character or pair has), so a search for a word
-- paying at least 20,000 intersects both in the index: at 1,000,000 positions, counting 海洋电子
-- with that floor read 1,941 table pages to test salary_max row by row, 859 with the token.
-- positions.search_tokens keep the words only; the trigger adds the salary's tokens to the copy.
CREATE FUNCTION salary_tokens(salary integer) RETURNS integer[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(73728 + f.place - 1 ORDER BY f.place), '{}')
  FROM unnest('{5000,8000,10000,15000,20000,25000,30000,40000,50000}'::integer[]) WITH ORDINALITY AS f(floor, place)
  WHERE salary >= f.floor
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION position_search_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM position_search s USING changed c
  WHERE s.id = c.id AND NOT (c.status = 'published' AND c.employer_verified);
  INSERT INTO position_search AS s
    SELECT c.id, c.published_at, c.closes_at, c.salary_max, c.board_id, c.platform_id, c.location_id, c.industry_id,
      c.education_floor, c.talent_level, c.employer_kind, c.overseas_friendly, c.policy_tag_ids,
      c.search_tokens || salary_tokens(c.salary_max), c.title
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
-- The copies made before this migration gain their salary tokens (the guard admits only the
-- triggers' writes: it steps aside for this one statement).
ALTER TABLE position_search DISABLE TRIGGER position_search_guard;--> statement-breakpoint
UPDATE position_search s SET search_tokens = p.search_tokens || salary_tokens(p.salary_max)
FROM positions p WHERE p.id = s.id AND s.search_tokens IS DISTINCT FROM p.search_tokens || salary_tokens(p.salary_max);--> statement-breakpoint
ALTER TABLE position_search ENABLE TRIGGER position_search_guard;
