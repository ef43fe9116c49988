"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setAlertFrequencyAction } from "@/app/(site)/talent/alerts/actions";
import { SelectField } from "@/components/forms/select-field";
import { FormError, useFormState } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { useSuccessToast } from "@/components/ui/use-success-toast";

export function AlertFrequencyForm({ id, frequency }: { id: number; frequency: string }) {
  const t = useTranslations("alerts");
  const [state, formAction] = useActionState(setAlertFrequencyAction, null);
  const { error, value } = useFormState(state);
  useSuccessToast(state, () => t("frequencySaved"));
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <FormError state={state} />
      <input type="hidden" name="id" value={id} />
      <SelectField
        id={`alert-${id}-frequency`}
        name="frequency"
        label={t("frequency")}
        error={error("frequency")}
        defaultValue={value("frequency", frequency)}
        options={(["daily", "instant"] as const).map((f) => ({ value: f, label: t(`frequencyOption.${f}`) }))}
      />
      <SubmitButton size="sm" variant="secondary">
        {t("saveFrequency")}
      </SubmitButton>
    </form>
  );
}
