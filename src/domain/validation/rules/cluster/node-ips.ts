import { ipKind } from '../../../net/index.ts';
import type { IpAddress, IpFamily } from '../../../net/types.ts';
import { ipOf } from '../documents/addresses.ts';

/** A node's kubelet node-ip, read as kubelet reads it. */
export interface NodeIps {
  readonly path: string;
  /** The argument is present and not empty. */
  readonly set: boolean;
  /** Entries that parse; kubelet trims each entry and ignores the rest (RULES.md §19). */
  readonly entries: readonly IpAddress[];
  /** Every entry parses and the list is one IP or a pair of different families. */
  readonly valid: boolean;
}

/** Reads a node-ip argument value (undefined when absent). */
export function nodeIpsOf(value: string | undefined, path: string): NodeIps {
  if (value === undefined || value.trim() === '')
    return { path, set: false, entries: [], valid: false };
  // kubelet trims entries and skips empty ones.
  const parts = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const entries = parts.flatMap((part) => {
    const ip = ipOf(part);
    return ip ? [ip] : [];
  });
  const valid =
    entries.length === parts.length &&
    (entries.length === 1 || (entries.length === 2 && entries[0]?.family !== entries[1]?.family));
  return { path, set: true, entries, valid };
}

/** The families of a valid node-ip list, primary first; undefined when the list is not usable. */
export function nodeIpFamilies(ips: NodeIps): IpFamily[] | undefined {
  return ips.valid ? ips.entries.map((ip) => ip.family) : undefined;
}

/**
 * Whether an address names a real host address: `0.0.0.0`/`::` mean "detect", and a loopback
 * advertise address means "the address on lo" (RULES.md §11), so neither identifies a node.
 */
export function isConcrete(ip: IpAddress): boolean {
  const kind = ipKind(ip);
  return kind !== 'unspecified' && kind !== 'loopback';
}

/** An address a node claims, with the field that claims it. */
export interface NodeAddress {
  readonly ip: IpAddress;
  readonly path: string;
}

/** A node's concrete addresses: node-ip entries, then the advertise address, each once. */
export function nodeAddresses(node: {
  readonly nodeIps: NodeIps;
  readonly advertise?: { readonly ip: IpAddress; readonly path: string };
}): NodeAddress[] {
  const claims: NodeAddress[] = node.nodeIps.entries.map((ip) => ({ ip, path: node.nodeIps.path }));
  if (node.advertise) claims.push({ ip: node.advertise.ip, path: node.advertise.path });
  const seen = new Set<string>();
  return claims.filter((claim) => {
    const key = `${claim.ip.family}/${claim.ip.value}`;
    if (!isConcrete(claim.ip) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
