import { parseCidr } from '../../net/cidr.ts';
import { parseIp } from '../../net/ip.ts';
import type { IpFamily } from '../../net/types.ts';
import { stackFamilies, type ClusterPlan, type PerFamily } from '../../plan/plan.ts';
import { makeIssue, type Issue } from '../issues.ts';
import { splitFamilyPair, type FamilyPairSplit } from './familyPair.ts';
import { checkPort } from '../rules/fields/index.ts';

/**
 * The checks only the wizard's own model needs: values of the wrong family in a per-family field,
 * values the stack requires, and bind ports that are not numbers. Paths are plan field paths.
 */
export function checkPlanFields(plan: ClusterPlan): Issue[] {
  const families = stackFamilies(plan.networking.stack);
  const issues: Issue[] = [];
  const requireService = plan.networking.stack !== 'ipv4';
  checkPerFamily(
    plan.networking.podSubnet,
    'networking.podSubnet',
    families,
    'cidr',
    false,
    issues,
  );
  checkPerFamily(
    plan.networking.serviceSubnet,
    'networking.serviceSubnet',
    families,
    'cidr',
    requireService,
    issues,
  );
  plan.nodes.forEach((node, i) => {
    checkPerFamily(node.ips, `nodes.${i}.ips`, families, 'ip', families.length > 1, issues);
    if (node.role === 'control-plane' && node.bindPort.trim() !== '') {
      const port = node.bindPort.trim();
      const value = /^[0-9]+$/.test(port) ? Number(port) : port;
      for (const issue of checkPort(value)) issues.push({ ...issue, path: `nodes.${i}.bindPort` });
    }
  });
  return issues;
}

function checkPerFamily(
  values: PerFamily,
  prefix: string,
  families: readonly IpFamily[],
  kind: 'cidr' | 'ip',
  required: boolean,
  issues: Issue[],
): void {
  for (const family of families) {
    const path = `${prefix}.${family}`;
    const text = values[family].trim();
    if (text === '') {
      if (required) issues.push(makeIssue('required', { path }, { field: path }));
      continue;
    }
    const pair = splitFamilyPair(text, kind);
    if (pair) {
      issues.push(...pairIssues(text, pair, path));
      continue;
    }
    const parsed = kind === 'cidr' ? parseCidr(text) : parseIp(text);
    const actual = parsed.ok
      ? 'cidr' in parsed
        ? parsed.cidr.family
        : parsed.ip.family
      : undefined;
    if (actual !== undefined && actual !== family) {
      issues.push(makeIssue('wrong_family', { path }, { value: text, expected: family }));
    }
  }
}

/** A comma list in a per-family field, which holds one value: where each entry goes, or why not. */
function pairIssues(text: string, pair: FamilyPairSplit, path: string): Issue[] {
  if (!pair.ok) return pair.issues.map((issue) => ({ ...issue, path }));
  return [makeIssue('family_pair', { path }, { value: text, ipv4: pair.ipv4, ipv6: pair.ipv6 })];
}
