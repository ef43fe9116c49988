"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveEmailPreferencesAction } from "@/app/account/notifications/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Checkbox } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** A checkbox per category; a failed save keeps the boxes as they were ticked. */
export function EmailPreferencesForm({ preferences }: { preferences: Record<string, boolean> }) {
  const t = useTranslations("notify.prefs");
  const [state, formAction] = useActionState(saveEmailPreferencesAction, null);
  const { error } = useFormState(state);
  const typed = state && !state.ok ? state.values : null;
  return (
    <form action={formAction} className="space-y-4">
      <FormError state={state} />
      {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
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
