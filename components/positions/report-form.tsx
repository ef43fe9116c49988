"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { type FiledReport, reportPositionAction } from "@/app/(site)/(public)/positions/[id]/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Field, Select, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** What the reporter filed (or had filed already), shown instead of the form. */
function FiledReportNote({ existing, reason, details, createdAt }: FiledReport) {
  const t = useTranslations("reports");
  const format = useFormatter();
  return (
    <Alert tone={existing ? "warning" : "success"}>
      <p className="font-medium">{existing ? t("alreadyReported") : t("thanks")}</p>
      <p className="mt-1">{t("filedOn", { date: format.dateTime(new Date(createdAt), { dateStyle: "medium" }), reason: t(`reason.${reason}` as never) })}</p>
      {details ? <p className="mt-1 break-words whitespace-pre-line">{details}</p> : null}
      <Link href="/account/reports" className="mt-2 inline-block underline">
        {t("myReports")}
      </Link>
    </Alert>
  );
}

/** The 举报 form of a public posting, folded away until asked for. */
export function ReportForm({ positionId, reasons, filed }: { positionId: number; reasons: readonly string[]; filed: FiledReport | null }) {
  const t = useTranslations("reports");
  const [state, formAction] = useActionState(reportPositionAction, null);
  const { error, value } = useFormState(state);
  // This form's own answer first: the page's refresh after sending also finds the report open.
  if (state?.ok && state.data) return <FiledReportNote {...state.data} />;
  if (filed) return <FiledReportNote {...filed} />;
  return (
    <details className="group" open={state ? true : undefined}>
      <summary className="cursor-pointer text-sm font-medium text-red-700 hover:underline">{t("open")}</summary>
      <form action={formAction} className="mt-3 space-y-3" noValidate>
        <FormError state={state} />
        <input type="hidden" name="positionId" value={positionId} />
        <Field id="report-reason" label={t("reasonLabel")} error={error("reason")}>
          {(props) => (
            <Select {...props} name="reason" defaultValue={value("reason")} required>
              <option value="">{t("choose")}</option>
              {reasons.map((r) => (
                <option key={r} value={r}>
                  {t(`reason.${r}` as never)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="report-details" label={t("detailsLabel")} hint={t("detailsHint")} error={error("details")}>
          {(props) => <Textarea {...props} name="details" rows={4} maxLength={2000} defaultValue={value("details")} />}
        </Field>
        <SubmitButton variant="danger" size="sm" pendingLabel={t("sending")}>
          {t("submit")}
        </SubmitButton>
      </form>
    </details>
  );
}
