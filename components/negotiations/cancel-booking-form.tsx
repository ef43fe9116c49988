"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { cancelBookingAction } from "@/app/(site)/talent/intents/actions";
import { FormError } from "@/components/forms/form-state";
import { useConfirmation } from "@/components/ui/confirm-dialog";
import { SubmitButton } from "@/components/ui/submit-button";

export function CancelBookingForm({ bookingId }: { bookingId: number }) {
  const t = useTranslations("negotiations");
  const confirm = useConfirmation(t("cancelBookingConfirm"));
  const [state, formAction] = useActionState(cancelBookingAction, null);
  return (
    <form
      action={formAction}
      className="space-y-2"
      onSubmit={confirm.onSubmit}
    >
      <FormError state={state} />
      {confirm.dialog}
      <input type="hidden" name="bookingId" value={bookingId} />
      <SubmitButton variant="secondary" pendingLabel={t("booking")}>
        {t("cancelBooking")}
      </SubmitButton>
    </form>
  );
}
