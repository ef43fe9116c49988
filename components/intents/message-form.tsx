"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Field, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/action";

type FormAction = (state: ActionState, data: FormData) => Promise<ActionState>;

/** Writes one message (or note) on an intent; the text stays when sending fails. */
export function MessageForm({ action, intentId, label, submit, testId }: { action: FormAction; intentId: number; label: string; submit: string; testId?: string }) {
  const t = useTranslations("intents");
  const [state, formAction] = useActionState(action, null);
  const { error, value } = useFormState(state);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const id = `${testId ?? "message"}-body`;
  return (
    <form ref={form} action={formAction} className="space-y-2" noValidate data-testid={testId}>
      <FormError state={state} />
      <input type="hidden" name="intentId" value={intentId} />
      <Field id={id} label={label} error={error("body")}>
        {(props) => <Textarea {...props} name="body" rows={3} maxLength={4000} defaultValue={value("body")} />}
      </Field>
      <SubmitButton pendingLabel={t("sending")}>{submit}</SubmitButton>
    </form>
  );
}
