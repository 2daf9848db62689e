import { fieldRef, planValueAt, stepFields } from '../../plan/fieldIndex.ts';
import type { ClusterPlan } from '../../plan/plan.ts';
import type { StepId } from '../../plan/steps.ts';
import { makeIssue, type Issue } from '../issues.ts';

/**
 * The `required` errors a step's Next adds to the plan's own: its fields the table marks
 * `requiredOnNext` that are empty. Only Next asks for them; validatePlan leaves them alone, so a
 * plan saved half-way has no error for them.
 */
export function checkStepRequired(step: StepId, plan: ClusterPlan): Issue[] {
  return stepFields(step, plan)
    .filter((path) => fieldRef(path)?.row.requiredOnNext === true)
    .filter((path) => {
      const value = planValueAt(plan, path);
      return typeof value !== 'string' || value.trim() === '';
    })
    .map((path) => makeIssue('required', { path }, { field: path }));
}
