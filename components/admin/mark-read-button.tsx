"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { markNotificationsReadAction } from "@/app/(site)/admin/actions";
import { SubmitButton } from "@/components/ui/submit-button";

export function MarkReadButton() {
  const t = useTranslations("adminArea");
  const [, formAction] = useActionState(markNotificationsReadAction, null);
  return (
    <form action={formAction}>
      <SubmitButton size="sm" variant="secondary">
        {t("markRead")}
      </SubmitButton>
    </form>
  );
}
