// Go's net.SplitHostPort and k8s.io/utils ParsePort, reproduced closely enough that kubeadm's
// ParseHostPort and join discovery give the same verdicts (RULES.md §12, §13).

/** Why Go's SplitHostPort refused a text. */
export type SplitError =
  'missing_port' | 'too_many_colons' | 'missing_bracket' | 'unexpected_bracket';

/** Splits `host:port` or `[host]:port` like Go's net.SplitHostPort (the port may be empty). */
export function splitHostPort(
  text: string,
): { host: string; port: string } | { error: SplitError } {
  if (typeof text !== 'string') return { error: 'missing_port' };
  const lastColon = text.lastIndexOf(':');
  if (lastColon < 0) return { error: 'missing_port' };
  let host: string;
  let scanFrom = 0;
  let scanCloseFrom = 0;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return { error: 'missing_bracket' };
    if (close + 1 === text.length) return { error: 'missing_port' };
    if (close + 1 !== lastColon) {
      return { error: text[close + 1] === ':' ? 'too_many_colons' : 'missing_port' };
    }
    host = text.slice(1, close);
    scanFrom = 1;
    scanCloseFrom = close + 1;
  } else {
    host = text.slice(0, lastColon);
    if (host.includes(':')) return { error: 'too_many_colons' };
  }
  if (text.slice(scanFrom).includes('[') || text.slice(scanCloseFrom).includes(']')) {
    return { error: 'unexpected_bracket' };
  }
  return { host, port: text.slice(lastColon + 1) };
}

/**
 * Reads a port like k8s.io/utils ParsePort: decimal digits only (leading zeros allowed), at most
 * 65535, and 0 only when `allowZero`; undefined when it is not a port.
 */
export function parsePort(text: string, allowZero = false): number | undefined {
  if (typeof text !== 'string' || !/^\d+$/u.test(text)) return undefined;
  const significant = text.replace(/^0+(?=\d)/u, '');
  if (significant.length > 5) return undefined;
  const port = Number(significant);
  if (port > 65535 || (port === 0 && !allowZero)) return undefined;
  return port;
}
