"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { moveIntentsAction } from "@/app/(site)/employer/intents/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { BulkResult, MoveFields } from "./intent-move-form";

export interface PipelineRow {
  id: number;
  title: string;
  talentName: string;
  kindLabel: string;
  statusLabel: string;
  changed: string;
  unread: number;
}

const BULK_MOVES = ["view", "negotiate", "reach", "sign", "onboard", "settle", "decline"];

/** The filterable list: tick intents, choose a move, apply it to all of them. */
export function BulkMoveList({ rows, reasons }: { rows: PipelineRow[]; reasons: readonly string[] }) {
  const t = useTranslations("intents");
  const [state, formAction] = useActionState(moveIntentsAction, null);
  const { error } = useFormState(state);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormError state={state} />
      <BulkResult state={state} />
      <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <p className="mb-3 text-sm font-medium text-slate-800">{t("bulkTitle")}</p>
        <MoveFields moves={BULK_MOVES} reasons={reasons} error={error} prefix="bulk" />
        <SubmitButton className="mt-3" pendingLabel={t("moving")}>
          {t("applyToChosen")}
        </SubmitButton>
      </div>
      {error("intentIds") ? <p className="text-sm text-red-700">{error("intentIds")}</p> : null}
      <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        {rows.map((row) => (
          <li key={row.id} className="flex items-start gap-3 p-4" data-testid="pipeline-row">
            <input
              type="checkbox"
              name="intentIds"
              value={row.id}
              aria-label={t("choose_named", { name: `${row.talentName} · ${row.title}` })}
              className="mt-1 size-4 shrink-0 rounded border-slate-300 text-brand-600"
            />
            <div className="flex min-w-0 flex-1 flex-col gap-1 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <Link href={`/employer/intents/${row.id}`} className="font-medium text-slate-900 hover:underline">
                  {row.talentName}
                </Link>
                <p className="truncate text-sm text-slate-600">
                  {row.kindLabel} · {row.title}
                </p>
              </div>
              <div className="flex shrink-0 flex-wrap items-center gap-2 text-sm text-slate-600">
                {row.unread > 0 ? <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-700">{t("unreadCount", { count: row.unread })}</span> : null}
                <span>{row.changed}</span>
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">{row.statusLabel}</span>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </form>
  );
}
