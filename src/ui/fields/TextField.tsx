import { useId } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import type { ClusterPlan } from '../../domain/core.ts';
import type { PlanFieldPath } from '../wizard/fieldPaths.ts';
import { FieldShell } from './FieldShell.tsx';
import { useRecheck } from './useRecheck.ts';

export interface TextFieldProps {
  name: PlanFieldPath;
  label: string;
  help?: string;
  placeholder?: string;
  /** `inputMode` hint for on-screen keyboards (e.g. 'numeric'). */
  inputMode?: 'text' | 'numeric' | 'decimal';
  autoComplete?: string;
}

/** A labelled text input bound to one plan field; its error text comes from the domain catalogue. */
export function TextField({
  name,
  label,
  help,
  placeholder,
  inputMode,
  autoComplete = 'off',
}: TextFieldProps) {
  const id = useId();
  const { control } = useFormContext<ClusterPlan>();
  const { field, fieldState } = useController({ control, name });
  const recheck = useRecheck(name, fieldState.invalid);
  return (
    <FieldShell id={id} name={name} label={label} help={help} error={fieldState.error?.message}>
      {(describedBy) => (
        <input
          id={id}
          type="text"
          name={field.name}
          ref={field.ref}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={recheck(field.onChange)}
          onBlur={field.onBlur}
          placeholder={placeholder}
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={false}
          aria-invalid={fieldState.invalid}
          aria-describedby={describedBy}
        />
      )}
    </FieldShell>
  );
}
