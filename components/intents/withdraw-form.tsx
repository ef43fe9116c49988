"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { withdrawIntentAction } from "@/app/(site)/talent/intents/actions";
import { FormError } from "@/components/forms/form-state";
import { useConfirmation } from "@/components/ui/confirm-dialog";
import { SubmitButton } from "@/components/ui/submit-button";

export function WithdrawForm({ intentId }: { intentId: number }) {
  const t = useTranslations("intents");
  const confirm = useConfirmation(t("withdrawConfirm"));
  const [state, formAction] = useActionState(withdrawIntentAction, null);
  return (
    <form
      action={formAction}
      className="space-y-2"
      onSubmit={confirm.onSubmit}
    >
      <FormError state={state} />
      {confirm.dialog}
      <input type="hidden" name="intentId" value={intentId} />
      <SubmitButton variant="secondary" pendingLabel={t("withdrawing")}>
        {t("withdraw")}
      </SubmitButton>
    </form>
  );
}
