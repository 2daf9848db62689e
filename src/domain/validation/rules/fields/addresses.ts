import { nodeIpEntries } from '../../../kubeadm/flags.ts';
import { ipKind, parseIp } from '../../../net/ip.ts';
import { documentationPrefixOf } from '../../../net/special.ts';
import type { IpAddress, IpKind } from '../../../net/types.ts';
import { atEntry, type Issue } from '../../issues.ts';
import { describeValue, issue, noncanonicalIssue } from './shared.ts';

/** What an address is for: the API server advertise address, a kubelet node IP, or a certificate SAN. */
export type IpPurpose = 'advertise' | 'node' | 'san';

// advertise: VerifyAPIServerBindAddress wants global unicast, but loopback means "use lo's
// address" and unspecified means auto-detect (RULES.md §11). node: kubelet's runtime checks
// (§19); a lone 0.0.0.0 or :: means "detect", and broadcast cannot sit on an interface.
const REFUSED: Record<IpPurpose, readonly IpKind[]> = {
  advertise: ['link-local', 'multicast', 'broadcast'],
  node: ['loopback', 'link-local', 'multicast', 'broadcast'],
  san: [],
};

/** Checks one IP address as kubeadm reads it (ParseIPSloppy, RULES.md §21) for the given use. */
export function checkIp(value: string, purpose: IpPurpose): { issues: Issue[]; ip?: IpAddress } {
  if (typeof value !== 'string')
    return { issues: [issue('ip_syntax', { value: describeValue(value) })] };
  const parsed = parseIp(value);
  if (!parsed.ok) return { issues: [issue('ip_syntax', { value })] };
  const kind = ipKind(parsed.ip);
  if (kind !== 'unicast' && REFUSED[purpose].includes(kind)) {
    return { issues: [issue('ip_not_unicast', { ip: parsed.canonical, kind })], ip: parsed.ip };
  }
  const issues: Issue[] = [];
  if (!parsed.isCanonical) {
    issues.push(noncanonicalIssue(value, parsed.canonical, parsed.leadingZeros));
  }
  const documentation = documentationPrefixOf(parsed.ip);
  if (documentation !== undefined) {
    issues.push(issue('documentation_prefix', { value, prefix: documentation }));
  }
  return { issues, ip: parsed.ip };
}

/**
 * Checks a kubelet `--node-ip` value (RULES.md §19): entries are split on ',' and trimmed; one IP
 * or a dual-stack pair. Unlike kubelet, an entry that is not an IP is an error, not ignored.
 */
export function checkNodeIpList(value: string): { issues: Issue[]; ips: IpAddress[] } {
  if (typeof value !== 'string') {
    return { issues: [issue('ip_syntax', { value: describeValue(value) })], ips: [] };
  }
  // Blank means "not set": kubelet detects the address itself.
  if (value.trim() === '') return { issues: [], ips: [] };
  const entries = nodeIpEntries(value);
  const issues: Issue[] = [];
  // kubelet skips empty entries; harmless, but worth tidying.
  if (entries.length < value.split(',').length) {
    issues.push(issue('node_ip_list', { value, reason: 'empty_entry' }, { severity: 'warning' }));
  }
  const checked = entries.map(({ text, entry }) => {
    const result = checkIp(text, 'node');
    return { ...result, issues: atEntry(result.issues, entry) };
  });
  const syntax = checked.flatMap((c) => c.issues.filter((i) => i.code === 'ip_syntax'));
  const ips = checked.flatMap((c) => (c.ip ? [c.ip] : []));
  if (syntax.length > 0) return { issues: [...issues, ...syntax], ips };
  const shape = nodeIpShapeIssue(value, ips);
  if (shape !== undefined) return { issues: [...issues, shape], ips };
  return { issues: [...issues, ...checked.flatMap((c) => c.issues)], ips };
}

function nodeIpShapeIssue(value: string, ips: readonly IpAddress[]): Issue | undefined {
  if (ips.length > 2) return issue('node_ip_list', { value, reason: 'too_many' });
  const [first, second] = ips;
  if (!first || !second) return undefined;
  if (first.family === second.family)
    return issue('node_ip_list', { value, reason: 'same_family' });
  if (first.value === 0n || second.value === 0n) {
    return issue('node_ip_list', { value, reason: 'unspecified_in_pair' });
  }
  return undefined;
}
