import { useEffect, useMemo, useState } from 'react';
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

/** How long typing must pause before every file and issue is worked out again. */
export const SETTLE_MS = 120;

/**
 * Every file, command and issue of the plan, worked out again once typing pauses (with hundreds
 * of nodes that takes tens of milliseconds, which a keystroke must never wait for; the preview of
 * the one file on screen follows every keystroke on its own); undefined until the engine loads.
 */
export function usePlanOutputs(
  control: Control<ClusterPlan>,
  engine: Engine | undefined,
): PlanOutputs | undefined {
  const watched = useWatch({ control }) as ClusterPlan;
  const [plan, setPlan] = useState(watched);
  useEffect(() => {
    const timer = setTimeout(() => setPlan(watched), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [watched]);
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
