import { getFormatter } from "next-intl/server";

/** How a negotiation's start is written everywhere: weekday, date, time and the zone's name. */
export const SLOT_TIME_FORMAT = { weekday: "short", year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" } as const;

export async function formatSlotTime(startsAt: Date, timeZone: string): Promise<string> {
  const format = await getFormatter();
  return format.dateTime(startsAt, { ...SLOT_TIME_FORMAT, timeZone });
}

export async function BookingTime({ startsAt, timeZone }: { startsAt: Date; timeZone: string }) {
  return (
    <time dateTime={startsAt.toISOString()} data-testid="booking-time">
      {await formatSlotTime(startsAt, timeZone)}
    </time>
  );
}
