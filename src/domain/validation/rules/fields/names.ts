import { parseIp } from '../../../net/ip.ts';
import type { Issue, IssueParamsByCode } from '../../issues.ts';
import { describeValue, issue } from './shared.ts';

type DnsReason = IssueParamsByCode['dns_name']['reason'];

const MAX_SUBDOMAIN_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
const LABEL = '[a-z0-9](?:[-a-z0-9]*[a-z0-9])?';
const SUBDOMAIN = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`, 'u');

/** Whether the text is a lowercase RFC 1123 subdomain of at most 253 characters (apimachinery IsDNS1123Subdomain). */
export function isDns1123Subdomain(value: string): boolean {
  return typeof value === 'string' && value.length <= MAX_SUBDOMAIN_LENGTH && SUBDOMAIN.test(value);
}

/** Whether the text is `*.` followed by a DNS-1123 subdomain, 253 characters at most in all (IsWildcardDNS1123Subdomain). */
export function isWildcardDns1123Subdomain(value: string): boolean {
  return (
    typeof value === 'string' &&
    value.length <= MAX_SUBDOMAIN_LENGTH &&
    value.startsWith('*.') &&
    SUBDOMAIN.test(value.slice(2))
  );
}

/** The name kubeadm actually uses for a node name: trimmed and lower-cased (GetHostname, RULES.md §16). */
export function normalizeNodeName(value: string): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

/** DNS-1123 issues for `name`, reported with the text the user wrote (`shown`). */
function dnsNameIssues(name: string, shown: string = name): Issue[] {
  const fail = (reason: DnsReason) => [issue('dns_name', { value: shown, reason })];
  if (name.length > MAX_SUBDOMAIN_LENGTH) return fail('too_long');
  if (!SUBDOMAIN.test(name))
    return fail(SUBDOMAIN.test(name.toLowerCase()) ? 'uppercase' : 'syntax');
  return labelLengthIssues(name, shown);
}

// IsDNS1123Subdomain only limits the total length, but DNS itself caps each label (RULES.md §10).
function labelLengthIssues(name: string, shown: string = name): Issue[] {
  const long = name.split('.').some((label) => label.length > MAX_LABEL_LENGTH);
  return long
    ? [issue('dns_name', { value: shown, reason: 'label_too_long' }, { severity: 'warning' })]
    : [];
}

/** Checks networking.dnsDomain (or kubelet clusterDomain): a DNS-1123 subdomain (RULES.md §10); the caller defaults an empty value. */
export function checkDnsDomain(value: string): Issue[] {
  if (typeof value !== 'string')
    return [issue('dns_name', { value: describeValue(value), reason: 'syntax' })];
  return dnsNameIssues(value);
}

/**
 * Checks nodeRegistration.name as kubeadm does: empty means the host name, otherwise the name is
 * trimmed and lower-cased first, so only blank names and non-DNS-1123 names fail (RULES.md §16).
 */
export function checkNodeName(value: string): Issue[] {
  if (typeof value !== 'string')
    return [issue('dns_name', { value: describeValue(value), reason: 'syntax' })];
  if (value === '') return [];
  const name = normalizeNodeName(value);
  if (name === '') return [issue('dns_name', { value, reason: 'blank' })];
  return dnsNameIssues(name, value);
}

/**
 * Checks one certSANs entry (RULES.md §17): lower-cased first, then a DNS-1123 subdomain, a `*.`
 * wildcard of one, or an IP address.
 */
export function checkCertSan(value: string): Issue[] {
  if (typeof value !== 'string') {
    return [issue('dns_name', { value: describeValue(value), reason: 'cert_san' })];
  }
  const lower = value.toLowerCase();
  if (parseIp(lower).ok) return [];
  if (isDns1123Subdomain(lower) || isWildcardDns1123Subdomain(lower)) {
    return labelLengthIssues(lower, value);
  }
  return [issue('dns_name', { value, reason: 'cert_san' })];
}
