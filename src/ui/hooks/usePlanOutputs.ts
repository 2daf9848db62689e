import { useDeferredValue, useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import type { ClusterPlan, Issue, RenderedFile } from '../../domain/index.ts';
import type { Engine } from './engine.ts';

export interface PlanOutputs {
  plan: ClusterPlan;
  files: RenderedFile[];
  issues: Issue[];
  initCommand: string;
  flagsCommand: string;
  flagsComplete: boolean;
}

/**
 * The files, commands and issues for the form's current values, recomputed as the user types
 * (deferred, so typing never waits for them); undefined until the engine has loaded.
 */
export function usePlanOutputs(
  control: Control<ClusterPlan>,
  engine: Engine | undefined,
): PlanOutputs | undefined {
  const watched = useWatch({ control }) as ClusterPlan;
  const plan = useDeferredValue(watched);
  return useMemo(() => {
    if (!engine) return undefined;
    const files = engine.renderPlanFiles(plan);
    const flags = engine.flagsOnlyInitCommand(plan);
    return {
      plan,
      files,
      issues: engine.validatePlan(plan, files),
      initCommand: engine.initCommand(plan),
      flagsCommand: flags.command ?? engine.networkingFlags(plan),
      flagsComplete: flags.command !== undefined,
    };
  }, [plan, engine]);
}
