"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { acceptInvitationAction } from "@/app/(site)/(auth)/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { PersonFields } from "./person-fields";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(acceptInvitationAction, null);
  const { error, value } = useFormState(state);
  const tokenError = error("token");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormError state={state} />
      {tokenError ? <Alert tone="error">{tokenError}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <PersonFields fixedEmail={email} error={error} value={value} />
      <SubmitButton className="w-full" pendingLabel={t("creating")}>
        {t("acceptInvitation")}
      </SubmitButton>
    </form>
  );
}
