import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { cachedRenderLocale, cachedRenderViewer } from "@/lib/cache/public-render";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { BellLink } from "./bell-link";
import { LiveNotificationBell } from "./live-notification-bell";

/**
 * The header's bell: the unread count, linking to the list. On the dynamic site it is rendered
 * on the server (no client code) and reads the session itself, so a page's own render stays free
 * of per-user reads; the header streams it in a Suspense boundary. A member's cached copy of a
 * public page is shared by every user of the role: there the browser asks for the count.
 */
export async function NotificationBell() {
  if (cachedRenderLocale()) {
    if (!cachedRenderViewer()) return null;
    const t = await getTranslations("notify");
    return <LiveNotificationBell label={t("bell")} unreadLabel={t("bellUnread", { count: "{count}" })} />;
  }
  const user = await getCurrentUser();
  if (!user) return null;
  const [t, unread] = await Promise.all([getTranslations("notify"), countUnreadNotifications({ userId: user.id })]);
  return <BellLink unread={unread} label={unread > 0 ? t("bellUnread", { count: unread }) : t("bell")} />;
}
