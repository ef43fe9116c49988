import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BookingTime } from "@/components/negotiations/booking-time";
import { CancelSlotButton } from "@/components/negotiations/cancel-slot-button";
import { SlotBulkForm } from "@/components/negotiations/slot-bulk-form";
import { NotificationList } from "@/components/notifications/notification-list";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { findBookingNotifications, findEmployerSlots, findSlotPositions, getViewerTimeZone } from "@/lib/negotiations/queries";
import { zonedDay, zonedTimeToUtc } from "@/lib/negotiations/time-zones";

export async function generateMetadata() {
  const t = await getTranslations("negotiations");
  return { title: t("slotsTitle") };
}

const DAY = 86_400_000;
const dayAfter = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** 洽谈时段: publish slots in bulk, see the chosen day's negotiations with their rooms, take slots back. */
export default async function EmployerSlotsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission({ action: "account.use" }, "/employer/slots");
  await requirePermission({ action: "employer.slots.manage", employerId: user.employerId ?? -1 }, "/employer/slots");
  const employerId = user.employerId!;
  const [t, zone, query] = await Promise.all([getTranslations("negotiations"), getViewerTimeZone({ userId: user.id }), searchParams]);
  const timeZone = zone.timeZone;
  const today = zonedDay(new Date(), timeZone);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(query.day ?? "") && !Number.isNaN(Date.parse(`${query.day}T00:00:00Z`)) ? query.day! : today;
  const [positions, ofDay, upcoming, notifications] = await Promise.all([
    findSlotPositions({ employerId }),
    findEmployerSlots({ employerId, from: zonedTimeToUtc(day, 0, timeZone), to: zonedTimeToUtc(dayAfter(day, 1), 0, timeZone) }),
    findEmployerSlots({ employerId, from: zonedTimeToUtc(today, 0, timeZone), to: zonedTimeToUtc(dayAfter(today, 63), 0, timeZone) }),
    findBookingNotifications({ userId: user.id }),
  ]);
  const dayBookings = ofDay.flatMap((s) => s.bookings.map((b) => ({ ...b, slot: s })));
  return (
    <ClientMessages namespaces={["dialog", "formErrors", "negotiations", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("slotsTitle")} description={t("slotsIntro", { timeZone })} />
        <Card>
          <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
            <CardTitle>{t("dayTitle")}</CardTitle>
            <form className="flex items-end gap-2" method="get">
              <label className="text-sm text-slate-700">
                <span className="sr-only">{t("day")}</span>
                <Input type="date" name="day" defaultValue={day} aria-label={t("day")} />
              </label>
              <Button type="submit" variant="secondary">
                {t("showDay")}
              </Button>
            </form>
          </div>
          {dayBookings.length === 0 ? (
            <div className="mt-3">
              <EmptyState title={t("noBookingsThatDay")} />
            </div>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100" data-testid="day-bookings">
              {dayBookings.map((b) => (
                <li key={b.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between" data-testid="day-booking">
                  <div className="min-w-0 text-sm">
                    <p className="font-medium text-slate-900">
                      <BookingTime startsAt={b.startsAt} timeZone={timeZone} /> · {b.talentName}
                    </p>
                    <p className="truncate text-slate-600">
                      <Link href={`/employer/intents/${b.intentId}`} className="text-brand-700 hover:underline">
                        {b.title}
                      </Link>
                      {b.outcome ? ` · ${t(`outcome.${b.outcome}`)}` : ""}
                    </p>
                  </div>
                  <a href={b.joinUrl} target="_blank" rel="noopener noreferrer" className="inline-flex h-9 shrink-0 items-center justify-center rounded-md bg-brand-600 px-3 text-sm font-medium text-white hover:bg-brand-700">
                    {t("joinNamed", { name: b.talentName })}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
          <Card className="min-w-0">
            <CardTitle>{t("upcomingTitle")}</CardTitle>
            {upcoming.length === 0 ? (
              <div className="mt-3">
                <EmptyState title={t("noSlots")} />
              </div>
            ) : (
              <ul className="mt-3 divide-y divide-slate-100" data-testid="slots">
                {upcoming.map((s) => (
                  <li key={s.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-center sm:justify-between" data-testid="slot">
                    <div className="min-w-0 text-sm">
                      <p className="text-slate-900">
                        <BookingTime startsAt={s.startsAt} timeZone={timeZone} /> · {t("minutes", { count: s.durationMinutes })}
                      </p>
                      <p className="truncate text-slate-600">
                        {s.positionTitle ?? t("allPositions")} · {t("seats", { booked: s.bookedCount, capacity: s.capacity })}
                        {s.bookings.length > 0 ? ` · ${s.bookings.map((b) => b.talentName).join("、")}` : ""}
                      </p>
                    </div>
                    {s.cancelledAt ? (
                      <Badge>{t("cancelled")}</Badge>
                    ) : s.startsAt > new Date() ? (
                      <CancelSlotButton slotId={s.id} booked={s.bookings.length > 0} label={`${s.bookings.length > 0 ? t("cancelSlot") : t("deleteSlot")} #${s.id}`} />
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <div className="space-y-6">
            <Card>
              <CardTitle>{t("publishTitle")}</CardTitle>
              <p className="mt-1 text-xs text-slate-600">{t("publishIntro")}</p>
              <div className="mt-4">
                <SlotBulkForm positions={positions} today={today} tomorrow={dayAfter(today, 1)} timeZone={timeZone} />
              </div>
            </Card>
            <NotificationList notifications={notifications} timeZone={timeZone} />
          </div>
        </div>
      </div>
    </ClientMessages>
  );
}
