"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { bookSlotAction } from "@/app/(site)/talent/intents/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useSuccessToast } from "@/components/ui/use-success-toast";

export interface SlotChoice {
  id: number;
  /** The start, already written in the viewer's zone. */
  label: string;
  seatsLeft: number;
}

/** Books a slot, or moves the live booking to another one (a reschedule). */
export function BookSlotForm({ intentId, slots, reschedule }: { intentId: number; slots: SlotChoice[]; reschedule: boolean }) {
  const t = useTranslations("negotiations");
  const [state, formAction] = useActionState(bookSlotAction, null);
  const { error, value } = useFormState(state);
  useSuccessToast(state, (done) => (done.message ? t(done.message as never) : null));
  const [chosen, setChosen] = useState(value("slotId"));
  const legendId = `slots-${intentId}`;
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="book-slot-form">
      <FormError state={state} />
      <input type="hidden" name="intentId" value={intentId} />
      <fieldset aria-describedby={error("slotId") ? "slotId-error" : undefined}>
        <legend id={legendId} className="text-sm font-medium text-slate-800">
          {reschedule ? t("rescheduleTo") : t("chooseSlot")}
        </legend>
        <ul className="mt-2 max-h-72 space-y-1 overflow-y-auto">
          {slots.map((s) => (
            <li key={s.id}>
              <label className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-800 hover:bg-slate-50">
                <input type="radio" name="slotId" value={s.id} checked={chosen === String(s.id)} onChange={() => setChosen(String(s.id))} className="size-4 text-brand-600" />
                <span className="min-w-0 flex-1">{s.label}</span>
                <span className="shrink-0 text-xs text-slate-600">{t("seatsLeft", { count: s.seatsLeft })}</span>
              </label>
            </li>
          ))}
        </ul>
        <FieldError id="slotId" error={error("slotId")} />
      </fieldset>
      <SubmitButton variant={reschedule ? "secondary" : "primary"} pendingLabel={t("booking")}>
        {reschedule ? t("reschedule") : t("book")}
      </SubmitButton>
    </form>
  );
}
