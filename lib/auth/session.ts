import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { type CurrentUser, getCurrentUserById } from "../accounts/queries";
import { cachedRenderLocale } from "../cache/public-render";
import { auth } from "./index";
import { type Area, canEnterArea, can, type Permission } from "./policy";

export type { CurrentUser };

/**
 * The signed-in user, re-read from the database once per request (null when signed out, and in
 * a cached public page, which is rendered for visitors and never reads the session cookie).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  if (cachedRenderLocale()) return null;
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const sessionVersion = (session as { sessionVersion?: number }).sessionVersion ?? 0;
  return getCurrentUserById({ userId, sessionVersion });
});

/** For an area's layout: sign-in for visitors, 403 for users of another role. */
export async function requireArea(area: Area, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!canEnterArea(user, area)) forbidden();
  return user;
}

/** For a page that needs one permission beyond its area. */
export async function requirePermission(permission: Permission, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(user, permission)) forbidden();
  return user;
}

/** Where each role lands after signing in. */
export function homeOf(user: Pick<CurrentUser, "role">): string {
  return user.role === "operator" ? "/admin" : user.role === "employer" ? "/employer" : "/talent";
}
