import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

interface Notification {
  id: number;
  kind: string;
  data: Record<string, unknown>;
  readAt: Date | null;
  createdAt: Date;
}

/** A talent's or employer's latest notifications, each linking to the intent it is about. */
export async function NotificationList({ notifications, intentHref, timeZone }: { notifications: Notification[]; intentHref: (intentId: number) => string; timeZone?: string }) {
  const [t, statuses, outcomes, format] = await Promise.all([getTranslations("notifications"), getTranslations("intents.status"), getTranslations("negotiations.outcome"), getFormatter()]);
  // Negotiation times in the reader's zone (booking.* notifications carry ISO instants).
  const when = (v: unknown) => (typeof v === "string" && !Number.isNaN(Date.parse(v)) ? format.dateTime(new Date(v), { dateStyle: "medium", timeStyle: "short", timeZone }) : "");
  const text = (n: Notification) => {
    const d = n.data as Record<string, unknown>;
    const to = typeof d.to === "string" && statuses.has(d.to as never) ? statuses(d.to as never) : "";
    const outcome = typeof d.outcome === "string" && outcomes.has(d.outcome as never) ? outcomes(d.outcome as never) : "";
    const params = {
      title: String(d.title ?? ""),
      talentName: String(d.talentName ?? ""),
      status: to,
      days: Number(d.days ?? 0),
      positionTitle: String(d.positionTitle ?? ""),
      startsAt: when(d.startsAt),
      previousStartsAt: when(d.previousStartsAt),
      outcome,
    };
    const key = n.kind.replace(".", "_");
    return t.has(`kind.${key}` as never) ? t(`kind.${key}` as never, params as never) : t("other");
  };
  return (
    <Card>
      <CardTitle>{t("title")}</CardTitle>
      {notifications.length === 0 ? (
        <div className="mt-3">
          <EmptyState title={t("none")} />
        </div>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100 text-sm" data-testid="notifications">
          {notifications.map((n) => {
            const intentId = Number((n.data as Record<string, unknown>).intentId);
            return (
              <li key={n.id} className="flex flex-col gap-0.5 py-2 sm:flex-row sm:items-center sm:justify-between sm:gap-3">
                {Number.isInteger(intentId) && intentId > 0 ? (
                  <Link href={intentHref(intentId)} className={n.readAt ? "text-slate-700 hover:underline" : "font-medium text-slate-900 hover:underline"}>
                    {text(n)}
                  </Link>
                ) : (
                  <span className={n.readAt ? "text-slate-700" : "font-medium text-slate-900"}>{text(n)}</span>
                )}
                <time dateTime={n.createdAt.toISOString()} className="shrink-0 text-xs text-slate-600">
                  {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
