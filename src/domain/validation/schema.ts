import * as z from 'zod/mini';
import type { ClusterPlan } from '../plan/plan.ts';
import { formatIssue, type Language } from './messages/index.ts';
import { validatePlan } from './plan/validatePlan.ts';

/** A zod path from a dot-separated plan field path (`nodes.2.ips.ipv4` → ['nodes', 2, 'ips', 'ipv4']). */
function toZodPath(path: string): (string | number)[] {
  return path === ''
    ? []
    : path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * The form's schema: the plan's errors (not its warnings, which never block the wizard) as zod
 * issues on their fields, with the catalogue's message and the rule's code in `params`.
 */
export function createPlanSchema(language: Language = 'en') {
  return z.custom<ClusterPlan>().check(
    z.superRefine((plan, ctx) => {
      for (const issue of validatePlan(plan)) {
        if (issue.severity !== 'error') continue;
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
