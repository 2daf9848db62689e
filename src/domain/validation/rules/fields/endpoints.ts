import { formatIp, parseIp } from '../../../net/ip.ts';
import type { Issue, IssueParamsByCode } from '../../issues.ts';
import { parsePort, splitHostPort, type SplitError } from './hostPort.ts';
import { isDns1123Subdomain } from './names.ts';
import { describeValue, issue } from './shared.ts';

/** Why an endpoint text is refused, as the endpoint_syntax issue names it. */
export type EndpointSyntaxReason = IssueParamsByCode['endpoint_syntax']['reason'];

/** A parsed `host[:port]`; `port` is absent when none was written. */
export type HostPort = { host: string; port?: string } | { error: EndpointSyntaxReason };

/** Checks a bindPort: an integer (or digit string) from 1 to 65535; the caller maps 0 or absent to 6443. */
export function checkPort(value: unknown): Issue[] {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535)
    return [];
  if (typeof value === 'string' && parsePort(value) !== undefined) return [];
  return [issue('port_range', { value: describeValue(value) })];
}

function isHost(host: string): boolean {
  return parseIp(host).ok || isDns1123Subdomain(host);
}

/**
 * Parses `host`, `host:port`, `[ipv6]:port` or a bare IPv6 like kubeadm's ParseHostPort
 * (RULES.md §12): when Go cannot split it, the whole text is the host; the host must be an IP or
 * a DNS-1123 subdomain and a written port 1..65535.
 */
export function parseHostPort(value: string): HostPort {
  if (typeof value !== 'string') return { error: 'bad_host' };
  const split = splitHostPort(value);
  const host = 'error' in split ? value : split.host;
  const port = 'error' in split ? '' : split.port;
  if (port !== '' && parsePort(port) === undefined) return { error: 'bad_port' };
  if (isHost(host)) return port === '' ? { host } : { host, port };
  return { error: 'error' in split ? diagnose(value, split.error) : 'bad_host' };
}

// Names the likely mistake for a text Go could not split and that is not a host either.
function diagnose(value: string, error: SplitError): EndpointSyntaxReason {
  if (value.startsWith('[') && value.endsWith(']') && parseIp(value.slice(1, -1)).ok) {
    return 'brackets_without_port';
  }
  if (error !== 'too_many_colons') return 'bad_host';
  if (looksLikeUnbracketedIpv6(value)) return 'unbracketed_ipv6';
  return value.startsWith('[') || value.includes('.') ? 'too_many_colons' : 'bad_host';
}

function looksLikeUnbracketedIpv6(value: string): boolean {
  const lastColon = value.lastIndexOf(':');
  return parseIp(value).ok || (lastColon > 0 && parseIp(value.slice(0, lastColon)).ok);
}

/** Checks ClusterConfiguration.controlPlaneEndpoint (ValidateHostPort, RULES.md §12); empty is allowed. */
export function checkControlPlaneEndpoint(value: string): Issue[] {
  if (value === '') return [];
  const parsed = parseHostPort(value);
  if ('error' in parsed) {
    return [issue('endpoint_syntax', { value: describeValue(value), reason: parsed.error })];
  }
  const suggestion = parsed.port === undefined ? portLikeLastGroup(value) : undefined;
  return suggestion === undefined
    ? []
    : [issue('endpoint_ipv6_port_ambiguous', { value, suggestion })];
}

/**
 * For a bare IPv6 endpoint (kubeadm takes it whole as the host, RULES.md §12) whose last group is
 * a plausible port, the `[addr]:port` the user probably meant; undefined otherwise. Plausible: 3 to
 * 5 decimal digits, 100..65535 (so `fd00::1` or `fd00::10:1` stay plain addresses), and what comes
 * before the last colon an IPv6 address itself (so not `fd00::6443`, nor a full eight groups). A
 * group with hex letters, a bracketed or an IPv4 host never warns.
 */
function portLikeLastGroup(value: string): string | undefined {
  if (value.startsWith('[') || !value.includes(':')) return undefined;
  const lastColon = value.lastIndexOf(':');
  const group = value.slice(lastColon + 1);
  const port = /^\d{3,5}$/u.test(group) ? Number(group) : 0;
  if (port < 100 || port > 65535) return undefined;
  const host = value.slice(0, lastColon);
  return host.includes(':') && parseIp(host).ok ? `[${host}]:${group}` : undefined;
}

/**
 * Checks discovery.bootstrapToken.apiServerEndpoint (RULES.md §13): `host:port` with IPv6 in
 * brackets, as Go's SplitHostPort needs, and (stricter than kubeadm) a real host and port 1..65535.
 */
export function checkApiServerEndpoint(value: string): Issue[] {
  if (value === '' || value === undefined || value === null) {
    return [issue('required', { field: 'apiServerEndpoint' })];
  }
  const text = describeValue(value);
  const fail = (reason: EndpointSyntaxReason) => [
    issue('endpoint_syntax', { value: text, reason }),
  ];
  const split = splitHostPort(text);
  if ('error' in split) {
    if (split.error === 'missing_port') {
      return fail(
        text.startsWith('[') && text.endsWith(']') ? 'brackets_without_port' : 'missing_port',
      );
    }
    if (split.error === 'too_many_colons') {
      return fail(looksLikeUnbracketedIpv6(text) ? 'unbracketed_ipv6' : 'too_many_colons');
    }
    return fail('bad_host');
  }
  if (split.port === '') return fail('missing_port');
  if (parsePort(split.port) === undefined) return fail('bad_port');
  if (!isHost(split.host)) return fail('bad_host');
  return [];
}

/**
 * The API server URL kubeadm derives (GetControlPlaneEndpoint): the controlPlaneEndpoint with its
 * own port or else bindPort, or the advertise address and bindPort; undefined when kubeadm fails.
 */
export function controlPlaneEndpointUrl(
  controlPlaneEndpoint: string,
  advertiseAddress: string,
  bindPort: number,
): string | undefined {
  if (!Number.isInteger(bindPort) || bindPort < 1 || bindPort > 65535) return undefined;
  if (typeof advertiseAddress !== 'string' || typeof controlPlaneEndpoint !== 'string')
    return undefined;
  const advertise = parseIp(advertiseAddress);
  if (!advertise.ok) return undefined;
  let host = formatIp(advertise.ip);
  let port = String(bindPort);
  if (controlPlaneEndpoint !== '') {
    const parsed = parseHostPort(controlPlaneEndpoint);
    if ('error' in parsed) return undefined;
    host = parsed.host;
    port = parsed.port ?? port;
  }
  return `https://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
