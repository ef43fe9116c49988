"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteAccountAction } from "@/app/(site)/talent/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export function DeleteAccountForm() {
  const t = useTranslations("talentArea");
  const [state, formAction] = useActionState(deleteAccountAction, null);
  const { error, value } = useFormState(state);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormError state={state} />
      <Field id="delete-password" label={t("confirmPassword")} error={error("password")}>
        {(props) => <Input {...props} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <Field id="delete-confirm" label={t("typeDelete")} error={error("confirm")}>
        {(props) => <Input {...props} name="confirm" required autoComplete="off" spellCheck={false} defaultValue={value("confirm")} />}
      </Field>
      <SubmitButton variant="danger" pendingLabel={t("deleting")}>
        {t("deleteAccount")}
      </SubmitButton>
    </form>
  );
}
