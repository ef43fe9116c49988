"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveTimeZoneAction } from "@/app/(site)/talent/intents/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TimeZoneSelect } from "./time-zone-select";

/** Asks a talent for their time zone once (the browser's offered), before showing slot times in it. */
export function TimeZoneForm({ saved, fallback }: { saved: string | null; fallback: string }) {
  const t = useTranslations("negotiations");
  const [state, formAction] = useActionState(saveTimeZoneAction, null);
  const { error, value } = useFormState(state);
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="time-zone-form">
      <FormError state={state} />
      <Field id="talent-time-zone" label={t("talentTimeZone")} hint={t("talentTimeZoneHint")} error={error("timeZone")}>
        {(props) => <TimeZoneSelect {...props} name="timeZone" saved={value("timeZone") || saved} fallback={fallback} />}
      </Field>
      <SubmitButton variant="secondary" pendingLabel={t("booking")}>
        {t("saveTimeZone")}
      </SubmitButton>
    </form>
  );
}
