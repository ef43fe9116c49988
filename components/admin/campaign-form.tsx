"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { createCampaignAction, updateCampaignAction } from "@/app/(site)/admin/campaigns/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Checkbox, Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { CheckboxGroup } from "./checkbox-group";

interface Named {
  id: number;
  nameZh: string;
  nameEn: string;
}

export function CampaignForm({ boards, initial, initialBoards, editId }: { boards: Named[]; initial: Record<string, string>; initialBoards: number[]; editId?: number }) {
  const t = useTranslations("adminManage.campaigns.form");
  const locale = useLocale();
  const [state, formAction] = useActionState(editId ? updateCampaignAction : createCampaignAction, null);
  const { error, value } = useFormState(state);
  const v = (field: string) => value(field, initial[field] ?? "");
  const text = (field: string, props: { maxLength: number; hint?: string; type?: string }) => (
    <Field id={field} label={t(field as "nameZh")} hint={props.hint} error={error(field)}>
      {(p) => <Input {...p} name={field} type={props.type ?? "text"} maxLength={props.maxLength} defaultValue={v(field)} />}
    </Field>
  );
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormError state={state} />
      {editId ? <input type="hidden" name="id" value={editId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {text("nameZh", { maxLength: 100 })}
        {text("nameEn", { maxLength: 100 })}
        {text("sloganZh", { maxLength: 200 })}
        {text("sloganEn", { maxLength: 200 })}
        {text("slug", { maxLength: 60, hint: t("slugHint") })}
        <div className="hidden sm:block" />
        {text("startsAt", { maxLength: 30, type: "datetime-local" })}
        {text("endsAt", { maxLength: 30, type: "datetime-local" })}
      </div>
      <CheckboxGroup name="boards" legend={t("boards")} options={boards.map((b) => ({ id: b.id, label: locale === "en" ? b.nameEn : b.nameZh }))} initial={initialBoards} error={error("boards")} />
      <Checkbox id="requireVerifiedEmployers" name="requireVerifiedEmployers" label={t("requireVerifiedEmployers")} defaultChecked={v("requireVerifiedEmployers") === "on"} error={error("requireVerifiedEmployers")} />
      <Checkbox id="featured" name="featured" label={t("featured")} defaultChecked={v("featured") === "on"} error={error("featured")} />
      <SubmitButton pendingLabel={t("saving")}>{editId ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
