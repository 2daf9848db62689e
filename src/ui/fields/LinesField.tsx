import { useId, type ChangeEvent } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import type { ClusterPlan } from '../../domain/index.ts';
import { FieldShell } from './FieldShell.tsx';
import { useRecheck } from './useRecheck.ts';

export interface LinesFieldProps {
  name: 'certSANs' | 'discovery.caCertHashes';
  label: string;
  help?: string;
}

/** A textarea for a list of strings, one per line; the first entry's error is shown. */
export function LinesField({ name, label, help }: LinesFieldProps) {
  const id = useId();
  const { control, formState, getFieldState } = useFormContext<ClusterPlan>();
  const { field } = useController({ control, name });
  const lines = Array.isArray(field.value) ? field.value : [];
  const itemErrors = lines.map((_, i) => getFieldState(`${name}.${i}`, formState).error?.message);
  const error = getFieldState(name, formState).error?.message ?? itemErrors.find(Boolean);
  const recheck = useRecheck(name, error !== undefined);
  return (
    <FieldShell id={id} name={name} label={label} help={help} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          name={field.name}
          ref={field.ref}
          rows={3}
          value={lines.join('\n')}
          onChange={recheck((event: ChangeEvent<HTMLTextAreaElement>) =>
            field.onChange(event.target.value === '' ? [] : event.target.value.split('\n')),
          )}
          onBlur={field.onBlur}
          spellCheck={false}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldShell>
  );
}
