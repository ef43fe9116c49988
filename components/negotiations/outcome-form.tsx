"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { recordOutcomeAction } from "@/app/(site)/employer/intents/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { SelectField } from "@/components/forms/select-field";
import { Field, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useSuccessToast } from "@/components/ui/use-success-toast";

const OUTCOMES = ["held", "no_show", "follow_up"] as const;

/** After the session: how it went, and notes for the organisation. */
export function OutcomeForm({ bookingId, outcome, note }: { bookingId: number; outcome: string | null; note: string | null }) {
  const t = useTranslations("negotiations");
  const [state, formAction] = useActionState(recordOutcomeAction, null);
  const { error, value } = useFormState(state);
  useSuccessToast(state, () => t("outcomeSaved"));
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="outcome-form">
      <FormError state={state} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <SelectField
        id={`outcome-${bookingId}`}
        name="outcome"
        label={t("outcomeLabel")}
        error={error("outcome")}
        defaultValue={value("outcome", outcome ?? "")}
        empty={t("chooseOutcome")}
        options={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
      />
      <Field id={`outcome-note-${bookingId}`} label={t("outcomeNote")} error={error("note")}>
        {(props) => <Textarea {...props} name="note" rows={3} maxLength={2000} defaultValue={value("note", note ?? "")} />}
      </Field>
      <SubmitButton pendingLabel={t("savingOutcome")}>{t("saveOutcome")}</SubmitButton>
    </form>
  );
}
