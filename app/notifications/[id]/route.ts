import { type NextRequest, NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { parseId } from "@/lib/http/ids";
import { notificationHref } from "@/lib/notifications/kinds";
import { openNotification } from "@/lib/notifications/queries";

export const dynamic = "force-dynamic";

/**
 * Following a notification: it is marked read and the user lands on what it concerns. Another
 * user's notification (or none) leads back to the list, telling nothing.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const url = request.nextUrl;
  if (!user) return NextResponse.redirect(new URL(`/sign-in?callbackUrl=${encodeURIComponent(url.pathname)}`, url), 307);
  const id = parseId((await params).id);
  const opened = id ? await openNotification({ userId: user.id, id }) : null;
  const target = opened ? notificationHref(opened.kind, opened.data, user.role) : "/notifications";
  return NextResponse.redirect(new URL(target, url), 303);
}
