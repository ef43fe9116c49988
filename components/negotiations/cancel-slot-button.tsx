"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { cancelSlotAction } from "@/app/(site)/employer/slots/actions";
import { FormError } from "@/components/forms/form-state";
import { useConfirmation } from "@/components/ui/confirm-dialog";
import { SubmitButton } from "@/components/ui/submit-button";

/** Deletes a slot nobody booked; cancels (and tells the talents of) one with bookings. */
export function CancelSlotButton({ slotId, booked, label }: { slotId: number; booked: boolean; label: string }) {
  const t = useTranslations("negotiations");
  const confirm = useConfirmation(t("cancelSlotConfirm"), { enabled: booked });
  const [state, formAction] = useActionState(cancelSlotAction, null);
  return (
    <form
      action={formAction}
      onSubmit={confirm.onSubmit}
    >
      <FormError state={state} />
      {confirm.dialog}
      <SubmitButton variant="ghost" size="sm" pendingLabel="…" aria-label={label}>
        {booked ? t("cancelSlot") : t("deleteSlot")}
      </SubmitButton>
      <input type="hidden" name="slotId" value={slotId} />
    </form>
  );
}
