"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { registerIntentAction } from "@/app/(site)/talent/intents/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Field, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** 就职意向 on a position, with a message to the employer. */
export function RegisterIntentForm({ positionId }: { positionId: number }) {
  const t = useTranslations("intents");
  const [state, formAction] = useActionState(registerIntentAction, null);
  const { error, value } = useFormState(state);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormError state={state} />
      <input type="hidden" name="positionId" value={positionId} />
      <Field id="intent-message" label={t("messageToEmployer")} hint={t("messageHint")} error={error("message")}>
        {(props) => <Textarea {...props} name="message" rows={4} maxLength={2000} defaultValue={value("message")} />}
      </Field>
      <SubmitButton className="w-full" pendingLabel={t("registering")}>
        {t("register")}
      </SubmitButton>
    </form>
  );
}
