import { cidrContains, cidrContainsCidr, cidrsOverlap, formatCidr, parseCidr } from './cidr.ts';
import type { Cidr, IpAddress } from './types.ts';

function knownCidr(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed.ok || !parsed.isCanonical) throw new Error(`net: bad built-in prefix ${text}`);
  return parsed.cidr;
}

/** Address blocks reserved for documentation (RFC 5737, RFC 3849, RFC 9637); real clusters should not use them. */
export const DOCUMENTATION_PREFIXES: readonly Cidr[] = [
  '192.0.2.0/24',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '2001:db8::/32',
  '3fff::/20',
].map(knownCidr);

/** fec0::/10, IPv6 site-local, deprecated by RFC 3879; kubeadm warns when a subnet touches it (RULES.md §3). */
export const SITE_LOCAL_PREFIX: Cidr = knownCidr('fec0::/10');

/** fc00::/7, IPv6 unique local addresses (RFC 4193). */
export const UNIQUE_LOCAL_PREFIX: Cidr = knownCidr('fc00::/7');

function isCidr(x: Cidr | IpAddress): x is Cidr {
  return 'prefix' in x;
}

/** The documentation prefix (as canonical text) that the address lies in or the block overlaps, if any. */
export function documentationPrefixOf(x: Cidr | IpAddress): string | undefined {
  const hit = DOCUMENTATION_PREFIXES.find((doc) =>
    isCidr(x) ? cidrsOverlap(doc, x) : cidrContains(doc, x),
  );
  return hit && formatCidr(hit);
}

/** Whether the block shares any address with the deprecated site-local range fec0::/10. */
export function touchesSiteLocal(c: Cidr): boolean {
  return cidrsOverlap(SITE_LOCAL_PREFIX, c);
}

/** Whether the address, or the whole block, lies in fc00::/7 (unique local). */
export function isUniqueLocal(x: Cidr | IpAddress): boolean {
  return isCidr(x)
    ? cidrContainsCidr(UNIQUE_LOCAL_PREFIX, x)
    : cidrContains(UNIQUE_LOCAL_PREFIX, x);
}

/**
 * An RFC 4193 /48 ULA prefix: `fd` followed by a 40-bit Global ID taken from the first 5 bytes;
 * throws a RangeError when fewer than 5 bytes are given.
 */
export function ulaPrefixFromRandom(bytes: Uint8Array): Cidr {
  if (bytes.length < 5) throw new RangeError('net: a ULA Global ID needs 5 random bytes');
  let network = 0xfdn;
  for (const byte of bytes.subarray(0, 5)) network = (network << 8n) | BigInt(byte);
  // fd + 40 bits fill the top 48 bits; the remaining 80 bits are the subnet and interface IDs.
  return { family: 'ipv6', network: network << 80n, prefix: 48 };
}
