"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The ticked values of checkboxes sharing one name, kept in state: a refused submit's typed
 * values hold one value per name, so they cannot refill the ticks. React resets the form's DOM
 * after its action runs, controlled checkboxes included, so the ticks are put back on the
 * fieldset (`ref`) after every render: what the user chose is never lost.
 */
export function useCheckedSet(initial: Iterable<string>) {
  const [checked, setChecked] = useState(() => new Set(initial));
  const ref = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    for (const input of ref.current?.querySelectorAll<HTMLInputElement>("input[type=checkbox]") ?? []) input.checked = checked.has(input.value);
  });
  const toggle = (value: string, on: boolean) =>
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(value);
      else next.delete(value);
      return next;
    });
  return { checked, toggle, ref };
}
