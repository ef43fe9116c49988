"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changePasswordAction } from "@/app/(site)/account/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useSuccessToast } from "@/components/ui/use-success-toast";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const auth = useTranslations("auth");
  const [state, formAction] = useActionState(changePasswordAction, null);
  const { error } = useFormState(state);
  useSuccessToast(state, () => t("passwordChanged"));
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormError state={state} />
      <Field id="currentPassword" label={t("currentPassword")} error={error("currentPassword")}>
        {(props) => <Input {...props} name="currentPassword" type="password" autoComplete="current-password" required />}
      </Field>
      <Field id="password" label={t("newPassword")} hint={auth("passwordHint")} error={error("password")}>
        {(props) => <Input {...props} name="password" type="password" autoComplete="new-password" required />}
      </Field>
      <Field id="confirm" label={t("confirmPassword")} error={error("confirm")}>
        {(props) => <Input {...props} name="confirm" type="password" autoComplete="new-password" required />}
      </Field>
      <SubmitButton pendingLabel={t("saving")}>{t("changePassword")}</SubmitButton>
    </form>
  );
}
