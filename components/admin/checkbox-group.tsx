"use client";

import { useCheckedSet } from "@/components/forms/use-checked-set";

export interface CheckboxOption {
  id: number;
  label: string;
}

/** Checkboxes sharing one name; the ticks survive a refused submit (useCheckedSet). */
export function CheckboxGroup({ name, legend, options, initial, error }: { name: string; legend: string; options: CheckboxOption[]; initial: number[]; error?: string }) {
  const { checked, toggle, ref } = useCheckedSet(initial.map(String));
  return (
    <fieldset ref={ref} aria-describedby={error ? `${name}-error` : undefined} aria-invalid={Boolean(error)}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {options.map((o) => (
          <label key={o.id} className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" name={name} value={o.id} checked={checked.has(String(o.id))} onChange={(e) => toggle(String(o.id), e.target.checked)} className="size-4 shrink-0 rounded border-slate-300 text-brand-600 focus:ring-brand-600" />
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
