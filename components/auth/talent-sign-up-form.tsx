"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signUpTalentAction } from "@/app/(site)/(auth)/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { PersonFields } from "./person-fields";

export function TalentSignUpForm() {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(signUpTalentAction, null);
  const { error, value } = useFormState(state);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormError state={state} />
      <PersonFields error={error} value={value} />
      <SubmitButton className="w-full" pendingLabel={t("creating")}>
        {t("createTalentAccount")}
      </SubmitButton>
      <p className="text-center text-sm text-slate-600">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline">
          {t("signIn")}
        </Link>
      </p>
    </form>
  );
}
