import { createContext, useContext } from 'react';
import type { Issue } from '../../domain/index.ts';
import { EngineContext } from '../hooks/engine.ts';
import type { PlanOutputs } from '../hooks/usePlanOutputs.ts';

export const OutputsContext = createContext<PlanOutputs | undefined>(undefined);

/** The plan's current outputs; only inside the wizard. */
export function useOutputs(): PlanOutputs {
  const outputs = useContext(OutputsContext);
  if (!outputs) throw new Error('useOutputs outside OutputsContext');
  return outputs;
}

/**
 * Warnings and notes the domain reports for one field, and errors that do not stop Next (a value
 * that only exists after kubeadm init); the errors that stop Next come through the form.
 */
export function useFieldAdvice(name: string): Issue[] {
  const outputs = useContext(OutputsContext);
  const engine = useContext(EngineContext);
  if (!outputs || !engine) return [];
  return outputs.issues.filter(
    (issue) =>
      !engine.blocksNext(issue) && (issue.path === name || issue.path.startsWith(`${name}.`)),
  );
}
