"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveEmailPreferencesAction } from "@/app/(site)/account/notifications/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Checkbox } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useSuccessToast } from "@/components/ui/use-success-toast";

/** A checkbox per category; a failed save keeps the boxes as they were ticked. */
export function EmailPreferencesForm({ preferences }: { preferences: Record<string, boolean> }) {
  const t = useTranslations("notify.prefs");
  const [state, formAction] = useActionState(saveEmailPreferencesAction, null);
  const { error } = useFormState(state);
  useSuccessToast(state, () => t("saved"));
  const typed = state && !state.ok ? state.values : null;
  return (
    <form action={formAction} className="space-y-4">
      <FormError state={state} />
      <fieldset className="space-y-3">
        <legend className="sr-only">{t("title")}</legend>
        {Object.keys(preferences).map((category) => (
          <Checkbox
            key={`${category}-${typed ? "typed" : "saved"}`}
            id={`pref-${category}`}
            name={category}
            label={t(`category.${category}` as never)}
            error={error(category)}
            defaultChecked={typed ? typed[category] === "on" : preferences[category]}
          />
        ))}
      </fieldset>
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
