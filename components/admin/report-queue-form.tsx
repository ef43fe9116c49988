"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { handleReportsAction } from "@/app/(site)/admin/reports/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ReportedPosition } from "@/lib/reports/queries";

/** One posting of the queue, as sent to the browser (dates as ISO strings). */
export type ReportedItem = Omit<ReportedPosition, "latestAt" | "latestId"> & { latestAt: string };

/** The report queue as one form: tick one or many postings, write the note, then dismiss or take down. */
export function ReportQueueForm({ items, upTo }: { items: ReportedItem[]; upTo: number }) {
  const t = useTranslations("reports");
  const status = useTranslations("positionForm.status");
  const format = useFormatter();
  const [state, formAction] = useActionState(handleReportsAction, null);
  const { error, value } = useFormState(state);
  const done = state?.ok ? (state.data as { done: number; skipped: number } | undefined) : undefined;
  const answer = done ? <Alert tone="success">{t("handled", { done: done.done, skipped: done.skipped })}</Alert> : null;
  if (items.length === 0) {
    return (
      <div className="space-y-4">
        {answer}
        <EmptyState title={t("queueEmpty")} />
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="upTo" value={upTo} />
      <FormError state={state} />
      {answer}
      {error("positionIds") ? <Alert tone="error">{error("positionIds")}</Alert> : null}
      <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        {items.map((item) => (
          <li key={item.positionId} className="flex gap-3 p-4" data-testid="reported-position">
            <input id={`report-${item.positionId}`} type="checkbox" name="positionIds" value={item.positionId} className="mt-1 size-4 shrink-0" aria-describedby={`report-${item.positionId}-summary`} />
            <div className="min-w-0 flex-1 space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <label htmlFor={`report-${item.positionId}`} className="cursor-pointer font-medium text-slate-900">
                  {item.title}
                </label>
                <Badge tone="danger">{t("count", { count: item.count })}</Badge>
                <Badge>{status(item.status)}</Badge>
              </div>
              <p id={`report-${item.positionId}-summary`} className="text-sm text-slate-700">
                {item.employerName} · {item.reasons.map((r) => `${t(`reason.${r.reason}` as never)} ×${r.count}`).join("，")} ·{" "}
                {t("latest", { date: format.dateTime(new Date(item.latestAt), { dateStyle: "medium", timeStyle: "short" }) })}
              </p>
              {item.latestDetails ? <p className="line-clamp-3 text-sm break-words whitespace-pre-line text-slate-600">“{item.latestDetails}”</p> : null}
              <p className="flex flex-wrap gap-x-4 text-sm">
                {item.status === "published" ? (
                  <Link href={`/positions/${item.positionId}`} target="_blank" className="text-brand-700 hover:underline">
                    {t("viewPosting")}
                  </Link>
                ) : null}
                <Link href={`/employers/${item.employerId}`} target="_blank" className="text-brand-700 hover:underline">
                  {t("viewEmployer")}
                </Link>
              </p>
            </div>
          </li>
        ))}
      </ul>
      <Field id="report-resolution" label={t("resolutionLabel")} hint={t("resolutionHint")} error={error("resolution")}>
        {(props) => <Textarea {...props} name="resolution" rows={2} maxLength={500} defaultValue={value("resolution")} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value="dismiss" variant="secondary">
          {t("dismissChosen")}
        </SubmitButton>
        <SubmitButton name="decision" value="takedown" variant="danger">
          {t("takedownChosen")}
        </SubmitButton>
      </div>
    </form>
  );
}
