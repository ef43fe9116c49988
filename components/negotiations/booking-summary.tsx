import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { IntentBooking } from "@/lib/negotiations/queries";
import { BookingTime } from "./booking-time";

const linkButton = "inline-flex h-10 items-center justify-center rounded-md px-4 text-sm font-medium";

/** A live booking as both sides see it: when (in the viewer's zone), the room, the invitation. */
export async function BookingSummary({ booking, timeZone, joinLabel }: { booking: IntentBooking; timeZone: string; joinLabel?: string }) {
  const t = await getTranslations("negotiations");
  return (
    <div className="space-y-3" data-testid="live-booking">
      <p className="text-sm text-slate-800">
        {t.rich("bookedFor", { when: () => <BookingTime startsAt={booking.startsAt} timeZone={timeZone} /> })}
        <span className="text-slate-600"> · {t("minutes", { count: booking.durationMinutes })}</span>
      </p>
      {booking.outcome ? <Badge tone="brand">{t("outcomeShown", { outcome: t(`outcome.${booking.outcome}`) })}</Badge> : null}
      <div className="flex flex-wrap gap-2">
        <a href={booking.joinUrl} target="_blank" rel="noopener noreferrer" className={`${linkButton} bg-brand-600 text-white hover:bg-brand-700`} data-testid="join-link">
          {joinLabel ?? t("join")}
        </a>
        <a href={`/bookings/${booking.id}/invitation`} download className={`${linkButton} bg-white text-brand-700 ring-1 ring-brand-200 ring-inset hover:bg-brand-50`}>
          {t("invitation")}
        </a>
      </div>
    </div>
  );
}

/** Earlier bookings of the intent: when, and why they ended. */
export async function BookingHistory({ bookings, timeZone }: { bookings: IntentBooking[]; timeZone: string }) {
  const t = await getTranslations("negotiations");
  if (bookings.length === 0) return null;
  return (
    <div>
      <h4 className="text-sm font-medium text-slate-800">{t("history")}</h4>
      <ul className="mt-1 space-y-1 text-sm text-slate-600" data-testid="booking-history">
        {bookings.map((b) => (
          <li key={b.id}>
            <span className="line-through">
              <BookingTime startsAt={b.startsAt} timeZone={timeZone} />
            </span>
            {b.cancelReason ? ` · ${t(`cancelReason.${b.cancelReason}`)}` : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}
