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
CREATE TABLE "stats_daily" (
	"campaign_id" integer NOT NULL,
	"metric" text NOT NULL,
	"key" text DEFAULT '' NOT NULL,
	"day" date NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	"amount" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_daily_campaign_id_metric_key_day_pk" PRIMARY KEY("campaign_id","metric","key","day")
);
--> statement-breakpoint
CREATE TABLE "stats_employer_campaigns" (
	"campaign_id" integer NOT NULL,
	"employer_id" integer NOT NULL,
	"first_day" date NOT NULL,
	CONSTRAINT "stats_employer_campaigns_campaign_id_employer_id_pk" PRIMARY KEY("campaign_id","employer_id")
);
--> statement-breakpoint
CREATE TABLE "stats_waiting" (
	"campaign_id" integer NOT NULL,
	"employer_id" integer NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_waiting_campaign_id_employer_id_pk" PRIMARY KEY("campaign_id","employer_id")
);
--> statement-breakpoint
ALTER TABLE "campaign_view_days" ADD CONSTRAINT "campaign_view_days_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_view_days" ADD CONSTRAINT "position_view_days_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_daily" ADD CONSTRAINT "stats_daily_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_employer_campaigns" ADD CONSTRAINT "stats_employer_campaigns_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_employer_campaigns" ADD CONSTRAINT "stats_employer_campaigns_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_waiting" ADD CONSTRAINT "stats_waiting_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_waiting" ADD CONSTRAINT "stats_waiting_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stats_waiting_top_idx" ON "stats_waiting" USING btree ("campaign_id","n" DESC NULLS LAST);--> statement-breakpoint
-- ---------------------------------------------------------------------------------------------
-- The dashboard's aggregates (stats_daily, stats_employer_campaigns, stats_waiting), kept by
-- triggers as positions, employers, talents, intents and bookings change; stats_rebuild()
-- recomputes them from the rows (this migration, and the seed after a bulk load, which sets
-- zq.stats_bulk = 'on' to skip the triggers). Deletions are counted in BEFORE DELETE triggers,
-- while the rows they depend on still exist; a row whose parent is already gone was counted
-- out by the parent's own BEFORE DELETE trigger.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION stats_day(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ((t AT TIME ZONE 'UTC') + interval '8 hours')::date
$$;
--> statement-breakpoint
CREATE FUNCTION stats_bulk() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('zq.stats_bulk', true), '') = 'on'
$$;
--> statement-breakpoint
CREATE FUNCTION stats_add(c integer, m text, k text, d date, dn bigint, da bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO stats_daily (campaign_id, metric, key, day, n, amount)
  SELECT c, m, k, d, dn, da WHERE EXISTS (SELECT 1 FROM campaigns WHERE id = c)
  ON CONFLICT (campaign_id, metric, key, day) DO UPDATE SET n = stats_daily.n + excluded.n, amount = stats_daily.amount + excluded.amount
$$;
--> statement-breakpoint
-- What a position adds: online (published, employer verified, in a campaign) on the day it was published.
CREATE FUNCTION stats_position_rows(p positions, e_status employer_status, e_kind employer_kind)
RETURNS TABLE (campaign_id integer, metric text, key text, day date, n bigint, amount bigint) LANGUAGE sql IMMUTABLE AS $$
  SELECT p.campaign_id, 'position', k, stats_day(p.published_at), 1::bigint, p.headcount::bigint
  FROM unnest(ARRAY['', 'board:' || p.board_id, 'location:' || p.location_id, 'industry:' || p.industry_id, 'kind:' || e_kind,
                    'education:' || p.education_floor, 'level:' || p.talent_level]
              || CASE WHEN p.platform_id IS NULL THEN '{}'::text[] ELSE ARRAY['platform:' || p.platform_id] END) AS k
  WHERE p.campaign_id IS NOT NULL AND p.status = 'published' AND p.published_at IS NOT NULL AND e_status = 'verified'
$$;
--> statement-breakpoint
-- An employer's first day online in a campaign, again; `gone`: a position about to be deleted.
CREATE FUNCTION stats_employer_refresh(c integer, emp integer, gone integer DEFAULT NULL) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  old_day date;
  new_day date;
BEGIN
  IF c IS NULL OR emp IS NULL THEN RETURN; END IF;
  SELECT first_day INTO old_day FROM stats_employer_campaigns WHERE campaign_id = c AND employer_id = emp;
  SELECT min(stats_day(p.published_at)) INTO new_day FROM positions p JOIN employers e ON e.id = p.employer_id
    WHERE p.employer_id = emp AND p.campaign_id = c AND p.status = 'published' AND e.status = 'verified' AND p.id IS DISTINCT FROM gone;
  IF old_day IS NOT DISTINCT FROM new_day THEN RETURN; END IF;
  IF old_day IS NOT NULL THEN
    PERFORM stats_add(c, 'employer', '', old_day, -1, 0);
    DELETE FROM stats_employer_campaigns WHERE campaign_id = c AND employer_id = emp;
  END IF;
  IF new_day IS NOT NULL AND EXISTS (SELECT 1 FROM employers WHERE id = emp) AND EXISTS (SELECT 1 FROM campaigns WHERE id = c) THEN
    PERFORM stats_add(c, 'employer', '', new_day, 1, 0);
    INSERT INTO stats_employer_campaigns (campaign_id, employer_id, first_day) VALUES (c, emp, new_day);
  END IF;
END $$;
--> statement-breakpoint
CREATE FUNCTION stats_positions_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  e record;
BEGIN
  IF stats_bulk() THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN old ELSE NULL END; END IF;
  IF TG_OP = 'UPDATE' AND (old.status, old.published_at, old.campaign_id, old.employer_id, old.board_id, old.platform_id, old.location_id,
      old.industry_id, old.education_floor, old.talent_level, old.headcount) IS NOT DISTINCT FROM (new.status, new.published_at,
      new.campaign_id, new.employer_id, new.board_id, new.platform_id, new.location_id, new.industry_id, new.education_floor,
      new.talent_level, new.headcount) THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT status, kind INTO e FROM employers WHERE id = old.employer_id;
    IF FOUND THEN
      PERFORM stats_add(r.campaign_id, r.metric, r.key, r.day, -r.n, -r.amount) FROM stats_position_rows(old, e.status, e.kind) r;
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT status, kind INTO e FROM employers WHERE id = new.employer_id;
    PERFORM stats_add(r.campaign_id, r.metric, r.key, r.day, r.n, r.amount) FROM stats_position_rows(new, e.status, e.kind) r;
    PERFORM stats_employer_refresh(new.campaign_id, new.employer_id);
  END IF;
  IF TG_OP = 'DELETE' THEN
    -- The position is still there (BEFORE DELETE): the employer's first day without it.
    IF EXISTS (SELECT 1 FROM employers WHERE id = old.employer_id) AND old.campaign_id IS NOT NULL THEN
      PERFORM stats_employer_refresh(old.campaign_id, old.employer_id, old.id);
    END IF;
    RETURN old;
  END IF;
  IF TG_OP = 'UPDATE' AND (old.campaign_id, old.employer_id) IS DISTINCT FROM (new.campaign_id, new.employer_id) THEN
    PERFORM stats_employer_refresh(old.campaign_id, old.employer_id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER stats_positions AFTER INSERT OR UPDATE ON positions FOR EACH ROW EXECUTE FUNCTION stats_positions_trigger();
--> statement-breakpoint
CREATE TRIGGER stats_positions_delete BEFORE DELETE ON positions FOR EACH ROW EXECUTE FUNCTION stats_positions_trigger();
--> statement-breakpoint
-- An employer verified, suspended or of another kind: its positions move in or out of the figures.
CREATE FUNCTION stats_employers_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  c integer;
BEGIN
  IF stats_bulk() THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN old ELSE NULL END; END IF;
  IF TG_OP = 'UPDATE' AND (old.status, old.kind) IS NOT DISTINCT FROM (new.status, new.kind) THEN RETURN NULL; END IF;
  -- Rows locked in one order (day, key) by every writer, so that two employers changing at once cannot deadlock.
  PERFORM stats_add(r.campaign_id, r.metric, r.key, r.day, -r.n, -r.amount)
    FROM positions p, stats_position_rows(p, old.status, old.kind) r WHERE p.employer_id = old.id AND p.status = 'published'
    ORDER BY r.day, r.key;
  IF TG_OP = 'DELETE' THEN
    PERFORM stats_add(ec.campaign_id, 'employer', '', ec.first_day, -1, 0) FROM stats_employer_campaigns ec WHERE ec.employer_id = old.id;
    DELETE FROM stats_employer_campaigns WHERE employer_id = old.id;
    DELETE FROM stats_waiting WHERE employer_id = old.id;
    RETURN old;
  END IF;
  PERFORM stats_add(r.campaign_id, r.metric, r.key, r.day, r.n, r.amount)
    FROM positions p, stats_position_rows(p, new.status, new.kind) r WHERE p.employer_id = new.id AND p.status = 'published'
    ORDER BY r.day, r.key;
  FOR c IN SELECT DISTINCT campaign_id FROM positions WHERE employer_id = new.id AND campaign_id IS NOT NULL
           UNION SELECT campaign_id FROM stats_employer_campaigns WHERE employer_id = new.id LOOP
    PERFORM stats_employer_refresh(c, new.id);
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER stats_employers AFTER UPDATE ON employers FOR EACH ROW EXECUTE FUNCTION stats_employers_trigger();
--> statement-breakpoint
CREATE TRIGGER stats_employers_delete BEFORE DELETE ON employers FOR EACH ROW EXECUTE FUNCTION stats_employers_trigger();
--> statement-breakpoint
-- What a talent adds to a campaign on the day they joined: one, and from abroad, their country.
CREATE FUNCTION stats_talent_rows(c integer, joined timestamptz, origin talent_origin, country text)
RETURNS TABLE (campaign_id integer, metric text, key text, day date, n bigint, amount bigint) LANGUAGE sql IMMUTABLE AS $$
  SELECT c, 'talent', k, stats_day(joined), 1::bigint, 0::bigint
  FROM unnest(ARRAY[''] || CASE WHEN origin = 'overseas' THEN ARRAY['overseas', 'country:' || coalesce(country, '')] ELSE '{}'::text[] END) AS k
$$;
--> statement-breakpoint
CREATE FUNCTION stats_campaign_talents_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tp record;
BEGIN
  IF stats_bulk() THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN old ELSE NULL END; END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT origin, country INTO tp FROM talent_profiles WHERE user_id = old.talent_id;
    PERFORM stats_add(r.campaign_id, r.metric, r.key, r.day, -r.n, -r.amount) FROM stats_talent_rows(old.campaign_id, old.joined_at, tp.origin, tp.country) r;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT origin, country INTO tp FROM talent_profiles WHERE user_id = new.talent_id;
    PERFORM stats_add(r.campaign_id, r.metric, r.key, r.day, r.n, r.amount) FROM stats_talent_rows(new.campaign_id, new.joined_at, tp.origin, tp.country) r;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN old ELSE NULL END;
END $$;
--> statement-breakpoint
CREATE TRIGGER stats_campaign_talents AFTER INSERT OR UPDATE ON campaign_talents FOR EACH ROW EXECUTE FUNCTION stats_campaign_talents_trigger();
--> statement-breakpoint
CREATE TRIGGER stats_campaign_talents_delete BEFORE DELETE ON campaign_talents FOR EACH ROW EXECUTE FUNCTION stats_campaign_talents_trigger();
--> statement-breakpoint
-- A talent's origin or country changed (or the profile came or went): each campaign they joined.
CREATE FUNCTION stats_talent_profiles_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  uid uuid := CASE WHEN TG_OP = 'DELETE' THEN old.user_id ELSE new.user_id END;
  o_origin talent_origin;
  o_country text;
  n_origin talent_origin;
  n_country text;
BEGIN
  IF stats_bulk() THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN old ELSE NULL END; END IF;
  IF TG_OP <> 'INSERT' THEN o_origin := old.origin; o_country := old.country; END IF;
  IF TG_OP <> 'DELETE' THEN n_origin := new.origin; n_country := new.country; END IF;
  IF (o_origin, o_country) IS NOT DISTINCT FROM (n_origin, n_country) THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN old ELSE NULL END; END IF;
  PERFORM stats_add(r.campaign_id, r.metric, r.key, r.day, -r.n, -r.amount)
    FROM campaign_talents ct, stats_talent_rows(ct.campaign_id, ct.joined_at, o_origin, o_country) r WHERE ct.talent_id = uid;
  PERFORM stats_add(r.campaign_id, r.metric, r.key, r.day, r.n, r.amount)
    FROM campaign_talents ct, stats_talent_rows(ct.campaign_id, ct.joined_at, n_origin, n_country) r WHERE ct.talent_id = uid;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN old ELSE NULL END;
END $$;
--> statement-breakpoint
CREATE TRIGGER stats_talent_profiles AFTER INSERT OR UPDATE ON talent_profiles FOR EACH ROW EXECUTE FUNCTION stats_talent_profiles_trigger();
--> statement-breakpoint
CREATE TRIGGER stats_talent_profiles_delete BEFORE DELETE ON talent_profiles FOR EACH ROW EXECUTE FUNCTION stats_talent_profiles_trigger();
--> statement-breakpoint
-- What an intent adds: its state and kind on the day it was registered; as an employment intent,
-- the funnel stages it got to (negotiated: a booked video session, or a state from negotiating
-- on); once reached (reached or later), the day it was reached and the hours it took.
CREATE FUNCTION stats_intent_rows(i intents, booked boolean)
RETURNS TABLE (campaign_id integer, metric text, key text, day date, n bigint, amount bigint) LANGUAGE sql IMMUTABLE AS $$
  SELECT i.campaign_id, 'intent', i.status || ':' || i.kind, stats_day(i.created_at), 1::bigint, 0::bigint WHERE i.campaign_id IS NOT NULL
  UNION ALL
  SELECT i.campaign_id, 'funnel', s, stats_day(i.created_at), 1::bigint, 0::bigint
  FROM unnest(ARRAY[
    CASE WHEN booked OR i.reached_at IS NOT NULL OR i.status IN ('negotiating', 'reached', 'signed', 'onboard', 'settled') THEN 'negotiated' END,
    CASE WHEN i.status IN ('reached', 'signed', 'onboard', 'settled') THEN 'reached' END,
    CASE WHEN i.status IN ('signed', 'onboard', 'settled') THEN 'signed' END]) AS s
  WHERE s IS NOT NULL AND i.kind = 'employment' AND i.campaign_id IS NOT NULL
  UNION ALL
  SELECT i.campaign_id, m, CASE WHEN m = 'reached' THEN i.kind::text
      ELSE i.kind || ':' || floor(extract(epoch FROM i.reached_at - i.created_at) / 3600)::bigint END,
    stats_day(i.reached_at), 1::bigint, 0::bigint
  FROM unnest(ARRAY['reached', 'reach_hours']) AS m
  WHERE i.campaign_id IS NOT NULL AND i.status IN ('reached', 'signed', 'onboard', 'settled')
$$;
--> statement-breakpoint
CREATE FUNCTION stats_waiting_add(i intents, delta integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO stats_waiting (campaign_id, employer_id, n)
  SELECT i.campaign_id, i.employer_id, delta
  WHERE i.campaign_id IS NOT NULL AND i.employer_id IS NOT NULL AND i.status IN ('submitted', 'viewed')
    AND EXISTS (SELECT 1 FROM campaigns WHERE id = i.campaign_id) AND EXISTS (SELECT 1 FROM employers WHERE id = i.employer_id)
  ON CONFLICT (campaign_id, employer_id) DO UPDATE SET n = stats_waiting.n + excluded.n
$$;
--> statement-breakpoint
CREATE FUNCTION stats_intents_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF stats_bulk() THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN old ELSE NULL END; END IF;
  IF TG_OP = 'UPDATE' AND (old.status, old.kind, old.campaign_id, old.employer_id, old.created_at, old.reached_at)
      IS NOT DISTINCT FROM (new.status, new.kind, new.campaign_id, new.employer_id, new.created_at, new.reached_at) THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM stats_add(r.campaign_id, r.metric, r.key, r.day, -r.n, -r.amount)
      FROM stats_intent_rows(old, EXISTS (SELECT 1 FROM bookings b WHERE b.intent_id = old.id AND b.status = 'booked')) r;
    PERFORM stats_waiting_add(old, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM stats_add(r.campaign_id, r.metric, r.key, r.day, r.n, r.amount)
      FROM stats_intent_rows(new, EXISTS (SELECT 1 FROM bookings b WHERE b.intent_id = new.id AND b.status = 'booked')) r;
    PERFORM stats_waiting_add(new, 1);
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN old ELSE NULL END;
END $$;
--> statement-breakpoint
CREATE TRIGGER stats_intents AFTER INSERT OR UPDATE ON intents FOR EACH ROW EXECUTE FUNCTION stats_intents_trigger();
--> statement-breakpoint
CREATE TRIGGER stats_intents_delete BEFORE DELETE ON intents FOR EACH ROW EXECUTE FUNCTION stats_intents_trigger();
--> statement-breakpoint
-- A video session booked or cancelled: its intent's funnel stage "negotiated" may change.
CREATE FUNCTION stats_bookings_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  i intents;
  was boolean := TG_OP <> 'INSERT' AND old.status = 'booked';
  is_now boolean := TG_OP <> 'DELETE' AND new.status = 'booked';
BEGIN
  IF stats_bulk() OR was = is_now THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN old ELSE NULL END; END IF;
  SELECT * INTO i FROM intents WHERE id = CASE WHEN TG_OP = 'DELETE' THEN old.intent_id ELSE new.intent_id END;
  IF FOUND THEN
    PERFORM stats_add(r.campaign_id, r.metric, r.key, r.day, -r.n, -r.amount) FROM stats_intent_rows(i, was) r;
    PERFORM stats_add(r.campaign_id, r.metric, r.key, r.day, r.n, r.amount) FROM stats_intent_rows(i, is_now) r;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN old ELSE NULL END;
END $$;
--> statement-breakpoint
CREATE TRIGGER stats_bookings AFTER INSERT OR UPDATE ON bookings FOR EACH ROW EXECUTE FUNCTION stats_bookings_trigger();
--> statement-breakpoint
CREATE TRIGGER stats_bookings_delete BEFORE DELETE ON bookings FOR EACH ROW EXECUTE FUNCTION stats_bookings_trigger();
--> statement-breakpoint
-- Everything from the rows: after this migration, and after a bulk load that skipped the triggers.
CREATE FUNCTION stats_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM stats_daily;
  DELETE FROM stats_employer_campaigns;
  DELETE FROM stats_waiting;
  INSERT INTO stats_daily (campaign_id, metric, key, day, n, amount)
  SELECT r.campaign_id, r.metric, r.key, r.day, sum(r.n), sum(r.amount) FROM (
    SELECT r.* FROM positions p JOIN employers e ON e.id = p.employer_id, stats_position_rows(p, e.status, e.kind) r WHERE p.status = 'published'
    UNION ALL
    SELECT r.* FROM campaign_talents ct LEFT JOIN talent_profiles tp ON tp.user_id = ct.talent_id,
      stats_talent_rows(ct.campaign_id, ct.joined_at, tp.origin, tp.country) r
    UNION ALL
    SELECT r.* FROM intents i LEFT JOIN (SELECT DISTINCT intent_id FROM bookings WHERE status = 'booked') b ON b.intent_id = i.id,
      stats_intent_rows(i, b.intent_id IS NOT NULL) r
  ) r
  GROUP BY 1, 2, 3, 4;
  INSERT INTO stats_employer_campaigns (campaign_id, employer_id, first_day)
  SELECT p.campaign_id, p.employer_id, min(stats_day(p.published_at)) FROM positions p JOIN employers e ON e.id = p.employer_id
  WHERE p.status = 'published' AND e.status = 'verified' AND p.campaign_id IS NOT NULL AND p.published_at IS NOT NULL GROUP BY 1, 2;
  INSERT INTO stats_daily (campaign_id, metric, key, day, n, amount)
  SELECT campaign_id, 'employer', '', first_day, count(*), 0 FROM stats_employer_campaigns GROUP BY 1, 4;
  INSERT INTO stats_waiting (campaign_id, employer_id, n)
  SELECT campaign_id, employer_id, count(*) FROM intents
  WHERE status IN ('submitted', 'viewed') AND campaign_id IS NOT NULL AND employer_id IS NOT NULL GROUP BY 1, 2;
END $$;
--> statement-breakpoint
-- The oldest intent waiting on an employer, for the dashboard's list of who keeps talents waiting.
CREATE INDEX intents_employer_waiting_idx ON intents (employer_id, created_at) WHERE status IN ('submitted', 'viewed');
--> statement-breakpoint
SELECT stats_rebuild();
