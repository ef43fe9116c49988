"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { inviteTalentAction } from "@/app/(site)/employer/positions/[id]/matches/actions";
import { FormError } from "@/components/forms/form-state";
import { Badge } from "@/components/ui/badge";
import { SubmitButton } from "@/components/ui/submit-button";

/** Invites a talent to register an intent; once invited, says so instead. */
export function InviteButton({ positionId, talentId, name, invited }: { positionId: number; talentId: string; name: string; invited: boolean }) {
  const t = useTranslations("matching.matches");
  const [state, formAction] = useActionState(inviteTalentAction, null);
  if (invited || state?.ok) {
    return (
      <span role="status" className="inline-flex items-center gap-2 text-sm text-slate-600">
        <Badge tone="success">{t("invited")}</Badge>
        {state?.ok ? t("inviteSent") : null}
      </span>
    );
  }
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="positionId" value={positionId} />
      <input type="hidden" name="talentId" value={talentId} />
      <FormError state={state} />
      <SubmitButton size="sm" variant="secondary" pendingLabel={t("inviting")} aria-label={`${t("invite")}: ${name}`}>
        {t("invite")}
      </SubmitButton>
    </form>
  );
}
