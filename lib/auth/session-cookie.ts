import { LRUCache } from "lru-cache";
import { decode } from "next-auth/jwt";
import { isViewer, type Viewer } from "../cache/cached-path";
import { authConfig, hasSessionCookie, isSessionCookieChunk, SESSION_COOKIE_NAMES } from "./auth.config";

/** What the session cookie says, as Auth.js's jwt callback wrote it (lib/auth/auth.config.ts). */
export interface SessionClaims {
  /** The user's id. */
  sub: string;
  /** The session's version: a password change or a removal ends older ones (getCurrentUserById). */
  sv: number;
  role: Viewer | null;
}

interface Known {
  claims: SessionClaims | null;
  /** When the token expires (ms); a refusal is kept no longer than the cache's own ttl. */
  until: number;
}

/** Tokens already read, so a user's next request costs a lookup rather than a decryption. */
const known = new LRUCache<string, Known>({ max: 10_000, ttl: 10 * 60 * 1000 });

function sessionToken(cookies: ReadonlyMap<string, string>): { name: string; token: string } | null {
  // A token split into chunks is not read here: Auth.js reads it.
  const present = SESSION_COOKIE_NAMES.filter((name) => cookies.get(name));
  if (present.length !== 1 || [...cookies.keys()].some(isSessionCookieChunk)) return null;
  return { name: present[0]!, token: cookies.get(present[0]!)! };
}

/**
 * The session cookie read as Auth.js reads it (the token decrypted and checked with AUTH_SECRET,
 * its expiry too), without the database: null when there is no valid token; undefined when
 * there is none here to read, or not one this reads (two session cookies, or one split in chunks:
 * rare, and left to Auth.js).
 */
export async function sessionClaims(cookies: ReadonlyMap<string, string>): Promise<SessionClaims | null | undefined> {
  if (!hasSessionCookie([...cookies.keys()])) return null;
  const session = sessionToken(cookies);
  if (!session) return undefined;
  const cached = known.get(session.token);
  if (cached && cached.until > Date.now()) return cached.claims;
  let read: Known = { claims: null, until: Number.POSITIVE_INFINITY };
  try {
    const payload = await decode({ token: session.token, secret: authConfig.secret ?? "", salt: session.name });
    if (payload && typeof payload.sub === "string" && typeof payload.exp === "number") {
      read = { claims: { sub: payload.sub, sv: typeof payload.sv === "number" ? payload.sv : 0, role: isViewer(payload.role) ? payload.role : null }, until: payload.exp * 1000 };
    }
  } catch {
    // Not a token this secret made, or damaged.
  }
  known.set(session.token, read);
  return read.until > Date.now() ? read.claims : null;
}

/**
 * The role whose members' copies of public pages this request may be shown
 * (lib/cache/cached-path.ts VIEWERS), from the session cookie alone (sessionClaims). Null when
 * there is no valid token, or it names no role (sessions begun before roles were put in the
 * token). A member's copy names nobody, so a token whose session was ended elsewhere
 * (sessionVersion, read from the database by getCurrentUser) is shown one at worst; its bell's
 * request then removes the cookie (app/(site)/notifications/unread/route.ts).
 */
export async function sessionViewer(cookies: ReadonlyMap<string, string>): Promise<Viewer | null> {
  return (await sessionClaims(cookies))?.role ?? null;
}
