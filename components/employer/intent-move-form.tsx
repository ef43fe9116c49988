"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { moveIntentAction } from "@/app/(site)/employer/intents/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Field, Select } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/action";
import { useSuccessToast } from "@/components/ui/use-success-toast";

/** The move and, for a decline, its reason; shared by the single and the bulk form. */
export function MoveFields({ moves, reasons, error, prefix }: { moves: string[]; reasons: readonly string[]; error: (field: string) => string | undefined; prefix: string }) {
  const t = useTranslations("intents");
  const [move, setMove] = useState(moves[0] ?? "");
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id={`${prefix}-move`} label={t("move")} error={error("move")}>
        {(props) => (
          <Select {...props} name="move" value={move} onChange={(e) => setMove(e.target.value)}>
            {moves.map((m) => (
              <option key={m} value={m}>
                {t(`moveTo.${m}` as never)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {move === "decline" ? (
        <Field id={`${prefix}-reason`} label={t("declineReason")} error={error("reason")}>
          {(props) => (
            <Select {...props} name="reason" defaultValue="">
              <option value="">{t("choose")}</option>
              {reasons.map((r) => (
                <option key={r} value={r}>
                  {t(`reason.${r}` as never)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
    </div>
  );
}

/** Moves one intent. */
export function IntentMoveForm({ intentId, moves, reasons }: { intentId: number; moves: string[]; reasons: readonly string[] }) {
  const t = useTranslations("intents");
  const [state, formAction] = useActionState(moveIntentAction, null);
  const { error } = useFormState(state);
  useSuccessToast(state, (done) => (done.message ? t("movedTo", { status: t(`status.${done.message}` as never) }) : null));
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="move-form">
      <FormError state={state} />
      <input type="hidden" name="intentId" value={intentId} />
      <MoveFields moves={moves} reasons={reasons} error={error} prefix="single" key={moves.join()} />
      <SubmitButton pendingLabel={t("moving")}>{t("applyMove")}</SubmitButton>
    </form>
  );
}

export function BulkResult({ state }: { state: ActionState<{ done: number; skipped: number }> }) {
  const t = useTranslations("intents");
  if (!state?.ok || !state.data) return null;
  return <Alert tone="success">{t("bulkDone", state.data)}</Alert>;
}

