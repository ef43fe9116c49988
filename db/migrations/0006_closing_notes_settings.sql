CREATE TABLE "intent_notes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "intent_notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"intent_id" integer NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intent_notes_body_check" CHECK (length("intent_notes"."body") between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"name" text PRIMARY KEY NOT NULL,
	"last_started_at" timestamp with time zone,
	"last_finished_at" timestamp with time zone,
	"last_result" jsonb
);
--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "closes_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "intent_notes" ADD CONSTRAINT "intent_notes_intent_id_intents_id_fk" FOREIGN KEY ("intent_id") REFERENCES "public"."intents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intent_notes" ADD CONSTRAINT "intent_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_settings" ADD CONSTRAINT "app_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intent_notes_intent_idx" ON "intent_notes" USING btree ("intent_id","created_at");--> statement-breakpoint
-- A position leaves the public list at closes_at: its own expiry, or the earliest deadline of the
-- announcements recruiting for it when that is sooner (LEAST ignores NULLs).
CREATE FUNCTION position_announcement_deadline(position_id integer) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
  SELECT min(a.deadline) FROM announcement_positions ap JOIN announcements a ON a.id = ap.announcement_id
  WHERE ap.position_id = $1
$$;--> statement-breakpoint
CREATE FUNCTION positions_keep_closes_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- A new row has no announcement yet (the link's foreign key needs the row first).
  IF TG_OP = 'INSERT' THEN
    NEW.closes_at := NEW.expires_at;
  ELSE
    NEW.closes_at := LEAST(NEW.expires_at, position_announcement_deadline(NEW.id));
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER positions_closes_at
BEFORE INSERT OR UPDATE OF expires_at, closes_at ON positions
FOR EACH ROW EXECUTE FUNCTION positions_keep_closes_at();--> statement-breakpoint
CREATE FUNCTION announcement_positions_keep_closes_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Setting closes_at fires positions_closes_at, which computes it afresh.
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE positions SET closes_at = NULL WHERE id = NEW.position_id;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE positions SET closes_at = NULL WHERE id = OLD.position_id;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER announcement_positions_closes_at
AFTER INSERT OR UPDATE OR DELETE ON announcement_positions
FOR EACH ROW EXECUTE FUNCTION announcement_positions_keep_closes_at();--> statement-breakpoint
CREATE FUNCTION announcements_keep_closes_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE positions SET closes_at = NULL
  WHERE id IN (SELECT position_id FROM announcement_positions WHERE announcement_id = NEW.id);
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER announcements_closes_at
AFTER UPDATE OF deadline ON announcements
FOR EACH ROW WHEN (OLD.deadline IS DISTINCT FROM NEW.deadline)
EXECUTE FUNCTION announcements_keep_closes_at();--> statement-breakpoint
UPDATE positions SET closes_at = NULL;
