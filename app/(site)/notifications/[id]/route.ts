import { getCurrentUser } from "@/lib/auth/session";
import { parseId } from "@/lib/http/ids";
import { notificationHref } from "@/lib/notifications/kinds";
import { openNotification } from "@/lib/notifications/queries";

export const dynamic = "force-dynamic";

/** A relative Location (RFC 9110): the browser stays on the host it came by, cookies and all. */
const goTo = (path: string, status: 303 | 307) => new Response(null, { status, headers: { location: path, "cache-control": "no-store" } });

/**
 * Following a notification: it is marked read and the user lands on what it concerns. Another
 * user's notification (or none) leads back to the list, telling nothing.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const { id: raw } = await params;
  if (!user) return goTo(`/sign-in?callbackUrl=${encodeURIComponent(`/notifications/${raw}`)}`, 307);
  // A prefetch is not a visit: it must not mark anything read.
  if (request.headers.get("next-router-prefetch") || request.headers.get("purpose") === "prefetch") return goTo("/notifications", 303);
  const id = parseId(raw);
  const opened = id ? await openNotification({ userId: user.id, id }) : null;
  return goTo(opened ? notificationHref(opened.kind, opened.data, user.role) : "/notifications", 303);
}
