"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { ActionState } from "@/lib/actions/action";

/** Reads one action state: the translated error of a field, and what the user had typed. */
export function useFormState<T>(state: ActionState<T>) {
  const t = useTranslations("validation");
  const failed = state && !state.ok ? state : null;
  return {
    error: (field: string) => (failed?.fieldErrors[field] ? t(failed.fieldErrors[field] as never) : undefined),
    value: (field: string, fallback = "") => failed?.values[field] ?? fallback,
  };
}

/** The error about the whole form, if any, announced to screen readers. */
export function FormError<T>({ state }: { state: ActionState<T> }) {
  const t = useTranslations("formErrors");
  if (!state || state.ok || !state.formError) return null;
  const specific = state.formError.replace(":", "_");
  const key = t.has(specific as never) ? specific : state.formError.split(":")[0]!;
  return <Alert tone="error">{t(key as never, state.formErrorParams as never)}</Alert>;
}
