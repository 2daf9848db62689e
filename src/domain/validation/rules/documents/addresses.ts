import { parseCidr, parseIp } from '../../../net/index.ts';
import type { Cidr, IpAddress } from '../../../net/types.ts';

/**
 * Quiet parsers for rules that look at values already checked at field level: they return
 * undefined for text that does not parse, since the field rule has reported it.
 */
export function ipOf(text: string): IpAddress | undefined {
  const parsed = parseIp(text);
  return parsed.ok ? parsed.ip : undefined;
}

/** The network of a CIDR text, or undefined when it does not parse. */
export function cidrOf(text: string): Cidr | undefined {
  const parsed = parseCidr(text);
  return parsed.ok ? parsed.cidr : undefined;
}

/** Every entry of a comma list as a CIDR, or undefined when any entry does not parse (kubeadm does not trim). */
export function cidrListOf(text: string): Cidr[] | undefined {
  const cidrs: Cidr[] = [];
  for (const entry of text.split(',')) {
    const cidr = cidrOf(entry);
    if (cidr === undefined) return undefined;
    cidrs.push(cidr);
  }
  return cidrs;
}
