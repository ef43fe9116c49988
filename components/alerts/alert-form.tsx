"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createVisitorAlertAction } from "@/app/(site)/(public)/alerts/actions";
import { createTalentAlertAction } from "@/app/(site)/talent/alerts/actions";
import { SelectField } from "@/components/forms/select-field";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

const FREQUENCIES = ["daily", "instant"] as const;

/** "Alert me" for a search: a talent picks how often; a visitor also gives an address to confirm. */
export function AlertForm({ query, mode }: { query: string; mode: "talent" | "visitor" }) {
  const t = useTranslations("alerts");
  const [state, formAction] = useActionState(mode === "talent" ? createTalentAlertAction : createVisitorAlertAction, null);
  const { error, value } = useFormState(state);
  if (state?.ok) {
    return (
      <div className="space-y-3">
        <Alert tone="success">{t(mode === "talent" ? "talentSaved" : "visitorSent")}</Alert>
        {mode === "talent" ? (
          <Link href="/talent/alerts" className="text-sm font-medium text-brand-700 hover:underline">
            {t("manage")}
          </Link>
        ) : null}
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormError state={state} />
      <input type="hidden" name="query" value={query} />
      {mode === "visitor" ? (
        <Field id="alert-email" label={t("email")} hint={t("emailHint")} error={error("email")}>
          {(props) => <Input {...props} name="email" type="email" autoComplete="email" defaultValue={value("email")} key={value("email")} />}
        </Field>
      ) : null}
      <SelectField
        id="alert-frequency"
        name="frequency"
        label={t("frequency")}
        error={error("frequency")}
        defaultValue={value("frequency", "daily")}
        options={FREQUENCIES.map((f) => ({ value: f, label: t(`frequencyOption.${f}`) }))}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
