import { cookies } from "next/headers";
import { hasSessionCookie } from "@/lib/auth/auth.config";
import { currentUserWith } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/notifications/queries";

export const dynamic = "force-dynamic";

const PRIVATE = { "cache-control": "private, no-store" };

/**
 * The signed-in user's unread count, for the bell of members' cached pages
 * (components/notifications/live-notification-bell.tsx). Without a valid session: 401, and a
 * session cookie that is no longer valid (signed out everywhere, account closed) is removed, so
 * the next page is rendered for a visitor rather than from a member's copy.
 */
export async function GET() {
  // The count is asked for beside the session's check, not after it.
  const signedIn = await currentUserWith((userId) => countUnreadNotifications({ userId }));
  if (!signedIn) {
    const jar = await cookies();
    for (const { name } of jar.getAll()) {
      if (hasSessionCookie([name])) jar.delete({ name, path: "/", secure: name.startsWith("__Secure-") });
    }
    return Response.json({ error: "Not signed in." }, { status: 401, headers: PRIVATE });
  }
  return Response.json({ unread: signedIn.also }, { headers: PRIVATE });
}
