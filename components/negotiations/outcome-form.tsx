"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { recordOutcomeAction } from "@/app/employer/intents/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Field, Select, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

const OUTCOMES = ["held", "no_show", "follow_up"] as const;

/** After the session: how it went, and notes for the organisation. */
export function OutcomeForm({ bookingId, outcome, note }: { bookingId: number; outcome: string | null; note: string | null }) {
  const t = useTranslations("negotiations");
  const [state, formAction] = useActionState(recordOutcomeAction, null);
  const { error, value } = useFormState(state);
  const [chosen, setChosen] = useState(value("outcome", outcome ?? ""));
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="outcome-form">
      <FormError state={state} />
      {state?.ok ? <Alert tone="success">{t("outcomeSaved")}</Alert> : null}
      <input type="hidden" name="bookingId" value={bookingId} />
      <Field id={`outcome-${bookingId}`} label={t("outcomeLabel")} error={error("outcome")}>
        {(props) => (
          <Select {...props} name="outcome" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="" disabled>
              —
            </option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`outcome.${o}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id={`outcome-note-${bookingId}`} label={t("outcomeNote")} error={error("note")}>
        {(props) => <Textarea {...props} name="note" rows={3} maxLength={2000} defaultValue={value("note", note ?? "")} />}
      </Field>
      <SubmitButton pendingLabel={t("savingOutcome")}>{t("saveOutcome")}</SubmitButton>
    </form>
  );
}
