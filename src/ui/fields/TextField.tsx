import { useId } from 'react';
import type { PlanFieldPath } from '../wizard/fieldPaths.ts';
import { FieldShell } from './FieldShell.tsx';
import { useFieldBinding } from './useFieldBinding.ts';

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
  const { props, error } = useFieldBinding(name);
  return (
    <FieldShell id={id} name={name} label={label} help={help} error={error}>
      {(describedBy) => (
        <input
          id={id}
          type="text"
          {...props}
          placeholder={placeholder}
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={false}
          aria-describedby={describedBy}
        />
      )}
    </FieldShell>
  );
}
