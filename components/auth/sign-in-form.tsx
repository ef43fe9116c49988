"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction } from "@/app/(site)/(auth)/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(signInAction, null);
  const { error, value } = useFormState(state);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormError state={state} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field id="email" label={t("email")} error={error("email")}>
        {(props) => <Input {...props} name="email" type="email" autoComplete="email" required defaultValue={value("email")} />}
      </Field>
      <Field id="password" label={t("password")} error={error("password")}>
        {(props) => <Input {...props} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <SubmitButton className="w-full" pendingLabel={t("signingIn")}>
        {t("signIn")}
      </SubmitButton>
      <p className="text-center text-sm text-slate-600">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="font-medium text-brand-700 underline">
          {t("signUpTalent")}
        </Link>{" "}
        ·{" "}
        <Link href="/sign-up/employer" className="font-medium text-brand-700 underline">
          {t("signUpEmployer")}
        </Link>
      </p>
    </form>
  );
}
