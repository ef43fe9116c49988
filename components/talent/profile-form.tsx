"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { updateTalentProfileAction } from "@/app/(site)/talent/profile/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { useCheckedSet } from "@/components/forms/use-checked-set";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TimeZoneSelect } from "@/components/negotiations/time-zone-select";
import { useSuccessToast } from "@/components/ui/use-success-toast";

const EDUCATION = ["none", "associate", "bachelor", "master", "doctor"] as const;

export interface ChoiceOption {
  id: number;
  nameZh: string;
  nameEn: string;
}

export interface ProfileInitial {
  fields: Record<string, string>;
  wishLocations: number[];
  wishIndustries: number[];
}

/** Checkboxes whose ticks survive a refused save (useCheckedSet: React resets the form's DOM after its action). */
function Choices({ legend, name, options, initial }: { legend: string; name: string; options: ChoiceOption[]; initial: number[] }) {
  const locale = useLocale();
  const { checked, toggle, ref } = useCheckedSet(initial.map(String));
  return (
    <fieldset ref={ref} className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {options.map((o) => (
          <label key={o.id} className="inline-flex items-center gap-1.5 text-sm text-slate-700">
            <input
              type="checkbox"
              name={name}
              value={o.id}
              checked={checked.has(String(o.id))}
              onChange={(e) => toggle(String(o.id), e.target.checked)}
              className="size-4 rounded border-slate-300 text-brand-600" />
            {locale === "en" ? o.nameEn : o.nameZh}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The talent's profile: person, education, origin, wishes, and who may see it. */
export function TalentProfileForm({ initial, locations, industries, timeZone }: { initial: ProfileInitial; locations: ChoiceOption[]; industries: ChoiceOption[]; timeZone: { saved: string | null; fallback: string } }) {
  const t = useTranslations("talentProfile");
  const edu = useTranslations("positions.education");
  const [state, formAction] = useActionState(updateTalentProfileAction, null);
  const { error, value } = useFormState(state);
  useSuccessToast(state, () => t("saved"));
  const v = (field: string) => value(field, initial.fields[field] ?? "");
  const [origin, setOrigin] = useState(v("origin") || "domestic");
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormError state={state} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-slate-900">{t("person")}</legend>
        <Field id="realName" label={t("realName")} error={error("realName")}>
          {(props) => <Input {...props} name="realName" maxLength={50} autoComplete="name" defaultValue={v("realName")} />}
        </Field>
        <Field id="title" label={t("title")} hint={t("titleHint")} error={error("title")}>
          {(props) => <Input {...props} name="title" maxLength={100} defaultValue={v("title")} />}
        </Field>
        <Field id="phone" label={t("phone")} error={error("phone")}>
          {(props) => <Input {...props} name="phone" type="tel" autoComplete="tel" maxLength={20} defaultValue={v("phone")} />}
        </Field>
        <Field id="contactEmail" label={t("contactEmail")} error={error("contactEmail")}>
          {(props) => <Input {...props} name="contactEmail" type="email" autoComplete="email" maxLength={254} defaultValue={v("contactEmail")} />}
        </Field>
        <Field id="origin" label={t("origin")} error={error("origin")}>
          {(props) => (
            <Select {...props} name="origin" value={origin} onChange={(e) => setOrigin(e.target.value)}>
              <option value="domestic">{t("domestic")}</option>
              <option value="overseas">{t("overseas")}</option>
            </Select>
          )}
        </Field>
        <Field id="timeZone" label={t("timeZone")} hint={t("timeZoneHint")} error={error("timeZone")}>
          {(props) => <TimeZoneSelect {...props} name="timeZone" saved={value("timeZone") || timeZone.saved} fallback={timeZone.fallback} />}
        </Field>
        {origin === "overseas" ? (
          <Field id="country" label={t("country")} hint={t("countryHint")} error={error("country")}>
            {(props) => <Input {...props} name="country" maxLength={2} autoComplete="country" className="uppercase" defaultValue={v("country")} />}
          </Field>
        ) : null}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-slate-900">{t("education")}</legend>
        <Field id="educationLevel" label={t("educationLevel")} error={error("educationLevel")}>
          {(props) => (
            <Select {...props} name="educationLevel" defaultValue={v("educationLevel")}>
              <option value="">{t("choose")}</option>
              {EDUCATION.map((e) => (
                <option key={e} value={e}>
                  {edu(e)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="graduationYear" label={t("graduationYear")} error={error("graduationYear")}>
          {(props) => <Input {...props} name="graduationYear" type="number" inputMode="numeric" min={1950} max={2100} defaultValue={v("graduationYear")} />}
        </Field>
        <Field id="school" label={t("school")} error={error("school")}>
          {(props) => <Input {...props} name="school" maxLength={100} defaultValue={v("school")} />}
        </Field>
        <Field id="major" label={t("major")} error={error("major")}>
          {(props) => <Input {...props} name="major" maxLength={100} defaultValue={v("major")} />}
        </Field>
        <Field id="skills" label={t("skills")} hint={t("skillsHint")} error={error("skills")} className="sm:col-span-2">
          {(props) => <Input {...props} name="skills" maxLength={1000} defaultValue={v("skills")} />}
        </Field>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-slate-900">{t("wishes")}</legend>
        <Choices legend={t("wishLocations")} name="wishLocations" options={locations} initial={initial.wishLocations} />
        {error("wishLocations") ? <p className="text-sm text-red-700">{error("wishLocations")}</p> : null}
        <Choices legend={t("wishIndustries")} name="wishIndustries" options={industries} initial={initial.wishIndustries} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="wishSalaryMin" label={t("wishSalaryMin")} error={error("wishSalaryMin")}>
            {(props) => <Input {...props} name="wishSalaryMin" type="number" inputMode="numeric" min={0} defaultValue={v("wishSalaryMin")} />}
          </Field>
          <Field id="wishSalaryMax" label={t("wishSalaryMax")} error={error("wishSalaryMax")}>
            {(props) => <Input {...props} name="wishSalaryMax" type="number" inputMode="numeric" min={0} defaultValue={v("wishSalaryMax")} />}
          </Field>
        </div>
      </fieldset>
      <Field id="bio" label={t("bio")} hint={t("bioHint")} error={error("bio")}>
        {(props) => <Textarea {...props} name="bio" rows={5} maxLength={2000} defaultValue={v("bio")} />}
      </Field>
      <Field id="visibility" label={t("visibility")} error={error("visibility")}>
        {(props) => (
          <Select {...props} name="visibility" defaultValue={v("visibility")}>
            <option value="intent_employers">{t("visibilityIntent")}</option>
            <option value="verified_employers">{t("visibilityVerified")}</option>
          </Select>
        )}
      </Field>
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
