"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
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

/**
 * The error about the whole form, if any, announced to screen readers. After every refused
 * submit it also moves the focus to the first field marked invalid, so a keyboard or screen
 * reader user lands on the field whose error they hear (its aria-describedby), not on the button.
 */
export function FormError<T>({ state }: { state: ActionState<T> }) {
  const t = useTranslations("formErrors");
  const anchor = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!state || state.ok) return;
    anchor.current?.closest("form")?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  const message = state && !state.ok && state.formError ? formErrorText(t, state.formError, state.formErrorParams) : null;
  return (
    <>
      <span ref={anchor} hidden />
      {message ? <Alert tone="error">{message}</Alert> : null}
    </>
  );
}

function formErrorText(t: ReturnType<typeof useTranslations<"formErrors">>, formError: string, params: unknown): string {
  const specific = formError.replace(":", "_");
  const key = t.has(specific as never) ? specific : formError.split(":")[0]!;
  return t(key as never, params as never);
}
