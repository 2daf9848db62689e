import { useController, useFormContext } from 'react-hook-form';
import type { ClusterPlan } from '../../domain/core.ts';
import type { PlanFieldPath } from '../wizard/fieldPaths.ts';
import { useRecheck } from './useRecheck.ts';

/**
 * The props that bind one text-valued input or select to a plan field (value, change with
 * re-check while it shows an error, blur, ref, aria-invalid), and the field's error text.
 */
export function useFieldBinding(name: PlanFieldPath) {
  const { control } = useFormContext<ClusterPlan>();
  const { field, fieldState } = useController({ control, name });
  const recheck = useRecheck(name, fieldState.invalid);
  return {
    error: fieldState.error?.message,
    props: {
      name: field.name,
      ref: field.ref,
      value: typeof field.value === 'string' ? field.value : '',
      onChange: recheck(field.onChange),
      onBlur: field.onBlur,
      'aria-invalid': fieldState.invalid,
    },
  };
}
