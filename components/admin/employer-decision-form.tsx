"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { decideEmployerAction } from "@/app/(site)/admin/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** Verify, or reject with a reason the employer will read. */
export function EmployerDecisionForm({ employerId, name }: { employerId: number; name: string }) {
  const t = useTranslations("adminArea");
  const [state, formAction] = useActionState(decideEmployerAction, null);
  const { error, value } = useFormState(state);
  return (
    <form action={formAction} className="space-y-3" aria-label={t("decideNamed", { name })}>
      <FormError state={state} />
      <input type="hidden" name="employerId" value={employerId} />
      <Field id={`reason-${employerId}`} label={t("rejectReason")} error={error("reason")}>
        {(props) => <Input {...props} name="reason" maxLength={500} defaultValue={value("reason")} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value="verify" size="sm">
          {t("verify")}
        </SubmitButton>
        <SubmitButton name="decision" value="reject" size="sm" variant="danger">
          {t("reject")}
        </SubmitButton>
      </div>
    </form>
  );
}
