import * as z from 'zod/mini';
import { fieldRef } from '../plan/fieldIndex.ts';
import type { ClusterPlan } from '../plan/plan.ts';
import type { Issue } from './issues.ts';
import { formatIssue, type Language } from './messages/index.ts';
import { validatePlan } from './plan/validatePlan.ts';

/** A zod path from a dot-separated plan field path (`nodes.2.ips.ipv4` → ['nodes', 2, 'ips', 'ipv4']). */
function toZodPath(path: string): (string | number)[] {
  return path === ''
    ? []
    : path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Whether an issue stops the wizard's Next: errors do, except those on a field whose value only
 * exists after `kubeadm init` (the table's `afterInit`), which the field shows instead.
 */
export function blocksNext(issue: Issue): boolean {
  return issue.severity === 'error' && fieldRef(issue.path)?.row.afterInit !== true;
}

/**
 * The form's schema: the plan's errors (not its warnings, which never block the wizard) as zod
 * issues on their fields, with the catalogue's message and the rule's code in `params`.
 *
 * This is only react-hook-form's adapter to the rules, on purpose, and not a description of the
 * plan's shape: the form always holds a whole ClusterPlan (the types in plan/plan.ts, the fields
 * in plan/fields.ts), and plans from outside (saved files, share links) are read field by field
 * against the defaults by import/planFile.ts, which reports `plan_file` issues the CLI shares.
 * What can be wrong with a plan is what kubeadm would refuse, and that lives in validatePlan, so
 * the wizard, the CLI and the tests report the same codes and messages; a zod object schema
 * beside it would be a second copy of the model with its own messages.
 */
export function createPlanSchema(language: Language = 'en') {
  return z.custom<ClusterPlan>().check(
    z.superRefine((plan, ctx) => {
      for (const issue of validatePlan(plan)) {
        if (!blocksNext(issue)) continue;
        ctx.issues.push({
          code: 'custom',
          input: plan,
          path: toZodPath(issue.path),
          message: formatIssue(issue, language),
          params: { rule: issue.code },
        });
      }
    }),
  );
}
