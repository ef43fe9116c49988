"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { createAnnouncementAction, updateAnnouncementAction } from "@/app/(site)/admin/announcements/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { SelectField } from "@/components/forms/select-field";
import { Checkbox, Field, Input, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { CheckboxGroup } from "./checkbox-group";

interface Named {
  id: number;
  nameZh: string;
  nameEn: string;
}

/** An announcement's form, blank or filled; an edit carries updated_at so a stale save is refused. */
export function AnnouncementForm({
  options,
  initial,
  initialTags,
  edit,
}: {
  options: { categories: Named[]; campaigns: Named[]; tags: Named[] };
  initial: Record<string, string>;
  initialTags: number[];
  edit?: { id: number; updatedAt: string };
}) {
  const t = useTranslations("adminManage.announcements.form");
  const locale = useLocale();
  const [state, formAction] = useActionState(edit ? updateAnnouncementAction : createAnnouncementAction, null);
  const { error, value } = useFormState(state);
  const v = (field: string) => value(field, initial[field] ?? "");
  const name = (o: Named) => (locale === "en" ? o.nameEn : o.nameZh);
  const choices = (list: Named[]) => list.map((o) => ({ value: String(o.id), label: name(o) }));
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormError state={state} />
      {edit ? (
        <>
          <input type="hidden" name="id" value={edit.id} />
          <input type="hidden" name="updatedAt" value={edit.updatedAt} />
        </>
      ) : null}
      <Field id="title" label={t("title")} error={error("title")}>
        {(props) => <Input {...props} name="title" required maxLength={200} defaultValue={v("title")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="category" label={t("category")} error={error("category")} defaultValue={v("category")} empty={t("choose")} options={choices(options.categories)} />
        <SelectField id="campaign" label={t("campaign")} error={error("campaign")} defaultValue={v("campaign")} empty={t("noCampaign")} options={choices(options.campaigns)} />
        <Field id="publishAt" label={t("publishAt")} hint={t("publishAtHint")} error={error("publishAt")}>
          {(props) => <Input {...props} name="publishAt" type="datetime-local" defaultValue={v("publishAt")} />}
        </Field>
        <Field id="deadlineOn" label={t("deadlineOn")} hint={t("deadlineHint")} error={error("deadlineOn")}>
          {(props) => <Input {...props} name="deadlineOn" type="date" defaultValue={v("deadlineOn")} />}
        </Field>
      </div>
      <Checkbox id="pinned" name="pinned" label={t("pinned")} defaultChecked={v("pinned") === "on"} error={error("pinned")} />
      <CheckboxGroup name="tags" legend={t("tags")} options={options.tags.map((tag) => ({ id: tag.id, label: name(tag) }))} initial={initialTags} error={error("tags")} />
      <Field id="body" label={t("body")} hint={t("bodyHint")} error={error("body")}>
        {(props) => <Textarea {...props} name="body" rows={12} maxLength={20000} required defaultValue={v("body")} />}
      </Field>
      <SubmitButton pendingLabel={t("saving")}>{edit ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
