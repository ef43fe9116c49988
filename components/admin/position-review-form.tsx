"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { decidePositionsAction } from "@/app/(site)/admin/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export interface ReviewItem {
  id: number;
  title: string;
  category: string;
  employerName: string;
  employerVerified: boolean;
  excerpt: string;
}

/** The queue as one form: tick one or many, then approve — or reject with a reason. */
export function PositionReviewForm({ items }: { items: ReviewItem[] }) {
  const t = useTranslations("adminArea");
  const [state, formAction] = useActionState(decidePositionsAction, null);
  const { error, value } = useFormState(state);
  const done = state?.ok ? (state.data as { done: number; skipped: number } | undefined) : undefined;
  return (
    <form action={formAction} className="space-y-4">
      <FormError state={state} />
      {done ? <Alert tone="success">{t("decided", { done: done.done, skipped: done.skipped })}</Alert> : null}
      {error("ids") ? <Alert tone="error">{error("ids")}</Alert> : null}
      <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        {items.map((item) => (
          <li key={item.id} className="flex gap-3 p-4" data-testid="review-position">
            <input id={`pick-${item.id}`} type="checkbox" name="ids" value={item.id} className="mt-1 size-4 shrink-0" />
            <label htmlFor={`pick-${item.id}`} className="min-w-0 flex-1 cursor-pointer">
              <span className="block font-medium text-slate-900">{item.title}</span>
              <span className="block text-sm text-slate-700">
                {item.employerName} · {item.category}
                {item.employerVerified ? "" : ` · ${t("employerNotVerified")}`}
              </span>
              <span className="mt-1 block truncate text-sm text-slate-600">{item.excerpt}</span>
            </label>
          </li>
        ))}
      </ul>
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
        <Field id="position-reason" label={t("rejectReason")} error={error("reason")}>
          {(props) => <Input {...props} name="reason" maxLength={500} defaultValue={value("reason")} />}
        </Field>
        <div className="flex gap-2">
          <SubmitButton name="decision" value="approve">
            {t("approveChosen")}
          </SubmitButton>
          <SubmitButton name="decision" value="reject" variant="danger">
            {t("rejectChosen")}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
