import { type NextRequest, NextResponse } from "next/server";
import { hasSessionCookie } from "@/lib/auth/auth.config";

/**
 * The proxy only sends visitors without a session to sign-in; every layout, action and route
 * checks the session, role and ownership on the server. It deliberately does not run Auth.js:
 * its middleware re-issues the session cookie on every request, which would undo a sign-out
 * made by a server action on a protected page.
 */
export default function proxy(request: NextRequest) {
  if (hasSessionCookie(request.cookies.getAll().map((c) => c.name))) return NextResponse.next();
  const signIn = new URL("/sign-in", request.nextUrl);
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/talent/:path*", "/employer/:path*", "/admin/:path*", "/account/:path*"],
};
