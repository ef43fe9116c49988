import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card, CardTitle } from "@/components/ui/card";
import { isClosed } from "@/lib/intents/lifecycle";
import type { IntentStatus } from "@/lib/intents/status";
import { findBookableSlots, findIntentBookings, getViewerTimeZone } from "@/lib/negotiations/queries";
import { BookSlotForm } from "./book-slot-form";
import { BookingSummary, BookingHistory } from "./booking-summary";
import { formatSlotTime } from "./booking-time";
import { CancelBookingForm } from "./cancel-booking-form";
import { TimeZoneForm } from "./time-zone-form";

/**
 * 视频洽谈 on the talent's intent: the zone times are shown in (asked for until saved), the live
 * booking with its room, invitation, cancel and reschedule, or the slots to book.
 */
export async function TalentBookingCard({ talentId, intent }: { talentId: string; intent: { id: number; status: IntentStatus; employerName: string | null } }) {
  const [t, zone, all, slots] = await Promise.all([
    getTranslations("negotiations"),
    getViewerTimeZone({ userId: talentId }),
    findIntentBookings({ intentId: intent.id }),
    findBookableSlots({ talentId, intentId: intent.id }),
  ]);
  const live = all.find((b) => b.status === "booked") ?? null;
  const changeable = live != null && live.outcome == null && live.startsAt > new Date();
  const closed = isClosed(intent.status);
  const choices = await Promise.all(
    slots.filter((s) => s.id !== live?.slotId).map(async (s) => ({ id: s.id, seatsLeft: s.seatsLeft, label: await formatSlotTime(s.startsAt, zone.timeZone) })),
  );
  let offer: ReactNode = null;
  if (!closed && (!live || changeable)) {
    if (!intent.employerName) offer = <p className="text-sm text-slate-600">{t("waitForEmployer")}</p>;
    else if (choices.length === 0) offer = live ? null : <p className="text-sm text-slate-600">{t("noBookableSlots")}</p>;
    else offer = <BookSlotForm intentId={intent.id} slots={choices} reschedule={live != null} />;
  }
  return (
    <Card data-testid="booking-card">
      <CardTitle>{t("bookingTitle")}</CardTitle>
      <p className="mt-1 text-xs text-slate-600" data-testid="shown-in">
        {t("shownIn", { timeZone: zone.timeZone })}
      </p>
      <div className="mt-4 space-y-5">
        {zone.saved ? null : <TimeZoneForm saved={null} fallback={zone.timeZone} />}
        {live ? <BookingSummary booking={live} timeZone={zone.timeZone} /> : closed ? <p className="text-sm text-slate-600">{t("noBooking")}</p> : null}
        {offer}
        {changeable ? <CancelBookingForm bookingId={live.id} /> : null}
        <BookingHistory bookings={all.filter((b) => b.status === "cancelled")} timeZone={zone.timeZone} />
      </div>
    </Card>
  );
}
