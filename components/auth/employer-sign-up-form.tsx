"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signUpEmployerAction } from "@/app/(site)/(auth)/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Field, Input, Select } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { PersonFields } from "./person-fields";

const KINDS = ["enterprise", "state_owned", "public_institution", "university", "research_institute", "medical"] as const;

export function EmployerSignUpForm() {
  const t = useTranslations("auth");
  const kinds = useTranslations("employerKind");
  const [state, formAction] = useActionState(signUpEmployerAction, null);
  const { error, value } = useFormState(state);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormError state={state} />
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">{t("organisationSection")}</legend>
        <Field id="organisation" label={t("organisation")} error={error("organisation")}>
          {(props) => <Input {...props} name="organisation" autoComplete="organization" required maxLength={100} defaultValue={value("organisation")} />}
        </Field>
        <Field id="creditCode" label={t("creditCode")} hint={t("creditCodeHint")} error={error("creditCode")}>
          {(props) => (
            <Input {...props} name="creditCode" required maxLength={24} autoCapitalize="characters" spellCheck={false} defaultValue={value("creditCode")} />
          )}
        </Field>
        <Field id="kind" label={t("kind")} error={error("kind")}>
          {(props) => (
            <Select {...props} name="kind" required defaultValue={value("kind")}>
              <option value="">{t("choose")}</option>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kinds(kind)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">{t("contactSection")}</legend>
        <PersonFields nameLabel={t("contactName")} error={error} value={value} />
      </fieldset>
      <SubmitButton className="w-full" pendingLabel={t("creating")}>
        {t("createEmployerAccount")}
      </SubmitButton>
    </form>
  );
}
