import { useFormContext } from 'react-hook-form';
import type { ClusterPlan } from '../../domain/index.ts';
import type { PlanFieldPath } from '../wizard/fieldPaths.ts';

/** A change handler wrapper: after the change, a field that shows an error validates again. */
export function useRecheck(
  name: PlanFieldPath | 'certSANs' | 'discovery.caCertHashes',
  invalid: boolean,
) {
  const { trigger } = useFormContext<ClusterPlan>();
  return <T>(onChange: (value: T) => void) =>
    (value: T) => {
      onChange(value);
      if (invalid) void trigger(name);
    };
}
