-- The dashboard's counters (stats_daily, stats_waiting: migration 0009) are shared by every
-- intent and booking of a campaign's day: each registration updated the same rows, and held
-- their locks to the end of its transaction, so registrations and bookings queued on one another
-- (bench:load's mix: 13 to 19 sessions at once waiting on a row lock). Now a change's deltas are
-- written as rows of their own (stats_pending: no shared row, no wait), and a deferred trigger
-- adds them to the counters as the transaction commits, where the locks last only the commit.
-- Each delta is still computed as the change happens, against the rows as they are then.
CREATE TABLE stats_pending (
  txid bigint NOT NULL DEFAULT txid_current(),
  target text NOT NULL CHECK (target IN ('daily', 'waiting')),
  campaign_id integer NOT NULL,
  metric text,
  key text,
  day date,
  employer_id integer,
  n bigint NOT NULL,
  amount bigint NOT NULL DEFAULT 0
);
--> statement-breakpoint
CREATE INDEX stats_pending_txid_idx ON stats_pending (txid);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION stats_add(c integer, m text, k text, d date, dn bigint, da bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO stats_pending (target, campaign_id, metric, key, day, n, amount)
  SELECT 'daily', c, m, k, d, dn, da WHERE EXISTS (SELECT 1 FROM campaigns WHERE id = c)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION stats_waiting_add(i intents, delta integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO stats_pending (target, campaign_id, employer_id, n)
  SELECT 'waiting', i.campaign_id, i.employer_id, delta
  WHERE i.campaign_id IS NOT NULL AND i.employer_id IS NOT NULL AND i.status IN ('submitted', 'viewed')
    AND EXISTS (SELECT 1 FROM campaigns WHERE id = i.campaign_id) AND EXISTS (SELECT 1 FROM employers WHERE id = i.employer_id)
$$;
--> statement-breakpoint
-- This transaction's deltas, summed per counter, in the counters' key order (two transactions
-- committing at once take the rows in the same order). A campaign or employer deleted since in
-- the same transaction took its counters with it: its deltas go with them.
CREATE FUNCTION stats_pending_flush() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH moved AS (DELETE FROM stats_pending WHERE txid = txid_current() RETURNING *),
  daily AS (
    INSERT INTO stats_daily (campaign_id, metric, key, day, n, amount)
    SELECT m.campaign_id, m.metric, m.key, m.day, sum(m.n), sum(m.amount) FROM moved m
    WHERE m.target = 'daily' AND EXISTS (SELECT 1 FROM campaigns c WHERE c.id = m.campaign_id)
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (campaign_id, metric, key, day) DO UPDATE SET n = stats_daily.n + excluded.n, amount = stats_daily.amount + excluded.amount
  )
  INSERT INTO stats_waiting (campaign_id, employer_id, n)
  SELECT m.campaign_id, m.employer_id, sum(m.n) FROM moved m
  WHERE m.target = 'waiting' AND EXISTS (SELECT 1 FROM campaigns c WHERE c.id = m.campaign_id) AND EXISTS (SELECT 1 FROM employers e WHERE e.id = m.employer_id)
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (campaign_id, employer_id) DO UPDATE SET n = stats_waiting.n + excluded.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Fires at commit, once per pending row: the first moves them all, the others find none.
CREATE CONSTRAINT TRIGGER stats_pending_flush AFTER INSERT ON stats_pending DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION stats_pending_flush();
--> statement-breakpoint
-- A rebuild counts from the rows what this transaction's pending deltas would add again: it
-- drops them first, then rebuilds as migration 0009's function does (kept, renamed).
ALTER FUNCTION stats_rebuild() RENAME TO stats_rebuild_from_rows;
--> statement-breakpoint
CREATE FUNCTION stats_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM stats_pending WHERE txid = txid_current();
  PERFORM stats_rebuild_from_rows();
END $$;
