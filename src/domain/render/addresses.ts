import { parseCidr } from '../net/cidr.ts';
import { parseIp } from '../net/ip.ts';

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
