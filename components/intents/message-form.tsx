"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Field, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/action";

type FormAction = (state: ActionState, data: FormData) => Promise<ActionState>;

/**
 * Writes one message (or note) on an intent; the text stays when sending fails. `sentHref`: where
 * the writer is taken once it is sent (from an earlier page of the thread, to the latest, where
 * the new message is).
 */
export function MessageForm({
  action,
  intentId,
  label,
  submit,
  testId,
  sentHref,
}: {
  action: FormAction;
  intentId: number;
  label: string;
  submit: string;
  testId?: string;
  sentHref?: string;
}) {
  const t = useTranslations("intents");
  const router = useRouter();
  const [state, formAction] = useActionState(action, null);
  const { error, value } = useFormState(state);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state?.ok) return;
    form.current?.reset();
    if (sentHref) router.push(sentHref);
  }, [state, sentHref, router]);
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
