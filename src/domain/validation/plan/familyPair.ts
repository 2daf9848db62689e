import { parseCidr } from '../../net/cidr.ts';
import { ipKind, parseIp } from '../../net/ip.ts';
import type { IpFamily } from '../../net/types.ts';
import type { StackMode } from '../../plan/plan.ts';
import { makeIssue, type Issue } from '../issues.ts';

/** What a per-family field holds: a subnet (pod, service) or a node address. */
export type FamilyPairKind = 'cidr' | 'ip';

/** A comma-joined value read as one entry per family, or why it cannot be. */
export type FamilyPairSplit =
  | {
      ok: true;
      ipv4: string;
      ipv6: string;
      /** The family of the first entry: the primary family, which leads every list. */
      primary: IpFamily;
      /** The dual-stack choice that keeps `primary` first. */
      stack: StackMode;
    }
  /** Issues have path ''; callers place them on the field the text was typed into. */
  | { ok: false; issues: Issue[] };

/**
 * Reads a comma-joined value typed or pasted into one per-family field (the docs page's
 * `10.244.0.0/16,2001:db8:42:0::/56`) as its IPv4 and IPv6 entries, trimmed; undefined when the
 * text has no comma. Three or more entries, two of one family, or an entry that is not a value of
 * `kind` cannot be split, and the issues say what to write instead.
 */
export function splitFamilyPair(text: string, kind: FamilyPairKind): FamilyPairSplit | undefined {
  if (!text.includes(',')) return undefined;
  const value = text.trim();
  const parts = value.split(',').map((part) => part.trim());
  const list = (reason: 'too_many' | 'same_family') =>
    kind === 'cidr'
      ? makeIssue('subnet_list', { path: '' }, { value, reason })
      : makeIssue('node_ip_list', { path: '' }, { value, reason });
  if (parts.length > 2) return refused(list('too_many'));
  if (kind === 'ip' && parts.includes('')) {
    return refused(makeIssue('node_ip_list', { path: '' }, { value, reason: 'empty_entry' }));
  }
  const families: IpFamily[] = [];
  const bad: Issue[] = [];
  for (const part of parts) {
    const family = familyOf(part, kind);
    if (family === undefined) {
      bad.push(
        makeIssue(kind === 'cidr' ? 'cidr_syntax' : 'ip_syntax', { path: '' }, { value: part }),
      );
    } else families.push(family);
  }
  if (bad.length > 0) return { ok: false, issues: bad };
  const [first, second] = families;
  if (first === undefined || second === undefined || first === second) {
    return refused(list('same_family'));
  }
  if (kind === 'ip' && parts.some(isUnspecified)) {
    return refused(
      makeIssue('node_ip_list', { path: '' }, { value, reason: 'unspecified_in_pair' }),
    );
  }
  const [a = '', b = ''] = parts;
  return {
    ok: true,
    ipv4: first === 'ipv4' ? a : b,
    ipv6: first === 'ipv6' ? a : b,
    primary: first,
    stack: first === 'ipv4' ? 'dual-ipv4-primary' : 'dual-ipv6-primary',
  };
}

function refused(issue: Issue): FamilyPairSplit {
  return { ok: false, issues: [issue] };
}

function familyOf(text: string, kind: FamilyPairKind): IpFamily | undefined {
  if (kind === 'cidr') {
    const parsed = parseCidr(text);
    return parsed.ok ? parsed.cidr.family : undefined;
  }
  const parsed = parseIp(text);
  return parsed.ok ? parsed.ip.family : undefined;
}

function isUnspecified(text: string): boolean {
  const parsed = parseIp(text);
  return parsed.ok && ipKind(parsed.ip) === 'unspecified';
}
