import { useId } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import type { ClusterPlan } from '../../domain/index.ts';
import type { PlanFieldPath } from '../wizard/fieldPaths.ts';
import { FieldShell } from './FieldShell.tsx';
import { useRecheck } from './useRecheck.ts';

export interface SelectFieldProps {
  name: PlanFieldPath;
  label: string;
  help?: string;
  options: readonly { value: string; label: string }[];
}

/** A labelled select bound to one plan field. */
export function SelectField({ name, label, help, options }: SelectFieldProps) {
  const id = useId();
  const { control } = useFormContext<ClusterPlan>();
  const { field, fieldState } = useController({ control, name });
  const recheck = useRecheck(name, fieldState.invalid);
  return (
    <FieldShell id={id} name={name} label={label} help={help} error={fieldState.error?.message}>
      {(describedBy) => (
        <select
          id={id}
          name={field.name}
          ref={field.ref}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={recheck(field.onChange)}
          onBlur={field.onBlur}
          aria-invalid={fieldState.invalid}
          aria-describedby={describedBy}
        >
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
