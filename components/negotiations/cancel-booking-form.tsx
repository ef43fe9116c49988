"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { cancelBookingAction } from "@/app/talent/intents/actions";
import { FormError } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

export function CancelBookingForm({ bookingId }: { bookingId: number }) {
  const t = useTranslations("negotiations");
  const [state, formAction] = useActionState(cancelBookingAction, null);
  return (
    <form
      action={formAction}
      className="space-y-2"
      onSubmit={(event) => {
        if (!window.confirm(t("cancelBookingConfirm"))) event.preventDefault();
      }}
    >
      <FormError state={state} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <SubmitButton variant="secondary" pendingLabel={t("booking")}>
        {t("cancelBooking")}
      </SubmitButton>
    </form>
  );
}
