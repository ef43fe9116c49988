import Link from "next/link";
import { BellIcon } from "@/components/notifications/bell-icon";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/notifications/queries";

/**
 * The header's bell: the unread count, rendered on the server (no client code), linking to the
 * list. It reads the session itself, so a page's own render stays free of per-user reads; the
 * header streams it in a Suspense boundary.
 */
export async function NotificationBell() {
  const user = await getCurrentUser();
  if (!user) return null;
  const [t, unread] = await Promise.all([getTranslations("notify"), countUnreadNotifications({ userId: user.id })]);
  const shown = unread > 99 ? "99+" : String(unread);
  return (
    <Link
      href="/notifications"
      aria-label={unread > 0 ? t("bellUnread", { count: unread }) : t("bell")}
      className="relative grid size-9 shrink-0 place-items-center rounded-md text-slate-700 hover:bg-slate-100"
      data-testid="notification-bell"
    >
      <BellIcon className="size-5" />
      {unread > 0 ? (
        <span className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold leading-5 text-white" data-testid="notification-count">
          {shown}
        </span>
      ) : null}
    </Link>
  );
}
