"use client";

import { useEffect, useState } from "react";
import { UNREAD_COUNT_PATH } from "@/lib/notifications/unread";
import { BellLink } from "./bell-link";

/**
 * The bell of a member's cached page (the same page for every user of a role): it is drawn at
 * once, and the browser asks for this user's unread count. Should the session no longer be
 * valid (signed out everywhere, account closed), the answer is 401 and the bell goes away; the
 * answer has also removed the session cookie, so the next page is a visitor's.
 * `unreadLabel` holds "{count}" where the number goes.
 */
export function LiveNotificationBell({ label, unreadLabel }: { label: string; unreadLabel: string }) {
  const [unread, setUnread] = useState<number | null>(0);
  useEffect(() => {
    const controller = new AbortController();
    fetch(UNREAD_COUNT_PATH, { cache: "no-store", signal: controller.signal })
      .then(async (response) => {
        if (response.status === 401) return setUnread(null);
        if (response.ok) setUnread(((await response.json()) as { unread: number }).unread);
      })
      // Offline or aborted: the bell stays, without a count.
      .catch(() => {});
    return () => controller.abort();
  }, []);
  if (unread === null) return null;
  return <BellLink unread={unread} label={unread > 0 ? unreadLabel.replace("{count}", String(unread)) : label} />;
}
