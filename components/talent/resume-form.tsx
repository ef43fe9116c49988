"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { removeResumeAction, uploadResumeAction } from "@/app/(site)/talent/profile/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { PdfInput } from "./pdf-input";
import { useSuccessToast } from "@/components/ui/use-success-toast";

export function ResumeForm({ resume }: { resume: { id: string; filename: string; size: string } | null }) {
  const t = useTranslations("talentProfile");
  const [state, formAction] = useActionState(uploadResumeAction, null);
  const [removed, removeAction] = useActionState(removeResumeAction, null);
  const { error } = useFormState(state);
  useSuccessToast(state, () => t("resumeUploaded"));
  return (
    <div className="space-y-3">
      {resume ? (
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-slate-50 p-3 text-sm">
          <a href={`/files/${resume.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline" data-testid="resume-link">
            {resume.filename}
          </a>
          <span className="text-slate-600">{resume.size}</span>
          <form action={removeAction}>
            <FormError state={removed} />
            <Button type="submit" variant="ghost" size="sm">
              {t("removeResume")}
            </Button>
          </form>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("noResume")}</p>
      )}
      <form action={formAction} className="space-y-3" noValidate>
        <FormError state={state} />
        <PdfInput id="resume" name="resume" label={resume ? t("replaceResume") : t("uploadResume")} hint={t("resumeHint")} serverError={error("resume")} />
        <SubmitButton variant="secondary" pendingLabel={t("uploading")}>
          {t("upload")}
        </SubmitButton>
      </form>
    </div>
  );
}
