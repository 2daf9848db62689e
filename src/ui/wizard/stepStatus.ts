import type { Issue, StepId } from '../../domain/index.ts';

/**
 * A step's state in the step list, as in the Assisted Installer's left navigation: a step not
 * visited yet says nothing about its fields (its errors wait until the user gets there); a visited
 * step shows its errors, else its warnings, else `done` (the step on screen shows its number
 * until it has an issue).
 */
export type StepStatus =
  | { kind: 'notVisited' }
  | { kind: 'current' }
  | { kind: 'done' }
  | { kind: 'errors'; count: number }
  | { kind: 'warnings'; count: number };

/** Whether the user has opened the step at `index`: every step before `reached`, and the current one. */
export function isOpened(index: number, reached: number, current: number): boolean {
  return index < reached || index === current;
}

/**
 * Each step's status from the settled issues: an issue counts on the step that shows its field
 * (issues on no field, or on a field no step shows, count on no step; the Review step lists them).
 */
export function stepStatuses(
  steps: readonly { id: StepId }[],
  issues: readonly Issue[],
  current: number,
  reached: number,
  stepOfField: (path: string) => StepId | undefined,
): StepStatus[] {
  const errors = new Map<StepId, number>();
  const warnings = new Map<StepId, number>();
  for (const issue of issues) {
    const step = issue.path ? stepOfField(issue.path) : undefined;
    if (step === undefined) continue;
    if (issue.severity === 'error') errors.set(step, (errors.get(step) ?? 0) + 1);
    else if (issue.severity === 'warning') warnings.set(step, (warnings.get(step) ?? 0) + 1);
  }
  return steps.map(({ id }, i): StepStatus => {
    if (!isOpened(i, reached, current)) return { kind: 'notVisited' };
    const e = errors.get(id) ?? 0;
    if (e > 0) return { kind: 'errors', count: e };
    const w = warnings.get(id) ?? 0;
    if (w > 0) return { kind: 'warnings', count: w };
    return i === current ? { kind: 'current' } : { kind: 'done' };
  });
}
