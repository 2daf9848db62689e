import { useId } from 'react';
import type { PlanFieldPath } from '../wizard/fieldPaths.ts';
import { FieldShell } from './FieldShell.tsx';
import { useFieldBinding } from './useFieldBinding.ts';

export interface SelectFieldProps {
  name: PlanFieldPath;
  label: string;
  help?: string;
  options: readonly { value: string; label: string }[];
}

/** A labelled select bound to one plan field. */
export function SelectField({ name, label, help, options }: SelectFieldProps) {
  const id = useId();
  const { props, error } = useFieldBinding(name);
  return (
    <FieldShell id={id} name={name} label={label} help={help} error={error}>
      {(describedBy) => (
        <select id={id} {...props} aria-describedby={describedBy}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
