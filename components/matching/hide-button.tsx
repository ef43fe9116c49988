"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { hideRecommendationAction } from "@/app/(site)/talent/recommendations/actions";
import { FormError } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

export function HideButton({ positionId, title }: { positionId: number; title: string }) {
  const t = useTranslations("matching");
  const [state, formAction] = useActionState(hideRecommendationAction, null);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="positionId" value={positionId} />
      <FormError state={state} />
      <SubmitButton size="sm" variant="ghost" pendingLabel={t("hiding")} aria-label={`${t("hide")}: ${title}`}>
        {t("hide")}
      </SubmitButton>
    </form>
  );
}
