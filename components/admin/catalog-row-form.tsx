"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action";
import { FormError, useFormState } from "@/components/forms/form-state";
import { SelectField, type SelectOption } from "@/components/forms/select-field";
import { Field, Input, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useSuccessToast } from "@/components/ui/use-success-toast";

export interface RowField {
  name: string;
  label: string;
  kind?: "text" | "number" | "textarea" | "select";
  options?: SelectOption[];
  maxLength?: number;
  /** Columns of six on a wide screen. */
  span?: 1 | 2 | 3;
}

const SPAN = { 1: "lg:col-span-1", 2: "lg:col-span-2", 3: "sm:col-span-2 lg:col-span-3" } as const;

/**
 * One row of a reference table (a board, a platform, a policy tag) as its own small form: the
 * error under its field, what was typed kept, "saved" beside the button.
 */
export function CatalogRowForm({
  action,
  idPrefix,
  fields,
  initial,
  rowId,
  submitLabel,
  testId,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  idPrefix: string;
  fields: RowField[];
  initial: Record<string, string>;
  rowId?: number;
  submitLabel: string;
  testId?: string;
}) {
  const t = useTranslations("adminManage.catalog");
  const [state, formAction] = useActionState(action, null);
  const { error, value } = useFormState(state);
  useSuccessToast(state, (done) => t(done.message === "created" ? "created" : "saved"));
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid={testId}>
      <FormError state={state} />
      {rowId ? <input type="hidden" name="id" value={rowId} /> : null}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        {fields.map((f) => {
          const id = `${idPrefix}-${f.name}`;
          const typed = value(f.name, initial[f.name] ?? "");
          if (f.kind === "select") return <SelectField key={f.name} id={id} name={f.name} label={f.label} error={error(f.name)} defaultValue={typed} options={f.options ?? []} className={SPAN[f.span ?? 1]} />;
          return (
            <Field key={f.name} id={id} label={f.label} error={error(f.name)} className={SPAN[f.span ?? 1]}>
              {(props) =>
                f.kind === "textarea" ? (
                  <Textarea {...props} name={f.name} rows={3} maxLength={f.maxLength} defaultValue={typed} />
                ) : (
                  <Input {...props} name={f.name} type={f.kind === "number" ? "number" : "text"} inputMode={f.kind === "number" ? "numeric" : undefined} maxLength={f.maxLength} defaultValue={typed} />
                )
              }
            </Field>
          );
        })}
      </div>
      <SubmitButton size="sm" pendingLabel={t("saving")}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
