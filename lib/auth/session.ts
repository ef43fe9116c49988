import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { type CurrentUser, getCurrentUserById } from "../accounts/queries";
import { cachedRenderLocale, cachedRenderViewer } from "../cache/public-render";
import { auth } from "./index";
import { sessionClaims } from "./session-cookie";
import { type Area, canEnterArea, can, type Permission } from "./policy";

export type { CurrentUser };

/** The session's user id and version: the cookie as this request's cookies now hold it, else as Auth.js reads it. */
async function currentSession(): Promise<{ userId: string; sessionVersion: number } | null> {
  // cookies(), not the request's headers (which auth() reads): after an action has set a new
  // session cookie (a password change signs in again under the new version), the page rendered
  // in the same answer must read the new one, or it would show the user signed out.
  const jar = await cookies();
  const claims = await sessionClaims(new Map(jar.getAll().map((cookie) => [cookie.name, cookie.value])));
  if (claims !== undefined) return claims && { userId: claims.sub, sessionVersion: claims.sv };
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? { userId, sessionVersion: (session as { sessionVersion?: number }).sessionVersion ?? 0 } : null;
}

/**
 * The signed-in user, as getCurrentUser checks them, and `also` for the user the session names,
 * asked for beside that check (one wait for the database instead of two). Null when signed
 * out: `also`'s answer, for a session that no longer holds, is then thrown away.
 */
export async function currentUserWith<T>(also: (userId: string) => Promise<T>): Promise<{ user: CurrentUser; also: T } | null> {
  if (cachedRenderLocale()) return null;
  const session = await currentSession();
  if (!session) return null;
  const [user, value] = await Promise.all([getCurrentUserById(session), also(session.userId)]);
  return user && { user, also: value };
}

/**
 * The signed-in user, re-read from the database once per request (null when signed out, and in
 * a cached public page, visitors' or a role's, which is shared and never reads the session cookie).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  if (cachedRenderLocale()) return null;
  const session = await currentSession();
  return session && getCurrentUserById(session);
});

/**
 * The role the header is drawn for: the signed-in user's on the dynamic site; in a cached page,
 * the role of the member's copy (none in a visitors' copy). The header alone reads it.
 */
export async function headerRole(): Promise<CurrentUser["role"] | null> {
  if (cachedRenderLocale()) return cachedRenderViewer() ?? null;
  return (await getCurrentUser())?.role ?? null;
}

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
