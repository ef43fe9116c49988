"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { acceptInvitation } from "@/lib/accounts/members";
import { createEmployerAccount, createTalentAccount, findUserForSignIn } from "@/lib/accounts/queries";
import { acceptInvitationSchema, employerSignUpSchema, signInSchema, talentSignUpSchema } from "@/lib/accounts/schemas";
import { action } from "@/lib/actions/action";
import { signIn, signOut } from "@/lib/auth";
import { homeOf } from "@/lib/auth/session";
import { signInBlockedUntil } from "@/lib/auth/throttle";
import { safeReturnPath } from "@/lib/http/safe-redirect";

async function startSession(email: string, password: string): Promise<"ok" | "failed" | "throttled"> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return "ok";
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") return "throttled";
    if (error instanceof AuthError) return "failed";
    throw error;
  }
}

export const signInAction = action(
  { schema: signInSchema.extend({ callbackUrl: z.string().optional() }), public: true },
  async ({ email, password, callbackUrl }, { ip }) => {
    const outcome = await startSession(email, password);
    if (outcome === "throttled") {
      const until = await signInBlockedUntil({ email, ip });
      const minutes = until ? Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000)) : 15;
      return { ok: false, fieldErrors: {}, formError: "sign_in_throttled", formErrorParams: { minutes }, values: { email } };
    }
    // The same words whether the e-mail is unknown or the password wrong.
    if (outcome === "failed") return { ok: false, fieldErrors: {}, formError: "sign_in_failed", values: { email } };
    const user = await findUserForSignIn({ email });
    redirect(safeReturnPath(callbackUrl) ?? homeOf(user ?? { role: "talent" }));
  },
);

export const signUpTalentAction = action({ schema: talentSignUpSchema, public: true }, async (input, { ip }) => {
  await createTalentAccount({ ...input, locale: await getLocale(), ip });
  await startSession(input.email, input.password);
  redirect("/talent");
});

export const signUpEmployerAction = action({ schema: employerSignUpSchema, public: true }, async (input, { ip }) => {
  await createEmployerAccount({ ...input, locale: await getLocale(), ip });
  await startSession(input.email, input.password);
  redirect("/employer");
});

export const acceptInvitationAction = action({ schema: acceptInvitationSchema, public: true }, async (input, { ip }) => {
  const user = await acceptInvitation({ ...input, locale: await getLocale(), ip });
  await startSession(user.email, input.password);
  redirect("/employer");
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
