import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { findIntentBookings, getViewerTimeZone } from "@/lib/negotiations/queries";
import { BookingHistory, BookingSummary } from "./booking-summary";
import { OutcomeForm } from "./outcome-form";

/** 视频洽谈 on the employer's intent page: the booking, its room, and the outcome after the session. */
export async function EmployerBookingCard({ userId, intentId, talentName }: { userId: string; intentId: number; talentName: string }) {
  const [t, zone, all] = await Promise.all([getTranslations("negotiations"), getViewerTimeZone({ userId }), findIntentBookings({ intentId })]);
  const live = all.find((b) => b.status === "booked") ?? null;
  return (
    <Card data-testid="booking-card">
      <CardTitle>{t("bookingTitle")}</CardTitle>
      <p className="mt-1 text-xs text-slate-600">{t("shownIn", { timeZone: zone.timeZone })}</p>
      <div className="mt-4 space-y-5">
        {live ? (
          <>
            <BookingSummary booking={live} timeZone={zone.timeZone} joinLabel={t("joinNamed", { name: talentName })} />
            <div>
              <h4 className="text-sm font-medium text-slate-800">{t("outcomeTitle")}</h4>
              <p className="mt-1 text-xs text-slate-600">{t("outcomeHint")}</p>
              <div className="mt-2">
                <OutcomeForm bookingId={live.id} outcome={live.outcome} note={live.outcomeNote} />
              </div>
            </div>
          </>
        ) : (
          <p className="text-sm text-slate-600">{t("noBooking")}</p>
        )}
        <BookingHistory bookings={all.filter((b) => b.status === "cancelled")} timeZone={zone.timeZone} />
      </div>
    </Card>
  );
}
