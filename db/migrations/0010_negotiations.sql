CREATE TYPE "public"."booking_cancel_reason" AS ENUM('talent', 'rescheduled', 'slot_cancelled', 'intent_closed');--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "ics_uid" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "rescheduled_from_id" integer;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "outcome_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "outcome_by" uuid;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "cancel_reason" "booking_cancel_reason";--> statement-breakpoint
ALTER TABLE "negotiation_slots" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_outcome_by_users_id_fk" FOREIGN KEY ("outcome_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_rescheduled_from_fk" FOREIGN KEY ("rescheduled_from_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_live_ics_uid_key" ON "bookings" USING btree ("ics_uid") WHERE "bookings"."status" = 'booked';--> statement-breakpoint
-- A cancelled slot takes no live booking: the trigger that counts bookings against capacity also
-- refuses a booking (or a reschedule) into a slot the employer cancelled.
CREATE OR REPLACE FUNCTION bookings_keep_slot_count() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'booked' THEN
    IF TG_OP = 'DELETE' OR NEW.status <> 'booked' OR NEW.slot_id <> OLD.slot_id THEN
      UPDATE negotiation_slots SET booked_count = booked_count - 1 WHERE id = OLD.slot_id;
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'booked' THEN
    IF TG_OP = 'INSERT' OR OLD.status <> 'booked' OR NEW.slot_id <> OLD.slot_id THEN
      UPDATE negotiation_slots SET booked_count = booked_count + 1 WHERE id = NEW.slot_id AND cancelled_at IS NULL;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'slot % is cancelled', NEW.slot_id
          USING ERRCODE = 'check_violation', CONSTRAINT = 'negotiation_slots_open_check', TABLE = 'negotiation_slots';
      END IF;
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
