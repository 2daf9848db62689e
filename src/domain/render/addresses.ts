import { parseCidr } from '../net/cidr.ts';
import { parseIp } from '../net/ip.ts';
import type { IpFamily } from '../net/types.ts';
import { stackFamilies } from '../plan/plan.ts';
import type { PerFamily, StackMode } from '../plan/plan.ts';

/** One entry of a comma list built from per-family plan fields. */
export interface FamilyEntry {
  family: IpFamily;
  text: string;
}

/**
 * A CIDR as it goes into a config: canonical `network/prefix` when it parses without host bits,
 * else the trimmed text as typed, so validation of the output can still report the mistake.
 */
export function renderCidrText(text: string): string {
  const trimmed = text.trim();
  const parsed = parseCidr(trimmed);
  return parsed.ok && !parsed.hasHostBits ? parsed.canonical : trimmed;
}

/** An IP as it goes into a config: canonical when it parses, else the trimmed text as typed. */
export function renderIpText(text: string): string {
  const trimmed = text.trim();
  const parsed = parseIp(trimmed);
  return parsed.ok ? parsed.canonical : trimmed;
}

/**
 * The stack's non-empty per-family values, primary family first (SPEC §2.1: the primary family
 * decides the order of every comma list); values of a family the stack lacks are left out.
 */
export function familyEntries(
  values: PerFamily,
  stack: StackMode,
  render: (text: string) => string,
): FamilyEntry[] {
  const entries: FamilyEntry[] = [];
  for (const family of stackFamilies(stack)) {
    if (values[family].trim() !== '') entries.push({ family, text: render(values[family]) });
  }
  return entries;
}

/** The entries as kubeadm's comma-separated list. */
export function joinEntries(entries: readonly FamilyEntry[]): string {
  return entries.map((e) => e.text).join(',');
}

/** `host:port`, with an IPv6 host in brackets (RULES §12). */
export function joinHostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/**
 * The endpoint with `port` appended when it names none (kubeadm appends the bind port, RULES §12):
 * `host` and a bare IPv6 address get a port, `[v6]` gets one after the bracket; anything else
 * (`host:port`, `[v6]:port`, malformed text) stays as typed for validation to judge.
 */
export function endpointWithPort(endpoint: string, port: number): string {
  if (endpoint.startsWith('[')) return endpoint.endsWith(']') ? `${endpoint}:${port}` : endpoint;
  const colons = endpoint.split(':').length - 1;
  if (colons === 0) return `${endpoint}:${port}`;
  if (colons === 1) return endpoint;
  return parseIp(endpoint).ok ? `[${endpoint}]:${port}` : endpoint;
}
