import type { ReactNode } from "react";
import { Field, Select } from "@/components/ui/field";

export interface SelectOption {
  value: string;
  label: string;
}

/** A labelled select: an optional empty first choice ("choose…", "all", "none"), then the options. */
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
        <Select {...props} name={name} defaultValue={defaultValue}>
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
