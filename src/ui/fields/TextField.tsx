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
  /**
   * Takes a comma list instead of the input: the text a paste would leave (the paste itself is
   * then cancelled), and the value on blur when it still holds a comma.
   */
  onList?: (text: string) => void;
}

/** A labelled text input bound to one plan field; its error text comes from the domain catalogue. */
export function TextField({
  name,
  label,
  help,
  placeholder,
  inputMode,
  autoComplete = 'off',
  onList,
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
          onPaste={
            onList &&
            ((event) => {
              const input = event.currentTarget;
              const start = input.selectionStart ?? input.value.length;
              const end = input.selectionEnd ?? input.value.length;
              const pasted = event.clipboardData.getData('text');
              const next = input.value.slice(0, start) + pasted + input.value.slice(end);
              if (!next.includes(',')) return;
              event.preventDefault();
              onList(next);
            })
          }
          onBlur={() => {
            props.onBlur();
            if (onList && props.value.includes(',')) onList(props.value);
          }}
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
