import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getNotificationTexter } from "./notification-text";

export interface NotificationItem {
  id: number;
  kind: string;
  data: Record<string, unknown>;
  readAt: Date | null;
  createdAt: Date;
}

/**
 * Notifications, newest first. Each links through /notifications/{id}, which marks it read and
 * goes on to what it concerns; unread ones are bold and say so to screen readers.
 */
export async function NotificationItems({ notifications, timeZone }: { notifications: NotificationItem[]; timeZone?: string }) {
  const [t, format, text] = await Promise.all([getTranslations("notify"), getFormatter(), getNotificationTexter({ timeZone })]);
  if (notifications.length === 0) return <EmptyState title={t("none")} />;
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="notifications">
      {notifications.map((n) => (
        <li key={n.id} className="flex flex-col gap-0.5 py-2 sm:flex-row sm:items-center sm:justify-between sm:gap-3">
          {/* A plain link, not next/link: no prefetch may mark it read, and the full load renews the header's count. */}
          <a href={`/notifications/${n.id}`} className={n.readAt ? "min-w-0 break-words text-slate-700 hover:underline" : "min-w-0 break-words font-semibold text-slate-900 hover:underline"}>
            {n.readAt ? null : (
              <>
                <span aria-hidden="true" className="mr-1.5 inline-block size-2 rounded-full bg-brand-600 align-middle" />
                <span className="sr-only">{t("unread")}: </span>
              </>
            )}
            {text(n)}
          </a>
          <time dateTime={n.createdAt.toISOString()} className="shrink-0 text-xs text-slate-600">
            {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone })}
          </time>
        </li>
      ))}
    </ul>
  );
}

/** The latest few, on a talent's or employer's overview, with the way to all of them; times in `timeZone` (the reader's) when given. */
export async function NotificationList({ notifications, timeZone }: { notifications: NotificationItem[]; timeZone?: string }) {
  const t = await getTranslations("notify");
  return (
    <Card>
      <div className="flex items-center justify-between gap-3">
        <CardTitle>{t("title")}</CardTitle>
        <Link href="/notifications" className="text-sm font-medium text-brand-700 hover:underline">
          {t("all")}
        </Link>
      </div>
      <div className="mt-3">
        <NotificationItems notifications={notifications} timeZone={timeZone} />
      </div>
    </Card>
  );
}
