"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { linkAnnouncementPositionAction, unlinkAnnouncementPositionAction } from "@/app/(site)/admin/announcements/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useSuccessToast } from "@/components/ui/use-success-toast";

/** One position to add or remove: a button for a known position. */
export function PositionLinkButton({ announcementId, positionId, title, remove = false }: { announcementId: number; positionId: number; title: string; remove?: boolean }) {
  const t = useTranslations("adminManage.announcements.positions");
  const [state, formAction] = useActionState(remove ? unlinkAnnouncementPositionAction : linkAnnouncementPositionAction, null);
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      <input type="hidden" name="announcementId" value={announcementId} />
      <input type="hidden" name="positionId" value={positionId} />
      <SubmitButton size="sm" variant={remove ? "ghost" : "secondary"} aria-label={remove ? t("removeNamed", { title }) : t("addNamed", { title })}>
        {remove ? t("remove") : t("add")}
      </SubmitButton>
      <FormError state={state} />
      {state?.ok && state.message === "already_linked" ? <p className="text-xs text-slate-600">{t("already_linked")}</p> : null}
    </form>
  );
}

/** Adds a position by its number, whatever its state. */
export function PositionIdForm({ announcementId }: { announcementId: number }) {
  const t = useTranslations("adminManage.announcements.positions");
  const [state, formAction] = useActionState(linkAnnouncementPositionAction, null);
  const { error, value } = useFormState(state);
  useSuccessToast(state, (done) => (done.message === "already_linked" ? null : t("linked")));
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="announcementId" value={announcementId} />
      <Field id="positionId" label={t("positionId")} error={error("positionId")} className="w-48">
        {(props) => <Input {...props} name="positionId" inputMode="numeric" defaultValue={value("positionId")} />}
      </Field>
      <SubmitButton variant="secondary">{t("add")}</SubmitButton>
      <div className="basis-full" aria-live="polite">
        <FormError state={state} />
        {state?.ok && state.message === "already_linked" ? <p className="text-sm text-slate-600">{t("already_linked")}</p> : null}
      </div>
    </form>
  );
}
