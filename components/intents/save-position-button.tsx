"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { savePositionAction } from "@/app/(site)/talent/intents/actions";
import { FormError } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

export function SavePositionButton({ positionId, saved }: { positionId: number; saved: boolean }) {
  const t = useTranslations("intents");
  const [state, formAction] = useActionState(savePositionAction, null);
  return (
    <form action={formAction}>
      <FormError state={state} />
      <input type="hidden" name="positionId" value={positionId} />
      <input type="hidden" name="saved" value={saved ? "0" : "1"} />
      <SubmitButton variant="secondary" className="w-full" aria-pressed={saved}>
        {saved ? t("unsave") : t("save")}
      </SubmitButton>
    </form>
  );
}
