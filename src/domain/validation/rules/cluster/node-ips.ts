import { nodeIpEntries } from '../../../kubeadm/flags.ts';
import { ipKind } from '../../../net/index.ts';
import type { IpAddress, IpFamily } from '../../../net/types.ts';
import { ipOf } from '../documents/addresses.ts';

/** One parsed node-ip entry, with its 0-based place in the comma list. */
export type NodeIpEntry = IpAddress & { readonly entry: number };

/** A node's kubelet node-ip, read as kubelet reads it. */
export interface NodeIps {
  readonly path: string;
  /** The argument is present and not empty. */
  readonly set: boolean;
  /** Entries that parse; kubelet trims each entry and ignores the rest (RULES.md §19). */
  readonly entries: readonly NodeIpEntry[];
  /** Every entry parses and the list is one IP or a pair of different families. */
  readonly valid: boolean;
}

/** Reads a node-ip argument value (undefined when absent). */
export function nodeIpsOf(value: string | undefined, path: string): NodeIps {
  if (value === undefined || value.trim() === '')
    return { path, set: false, entries: [], valid: false };
  const parts = nodeIpEntries(value);
  const entries = parts.flatMap(({ text, entry }) => {
    const ip = ipOf(text);
    return ip ? [{ ...ip, entry }] : [];
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

/** An address a node claims, with the field (and the entry of a node-ip list) that claims it. */
export interface NodeAddress {
  readonly ip: IpAddress;
  readonly path: string;
  readonly entry?: number;
}

/** A node's concrete addresses: node-ip entries, then the advertise address, each once. */
export function nodeAddresses(node: {
  readonly nodeIps: NodeIps;
  readonly advertise?: { readonly ip: IpAddress; readonly path: string };
}): NodeAddress[] {
  const claims: NodeAddress[] = node.nodeIps.entries.map(({ entry, ...ip }) => ({
    ip,
    path: node.nodeIps.path,
    entry,
  }));
  if (node.advertise) claims.push({ ip: node.advertise.ip, path: node.advertise.path });
  const seen = new Set<string>();
  return claims.filter((claim) => {
    const key = `${claim.ip.family}/${claim.ip.value}`;
    if (!isConcrete(claim.ip) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
