"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { removeEmployerLogoAction } from "@/app/(site)/employer/profile/actions";
import { FormError } from "@/components/forms/form-state";
import { EmployerLogo } from "@/components/employer/employer-logo";
import { SubmitButton } from "@/components/ui/submit-button";

/** The current logo beside the profile form, with its own small form to remove it. */
export function LogoPreview({ src, name }: { src: string | null; name: string }) {
  const t = useTranslations("employerProfile");
  const [state, removeAction] = useActionState(removeEmployerLogoAction, null);
  return (
    <div className="flex flex-wrap items-center gap-4" data-testid="logo-preview">
      <EmployerLogo src={src} name={name} size="lg" />
      <div className="space-y-2 text-sm text-slate-700">
        <p>{src ? t("logoCurrent") : t("logoNone")}</p>
        {src ? (
          <form action={removeAction}>
            <SubmitButton variant="secondary" size="sm" pendingLabel={t("saving")}>
              {t("logoRemove")}
            </SubmitButton>
          </form>
        ) : null}
        <FormError state={state} />
      </div>
    </div>
  );
}
