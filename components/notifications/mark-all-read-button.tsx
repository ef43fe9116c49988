"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { markAllNotificationsReadAction } from "@/app/(site)/notifications/actions";
import { FormError } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

export function MarkAllReadButton() {
  const t = useTranslations("notify");
  const [state, formAction] = useActionState(markAllNotificationsReadAction, null);
  return (
    <form action={formAction}>
      <FormError state={state} />
      <SubmitButton size="sm" variant="secondary">
        {t("markAllRead")}
      </SubmitButton>
    </form>
  );
}
