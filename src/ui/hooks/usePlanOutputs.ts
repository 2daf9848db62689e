import { useDeferredValue, useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import {
  flagsOnlyInitCommand,
  initCommand,
  networkingFlags,
  renderPlanFiles,
  validatePlan,
  type ClusterPlan,
  type Issue,
  type RenderedFile,
} from '../../domain/index.ts';

export interface PlanOutputs {
  plan: ClusterPlan;
  files: RenderedFile[];
  issues: Issue[];
  initCommand: string;
  flagsCommand: string;
  flagsComplete: boolean;
}

/** The files, commands and issues for the form's current values, recomputed as the user types. */
export function usePlanOutputs(control: Control<ClusterPlan>): PlanOutputs {
  const watched = useWatch({ control }) as ClusterPlan;
  const plan = useDeferredValue(watched);
  return useMemo(() => {
    const files = renderPlanFiles(plan);
    const flags = flagsOnlyInitCommand(plan);
    return {
      plan,
      files,
      issues: validatePlan(plan, files),
      initCommand: initCommand(plan),
      flagsCommand: flags.command ?? networkingFlags(plan),
      flagsComplete: flags.command !== undefined,
    };
  }, [plan]);
}
