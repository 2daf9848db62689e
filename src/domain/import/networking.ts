import { nodeIpEntries } from '../kubeadm/flags.ts';
import { cidrFamilyOf } from '../net/cidr.ts';
import { ipFamilyOf } from '../net/ip.ts';
import { IP_FAMILIES, type IpFamily } from '../net/types.ts';
import type { PerFamily, StackMode } from '../plan/plan.ts';

/** One entry of a comma-separated address or subnet list, with its family. */
export interface ListEntry {
  family: IpFamily;
  text: string;
}

/**
 * The non-empty entries of a comma list, trimmed as kubelet trims node-ip (subnets too, so a
 * stray space shows on the field as typed). An entry that does not parse gets the family its text
 * suggests (a colon means IPv6), so the wizard can show it on the field where the user will fix it
 * rather than drop it.
 */
export function listEntries(text: string | undefined, kind: 'cidr' | 'ip'): ListEntry[] {
  if (text === undefined) return [];
  const familyOf = kind === 'cidr' ? cidrFamilyOf : ipFamilyOf;
  return nodeIpEntries(text).map(({ text: entry }) => ({
    family: familyOf(entry) ?? (entry.includes(':') ? 'ipv6' : 'ipv4'),
    text: entry,
  }));
}

/** The first entry of each family ('' for a family without one). */
export function byFamily(entries: readonly ListEntry[]): PerFamily {
  const values: PerFamily = { ipv4: '', ipv6: '' };
  for (const entry of entries) {
    if (values[entry.family] === '') values[entry.family] = entry.text;
  }
  return values;
}

/**
 * The stack the lists describe: every family that occurs in any of them, the primary family being
 * the first entry's of the first non-empty list (the service subnets, then the pod subnets, then
 * node IPs: kubeadm takes the primary family from the first service subnet, RULES §21), and
 * `fallback` when no list names a family.
 */
export function stackOf(
  ordered: readonly (readonly ListEntry[])[],
  extraFamilies: readonly IpFamily[],
  fallback: StackMode,
): StackMode {
  const families = new Set<IpFamily>(extraFamilies);
  for (const list of ordered) for (const entry of list) families.add(entry.family);
  const primary = ordered.find((list) => list.length > 0)?.[0]?.family;
  if (families.size === 0) return fallback;
  if (families.size === 1) return [...families][0] === 'ipv6' ? 'ipv6' : 'ipv4';
  const first = primary ?? IP_FAMILIES[0];
  return first === 'ipv6' ? 'dual-ipv6-primary' : 'dual-ipv4-primary';
}
