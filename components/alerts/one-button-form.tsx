"use client";

import { useActionState } from "react";
import { FormError } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import type { ButtonVariant } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/action";

/** One button that runs an action with fixed fields, then says it is done (confirm, unsubscribe, delete). */
export function OneButtonForm({
  action,
  fields,
  label,
  done,
  variant = "primary",
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  fields: Record<string, string | number>;
  label: string;
  done?: string;
  variant?: ButtonVariant;
}) {
  const [state, formAction] = useActionState(action, null);
  if (state?.ok && done) return <Alert tone="success">{done}</Alert>;
  return (
    <form action={formAction} className="space-y-3">
      <FormError state={state} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} size="sm">
        {label}
      </SubmitButton>
    </form>
  );
}
