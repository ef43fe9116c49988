import type { NextAuthConfig } from "next-auth";
import { env } from "../env";

/**
 * The database-free part of the Auth.js set-up (lib/auth/index.ts adds the Credentials
 * provider). Sessions are signed JWT cookies, so
 * any app instance can read them; role and membership are re-read from the database per request.
 */
/** Auth.js's session cookie, plain, or __Secure- behind HTTPS. */
export const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

/** A part of a session cookie Auth.js split into chunks (.0, .1…) because it was too long for one. */
export function isSessionCookieChunk(name: string): boolean {
  return /^(__Secure-)?authjs\.session-token\.\d+$/.test(name);
}

/** Whether a session cookie is among these, whole or in chunks. */
export function hasSessionCookie(names: string[]): boolean {
  return names.some((name) => (SESSION_COOKIE_NAMES as readonly string[]).includes(name) || isSessionCookieChunk(name));
}

const DEV_SECRET = "development-only-secret-never-used-in-production-0001";

export const authConfig = {
  secret: env().AUTH_SECRET ?? (env().NODE_ENV === "production" ? undefined : DEV_SECRET),
  trustHost: true,
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 7 },
  providers: [],
  logger: {
    // A wrong password is a normal event, not an error with a stack trace in the log.
    error(error) {
      if (error.name === "CredentialsSignin") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
    warn() {},
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        // The role, for the members' cached copies of public pages (lib/auth/session-cookie.ts); it never
        // changes once an account exists. Everything else is read from the database per request.
        token.role = (user as { role?: string }).role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      (session as { sessionVersion?: number }).sessionVersion = typeof token.sv === "number" ? token.sv : 0;
      return session;
    },
  },
} satisfies NextAuthConfig;
