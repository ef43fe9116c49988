import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { findUserForSignIn } from "../accounts/queries";
import { verifyPassword } from "../accounts/password";
import { signInSchema } from "../accounts/schemas";
import { recordAudit } from "../audit/queries";
import { clientIp } from "../http/client-ip";
import { authConfig } from "./auth.config";
import { recordFailedSignIn, recordSuccessfulSignIn, signInBlockedUntil } from "./throttle";

/** Too many failures for the account or the address: the code reaches the sign-in action. */
export class SignInThrottled extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientIp(request.headers);
        // The throttle and the account are read at once, and the records written at once: each
        // wait for the database is a turn of the event loop, long when the server is busy.
        const [blocked, user] = await Promise.all([signInBlockedUntil({ email, ip }), findUserForSignIn({ email })]);
        if (blocked) {
          await recordAudit({ actorId: null, action: "auth.sign_in_throttled", entityType: "user", data: { email }, ip });
          throw new SignInThrottled();
        }
        // Unknown e-mail and wrong password take the same time and give the same answer.
        if (!(await verifyPassword(password, user?.passwordHash)) || !user) {
          await Promise.all([
            recordFailedSignIn({ email, ip }),
            recordAudit({ actorId: user?.id ?? null, action: "auth.sign_in_failed", entityType: "user", entityId: user?.id, data: { email }, ip }),
          ]);
          return null;
        }
        await Promise.all([recordSuccessfulSignIn({ email }), recordAudit({ actorId: user.id, action: "auth.sign_in", entityType: "user", entityId: user.id, ip })]);
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
});
