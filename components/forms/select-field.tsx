import type { ReactNode } from "react";
import { Field, Select } from "@/components/ui/field";

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A labelled select: an optional empty first choice ("choose…", "all", "none"), then the options.
 * React resets a form after its action and a select keeps the default it was mounted with, so
 * the select is keyed by its default: a failed submit's typed choice is mounted afresh.
 */
export function SelectField({
  id,
  name = id,
  label,
  hint,
  error,
  defaultValue,
  empty,
  options,
  className,
}: {
  id: string;
  name?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  defaultValue: string;
  empty?: string;
  options: SelectOption[];
  className?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(props) => (
        <Select key={defaultValue} {...props} name={name} defaultValue={defaultValue}>
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
