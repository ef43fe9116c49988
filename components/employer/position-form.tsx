"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { createPositionAction, updatePositionAction } from "@/app/(site)/employer/positions/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { SelectField, type SelectOption } from "@/components/forms/select-field";
import { Checkbox, Field, FieldError, Input, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export interface Option {
  id: number;
  nameZh: string;
  nameEn: string;
  boardId?: number;
}

const LEVELS = ["top", "high", "young", "graduate"] as const;
const EDUCATION = ["none", "associate", "bachelor", "master", "doctor"] as const;

/** A position's form, blank for a new one or filled from a draft (with its version for the edit check). */
export function PositionForm({
  catalog,
  initial,
  edit,
}: {
  catalog: { boards: Option[]; platforms: Option[]; locations: Option[]; industries: Option[]; policyTags: Option[] };
  initial: Record<string, string>;
  edit?: { id: number; version: number };
}) {
  const t = useTranslations("positionForm");
  const p = useTranslations("positions");
  const locale = useLocale();
  const [state, formAction] = useActionState(edit ? updatePositionAction : createPositionAction, null);
  const { error, value } = useFormState(state);
  const v = (field: string) => value(field, initial[field] ?? "");
  const name = (o: Option) => (locale === "en" ? o.nameEn : o.nameZh);
  const select = (field: string, label: string, options: SelectOption[], hint?: string) => (
    <SelectField id={field} label={label} hint={hint} error={error(field)} defaultValue={v(field)} empty={t("choose")} options={options} />
  );
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormError state={state} />
      {edit ? (
        <>
          <input type="hidden" name="id" value={edit.id} />
          <input type="hidden" name="version" value={edit.version} />
        </>
      ) : null}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("basics")}</legend>
        <Field id="title" label={t("title")} error={error("title")} className="sm:col-span-2">
          {(props) => <Input {...props} name="title" required maxLength={100} defaultValue={v("title")} />}
        </Field>
        {select("board", t("board"), catalog.boards.map((b) => ({ value: String(b.id), label: name(b) })))}
        {select(
          "platform",
          t("platform"),
          catalog.platforms.map((pl) => ({ value: String(pl.id), label: name(pl) })),
          t("platformHint"),
        )}
        <Field id="category" label={t("category")} hint={t("categoryHint")} error={error("category")}>
          {(props) => <Input {...props} name="category" required maxLength={50} defaultValue={v("category")} />}
        </Field>
        {select("talentLevel", t("talentLevel"), LEVELS.map((l) => ({ value: l, label: p(`level.${l}`) })))}
        {select("location", t("location"), catalog.locations.map((l) => ({ value: String(l.id), label: name(l) })))}
        {select("industry", t("industry"), catalog.industries.map((i) => ({ value: String(i.id), label: name(i) })))}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("requirements")}</legend>
        {select("educationFloor", t("educationFloor"), EDUCATION.map((e) => ({ value: e, label: p(`education.${e}`) })))}
        <Field id="major" label={t("major")} error={error("major")}>
          {(props) => <Input {...props} name="major" maxLength={100} defaultValue={v("major")} />}
        </Field>
        <Field id="experienceYears" label={t("experienceYears")} error={error("experienceYears")}>
          {(props) => <Input {...props} name="experienceYears" type="number" inputMode="numeric" min={0} max={60} defaultValue={v("experienceYears")} />}
        </Field>
        <Field id="headcount" label={t("headcount")} error={error("headcount")}>
          {(props) => <Input {...props} name="headcount" type="number" inputMode="numeric" min={1} max={10000} required defaultValue={v("headcount")} />}
        </Field>
        <Field id="salaryMin" label={t("salaryMin")} hint={t("salaryHint")} error={error("salaryMin")}>
          {(props) => <Input {...props} name="salaryMin" type="number" inputMode="numeric" min={0} defaultValue={v("salaryMin")} />}
        </Field>
        <Field id="salaryMax" label={t("salaryMax")} error={error("salaryMax")}>
          {(props) => <Input {...props} name="salaryMax" type="number" inputMode="numeric" min={0} defaultValue={v("salaryMax")} />}
        </Field>
        <Field id="skills" label={t("skills")} hint={t("skillsHint")} error={error("skills")} className="sm:col-span-2">
          {(props) => <Input {...props} name="skills" maxLength={1000} defaultValue={v("skills")} />}
        </Field>
        <Field id="expiresOn" label={t("expiresOn")} error={error("expiresOn")}>
          {(props) => <Input {...props} name="expiresOn" type="date" required defaultValue={v("expiresOn")} />}
        </Field>
        <Checkbox id="overseasFriendly" name="overseasFriendly" label={t("overseasFriendly")} defaultChecked={v("overseasFriendly") === "on"} className="self-end" />
      </fieldset>
      <fieldset aria-describedby={error("policyTags") ? "policyTags-error" : undefined}>
        <legend className="text-sm font-medium text-slate-900">{t("policyTags")}</legend>
        <p className="text-sm text-slate-600">{t("policyTagsHint")}</p>
        <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
          {catalog.policyTags.map((tag) => (
            <Checkbox
              key={tag.id}
              id={`policyTags-${tag.id}`}
              name="policyTags"
              value={tag.id}
              label={name(tag)}
              defaultChecked={v("policyTags").split(",").includes(String(tag.id))}
            />
          ))}
        </div>
        <FieldError id="policyTags" error={error("policyTags")} />
      </fieldset>
      <Field id="description" label={t("description")} hint={t("descriptionHint")} error={error("description")}>
        {(props) => <Textarea {...props} name="description" rows={10} maxLength={10000} required defaultValue={v("description")} />}
      </Field>
      <SubmitButton pendingLabel={t("saving")}>{edit ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
