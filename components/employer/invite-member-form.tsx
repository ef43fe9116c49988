"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { inviteMemberAction } from "@/app/(site)/employer/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Field, Input, Select } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export function InviteMemberForm() {
  const t = useTranslations("employerArea");
  const [state, formAction] = useActionState(inviteMemberAction, null);
  const { error, value } = useFormState(state);
  const link = state?.ok ? (state.data as { link?: string } | undefined)?.link : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormError state={state} />
      {link ? (
        <Alert tone="success">
          <p>{t("invited")}</p>
          <p className="mt-1 break-all font-mono text-xs" data-testid="invitation-link">
            {link}
          </p>
        </Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <Field id="invite-email" label={t("inviteEmail")} error={error("email")}>
          {(props) => <Input {...props} name="email" type="email" autoComplete="off" required defaultValue={value("email")} />}
        </Field>
        <Field id="invite-role" label={t("inviteRole")} error={error("role")}>
          {(props) => (
            <Select {...props} name="role" defaultValue={value("role", "recruiter")}>
              <option value="recruiter">{t("memberRole.recruiter")}</option>
              <option value="owner">{t("memberRole.owner")}</option>
            </Select>
          )}
        </Field>
      </div>
      <SubmitButton pendingLabel={t("inviting")}>{t("invite")}</SubmitButton>
    </form>
  );
}
