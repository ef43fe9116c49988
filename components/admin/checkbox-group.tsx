"use client";

import { useEffect, useRef, useState } from "react";

export interface CheckboxOption {
  id: number;
  label: string;
}

/**
 * Checkboxes sharing one name, kept in state: the typed values of a failed submit hold one value
 * per name, so they cannot refill the ticks. React resets the form's DOM after its action runs,
 * controlled checkboxes included, so the ticks are put back after every render.
 */
export function CheckboxGroup({ name, legend, options, initial, error }: { name: string; legend: string; options: CheckboxOption[]; initial: number[]; error?: string }) {
  const [checked, setChecked] = useState(() => new Set(initial));
  const group = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    for (const input of group.current?.querySelectorAll<HTMLInputElement>("input[type=checkbox]") ?? []) input.checked = checked.has(Number(input.value));
  });
  const toggle = (id: number) =>
    setChecked((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <fieldset ref={group} aria-describedby={error ? `${name}-error` : undefined} aria-invalid={Boolean(error)}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {options.map((o) => (
          <label key={o.id} className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" name={name} value={o.id} checked={checked.has(o.id)} onChange={() => toggle(o.id)} className="size-4 shrink-0 rounded border-slate-300 text-brand-600 focus:ring-brand-600" />
            {o.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
