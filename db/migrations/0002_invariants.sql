-- Slot capacity is kept by the database: every live booking counts against its slot, and the
-- slot's check constraint (booked_count between 0 and capacity) refuses the one too many.
-- The UPDATE takes the slot's row lock, so concurrent bookings queue instead of overbooking.
CREATE FUNCTION bookings_keep_slot_count() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'booked' THEN
    IF TG_OP = 'DELETE' OR NEW.status <> 'booked' OR NEW.slot_id <> OLD.slot_id THEN
      UPDATE negotiation_slots SET booked_count = booked_count - 1 WHERE id = OLD.slot_id;
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'booked' THEN
    IF TG_OP = 'INSERT' OR OLD.status <> 'booked' OR NEW.slot_id <> OLD.slot_id THEN
      UPDATE negotiation_slots SET booked_count = booked_count + 1 WHERE id = NEW.slot_id;
    END IF;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER bookings_slot_count
AFTER INSERT OR UPDATE OF status, slot_id OR DELETE ON bookings
FOR EACH ROW EXECUTE FUNCTION bookings_keep_slot_count();
