import { KUBEADM_LIMITS } from '../../../kubeadm/documents.ts';
import { cidrHostBits, cidrKubeadmSize, parseCidr } from '../../../net/cidr.ts';
import { familyBits } from '../../../net/ip.ts';
import { documentationPrefixOf, touchesSiteLocal } from '../../../net/special.ts';
import type { Cidr, CidrParseResult } from '../../../net/types.ts';
import { atEntry, type Issue } from '../../issues.ts';
import { hasPrefixLeadingZero, issue, noncanonicalIssue } from './shared.ts';

/** Which kubeadm field a subnet list is: podSubnet (min 14 addresses) or serviceSubnet (min 10, max 20 host bits). */
export type SubnetKind = 'pod' | 'service';

type ParsedCidr = Extract<CidrParseResult, { ok: true }>;

const MINIMUM_ADDRESSES: Record<SubnetKind, number> = {
  pod: KUBEADM_LIMITS.minPodAddresses,
  service: KUBEADM_LIMITS.minServiceAddresses,
};

const FIELD: Record<SubnetKind, string> = {
  pod: 'networking.podSubnet',
  service: 'networking.serviceSubnet',
};

/**
 * Checks a podSubnet or serviceSubnet value as kubeadm does (RULES.md §3, §4.1): one CIDR or a
 * dual-stack pair, split on ',' without trimming; returns the parsed networks in order.
 */
export function checkCidrList(
  value: string,
  kind: SubnetKind,
): { issues: Issue[]; cidrs: Cidr[]; entries: number[] } {
  if (typeof value !== 'string' || value === '') {
    return { issues: [issue('required', { field: FIELD[kind] })], cidrs: [], entries: [] };
  }
  const parts = value.split(',').map((text, entry) => ({ text, entry, result: parseCidr(text) }));
  const parsed = parts.flatMap((e) =>
    e.result.ok ? [{ cidr: e.result.cidr, entry: e.entry }] : [],
  );
  const cidrs = parsed.map((p) => p.cidr);
  const entries = parsed.map((p) => p.entry);
  const syntax = syntaxIssues(value, parts);
  if (syntax.length > 0) return { issues: syntax, cidrs, entries };
  const shape = listShapeIssue(value, parts.length, cidrs);
  if (shape !== undefined) return { issues: [shape], cidrs, entries };
  const issues = parts.flatMap((e) =>
    e.result.ok ? atEntry(entryIssues(e.text, e.result, kind), e.entry) : [],
  );
  return { issues, cidrs, entries };
}

function syntaxIssues(
  value: string,
  entries: ReadonlyArray<{ text: string; entry: number; result: CidrParseResult }>,
): Issue[] {
  const issues: Issue[] = [];
  let whitespaceReported = false;
  for (const { text, entry, result } of entries) {
    if (result.ok) continue;
    // kubeadm does not trim entries (RULES.md §3.1); say so when trimming would have fixed it.
    if (text.trim() !== text && parseCidr(text.trim()).ok) {
      if (!whitespaceReported) issues.push(issue('subnet_list', { value, reason: 'whitespace' }));
      whitespaceReported = true;
    } else {
      issues.push(...atEntry([issue('cidr_syntax', { value: text })], entry));
    }
  }
  return issues;
}

function listShapeIssue(value: string, count: number, cidrs: readonly Cidr[]): Issue | undefined {
  if (count > 2) return issue('subnet_list', { value, reason: 'too_many' });
  const [first, second] = cidrs;
  if (first && second && first.family === second.family) {
    return issue('subnet_list', { value, reason: 'same_family' });
  }
  return undefined;
}

function entryIssues(text: string, parsed: ParsedCidr, kind: SubnetKind): Issue[] {
  const issues: Issue[] = [];
  // kubeadm masks host bits off and carries on (RULES.md §3.5), so this is a warning, not a stop.
  if (parsed.hasHostBits) {
    issues.push(issue('cidr_host_bits', { value: text, network: parsed.canonical }));
  }
  const size = sizeIssue(parsed, kind);
  if (size !== undefined) return [...issues, size];
  if (!parsed.hasHostBits && !parsed.isCanonical) {
    const leadingZeros = parsed.leadingZeros || hasPrefixLeadingZero(text);
    issues.push(noncanonicalIssue(text, parsed.canonical, leadingZeros));
  }
  const documentation = documentationPrefixOf(parsed.cidr);
  if (documentation !== undefined) {
    issues.push(issue('documentation_prefix', { value: text, prefix: documentation }));
  }
  if (touchesSiteLocal(parsed.cidr)) issues.push(issue('site_local', { value: text }));
  return issues;
}

function sizeIssue(parsed: ParsedCidr, kind: SubnetKind): Issue | undefined {
  const { cidr, canonical } = parsed;
  const bits = familyBits(cidr.family);
  // Checked before the minimum: RangeSize counts a /0 or /1 as 0 addresses (RULES.md §2), and
  // "too large" is the truer message for those.
  if (kind === 'service' && cidrHostBits(cidr) > KUBEADM_LIMITS.maxServiceHostBits) {
    const minPrefix = bits - KUBEADM_LIMITS.maxServiceHostBits;
    return issue('service_subnet_too_large', { cidr: canonical, bits, minPrefix });
  }
  const addresses = cidrKubeadmSize(cidr);
  const minimum = MINIMUM_ADDRESSES[kind];
  if (addresses < BigInt(minimum)) {
    return issue('subnet_too_small', { cidr: canonical, addresses: String(addresses), minimum });
  }
  return undefined;
}
