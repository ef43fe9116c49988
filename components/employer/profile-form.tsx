"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { LOGO_MAX_BYTES } from "@/lib/employers/logo-image";
import { updateEmployerProfileAction } from "@/app/(site)/employer/profile/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useSuccessToast } from "@/components/ui/use-success-toast";
import type { Option } from "./position-form";

const KINDS = ["enterprise", "state_owned", "public_institution", "university", "research_institute", "medical"] as const;

/**
 * What the logo field sends: nothing when no file was chosen (the browser's empty, nameless
 * entry would reach the server as an empty file), and a flag instead of a file over the limit
 * (it would break the request's size limit), so the server answers our field error.
 */
function logoToSend(formData: FormData): FormData {
  const logo = formData.get("logo");
  if (logo instanceof File && logo.size === 0 && logo.name === "") formData.delete("logo");
  if (logo instanceof File && logo.size > LOGO_MAX_BYTES) {
    formData.delete("logo");
    formData.set("logoTooLarge", "1");
  }
  return formData;
}

export function ProfileForm({ initial, locations, industries, hasLogo }: { initial: Record<string, string>; locations: Option[]; industries: Option[]; hasLogo: boolean }) {
  const t = useTranslations("employerProfile");
  const kinds = useTranslations("employerKind");
  const locale = useLocale();
  const [state, formAction] = useActionState(updateEmployerProfileAction, null);
  const { error, value } = useFormState(state);
  useSuccessToast(state, () => t("saved"));
  const v = (field: string) => value(field, initial[field] ?? "");
  const name = (o: Option) => (locale === "en" ? o.nameEn : o.nameZh);
  return (
    <form action={(formData) => formAction(logoToSend(formData))} className="space-y-4" noValidate>
      <FormError state={state} />
      <Field id="logo" label={hasLogo ? t("logoReplace") : t("logo")} hint={t("logoHint")} error={error("logo")}>
        {(props) => (
          <Input
            {...props}
            name="logo"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            className="file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:text-sm file:font-medium file:text-brand-700"
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="nameEn" label={t("nameEn")} error={error("nameEn")}>
          {(props) => <Input {...props} name="nameEn" maxLength={150} defaultValue={v("nameEn")} />}
        </Field>
        <Field id="kind" label={t("kind")} error={error("kind")}>
          {(props) => (
            <Select {...props} name="kind" defaultValue={v("kind")}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {kinds(k)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="industry" label={t("industry")} error={error("industry")}>
          {(props) => (
            <Select {...props} name="industry" defaultValue={v("industry")}>
              <option value="">{t("none")}</option>
              {industries.map((o) => (
                <option key={o.id} value={o.id}>
                  {name(o)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="location" label={t("location")} error={error("location")}>
          {(props) => (
            <Select {...props} name="location" defaultValue={v("location")}>
              <option value="">{t("none")}</option>
              {locations.map((o) => (
                <option key={o.id} value={o.id}>
                  {name(o)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="website" label={t("website")} error={error("website")} className="sm:col-span-2">
          {(props) => <Input {...props} name="website" type="url" inputMode="url" maxLength={300} placeholder="https://" defaultValue={v("website")} />}
        </Field>
      </div>
      <Field id="description" label={t("description")} hint={t("descriptionHint")} error={error("description")}>
        {(props) => <Textarea {...props} name="description" rows={8} maxLength={5000} defaultValue={v("description")} />}
      </Field>
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
