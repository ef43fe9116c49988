import Link from "next/link";
import { BellIcon } from "./bell-icon";

/**
 * The header's bell: a link to the notifications with the unread count on it. Drawn on the server
 * (NotificationBell) and in the browser (LiveNotificationBell, in members' cached pages): `label`
 * is already in the page's language and says the count.
 */
export function BellLink({ label, unread }: { label: string; unread: number }) {
  return (
    <Link href="/notifications" aria-label={label} className="relative grid size-9 shrink-0 place-items-center rounded-md text-slate-700 hover:bg-slate-100" data-testid="notification-bell">
      <BellIcon className="size-5" />
      {unread > 0 ? (
        <span className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold leading-5 text-white" data-testid="notification-count">
          {unread > 99 ? "99+" : String(unread)}
        </span>
      ) : null}
    </Link>
  );
}
