"use client";

import { useEffect, useRef } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/actions/action";

type Succeeded<T> = Extract<ActionState<T>, { ok: true }>;

/**
 * Confirms a successful submit with a toast, once per answer of the action (each answer is a
 * new state object; a re-render, a language switch included, never repeats it). `message` says
 * what to tell for a successful state, or null for nothing. Errors are not toasted: they stay
 * next to their fields. Needs the <Toaster> of the area's layout.
 */
export function useSuccessToast<T>(state: ActionState<T>, message: (state: Succeeded<T>) => string | null) {
  const shown = useRef<ActionState<T>>(null);
  const text = state?.ok ? message(state) : null;
  useEffect(() => {
    if (!state?.ok || !text || shown.current === state) return;
    shown.current = state;
    toast.success(text);
  }, [state, text]);
}
