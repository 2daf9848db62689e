import { familyBits, formatIp } from './ip.ts';
import { ipv4FromMappedBits, isIpv4MappedBits, scanIp, scanIpv4, scanIpv6 } from './scan.ts';
import { cidrSyntaxReason, prefixSyntaxReason } from './syntax.ts';
import type { Cidr, CidrParseResult, IpAddress, IpFamily } from './types.ts';

/** k8s.io/utils RangeSize caps IPv6 sizes at Go's math.MaxInt64. */
const INT64_MAX = 9223372036854775807n;

function hostMask(bits: number, prefix: number): bigint {
  return (1n << BigInt(bits - prefix)) - 1n;
}

function networkOf(value: bigint, bits: number, prefix: number): bigint {
  return value & ~hostMask(bits, prefix);
}

/**
 * Parses a CIDR the way kubeadm's ParseCIDRSloppy does: host bits are masked off (and reported),
 * the prefix may have leading zeros, and an IPv4-mapped address with a prefix of 96 or more is an
 * IPv4 block (`::ffff:1.1.1.0/120` is 1.1.1.0/24); a bare address is 'prefix_missing'.
 */
export function parseCidr(text: string): CidrParseResult {
  const slash = text.indexOf('/');
  if (slash < 0) return { ok: false, reason: cidrSyntaxReason(text) };
  const addressText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  // Go's ParseCIDR tries dotted IPv4 first; any other address form uses the 128-bit limit.
  const v4 = scanIpv4(addressText);
  const raw = v4 ?? scanIpv6(addressText);
  const rawBits = v4 === undefined ? 128 : 32;
  if (raw === undefined || prefixSyntaxReason(prefixText, rawBits) !== undefined) {
    return { ok: false, reason: cidrSyntaxReason(text) };
  }
  const rawPrefix = Number(prefixText);
  const hasHostBits = (raw.value & hostMask(rawBits, rawPrefix)) !== 0n;
  const cidr = toCidr(raw.value, rawBits, rawPrefix);
  const address = scanIp(addressText)?.ip ?? { family: cidr.family, value: raw.value };
  const canonical = formatCidr(cidr);
  return {
    ok: true,
    cidr,
    address,
    canonical,
    hasHostBits,
    isCanonical: text === canonical,
    leadingZeros: raw.leadingZeros,
  };
}

function toCidr(value: bigint, bits: 32 | 128, prefix: number): Cidr {
  if (bits === 32) return { family: 'ipv4', network: networkOf(value, 32, prefix), prefix };
  // RULES.md §21: kubeadm's To4() sees an IPv4 network only while the mask keeps all of ::ffff.
  if (prefix >= 96 && isIpv4MappedBits(value)) {
    const v4Prefix = prefix - 96;
    return {
      family: 'ipv4',
      network: networkOf(ipv4FromMappedBits(value), 32, v4Prefix),
      prefix: v4Prefix,
    };
  }
  return { family: 'ipv6', network: networkOf(value, 128, prefix), prefix };
}

/** Canonical `network/prefix` text, e.g. `10.96.0.0/12` or `fd00:10:96::/108`. */
export function formatCidr(c: Cidr): string {
  return `${formatIp({ family: c.family, value: c.network })}/${String(c.prefix)}`;
}

/** The number of host bits: 32 or 128 minus the prefix. */
export function cidrHostBits(c: Cidr): number {
  return familyBits(c.family) - c.prefix;
}

/** The exact number of addresses in the block, 2^(host bits). */
export function cidrSize(c: Cidr): bigint {
  return 1n << BigInt(cidrHostBits(c));
}

/**
 * The address count kubeadm compares with its minimums (k8s.io/utils RangeSize, RULES.md §2):
 * 0 for IPv4 with 31+ host bits or IPv6 with 127+, int64 max for other IPv6 with 63+, else exact.
 */
export function cidrKubeadmSize(c: Cidr): bigint {
  // Caveat: upstream counts bits of the mask as written, so `::ffff:0.0.0.0/97` is 2^31 there,
  // while here it is the IPv4 /1 it stands for and counts as 0. Either way kubeadm rejects it.
  const host = cidrHostBits(c);
  if (c.family === 'ipv4' ? host >= 31 : host >= 127) return 0n;
  if (host >= 63) return INT64_MAX;
  return cidrSize(c);
}

/** The last address of the block (the network address with every host bit set). */
export function cidrLastAddress(c: Cidr): IpAddress {
  return { family: c.family, value: c.network | hostMask(familyBits(c.family), c.prefix) };
}

/**
 * The address `index` steps after the network address, as k8s GetIndexedIP computes the service
 * VIP (1) and DNS IP (10); undefined when it falls outside the block, including any negative index.
 */
export function cidrAddressAt(c: Cidr, index: bigint): IpAddress | undefined {
  if (index < 0n || index >= cidrSize(c)) return undefined;
  return { family: c.family, value: c.network + index };
}

/** Whether the address lies in the block; always false across families. */
export function cidrContains(c: Cidr, ip: IpAddress): boolean {
  return (
    c.family === ip.family && networkOf(ip.value, familyBits(c.family), c.prefix) === c.network
  );
}

/** Whether `inner` lies entirely inside `outer` (equal blocks included); false across families. */
export function cidrContainsCidr(outer: Cidr, inner: Cidr): boolean {
  return (
    outer.family === inner.family &&
    outer.prefix <= inner.prefix &&
    networkOf(inner.network, familyBits(outer.family), outer.prefix) === outer.network
  );
}

/** Whether two blocks share at least one address (one contains the other); false across families. */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return cidrContainsCidr(a, b) || cidrContainsCidr(b, a);
}

/** The family of a CIDR text, or undefined when the text is not a CIDR. */
export function cidrFamilyOf(text: string): IpFamily | undefined {
  const parsed = parseCidr(text);
  return parsed.ok ? parsed.cidr.family : undefined;
}

/** The CIDR written in `text` (trimmed) when it parses and is of `family`; else undefined. */
export function cidrOfFamily(text: string, family: IpFamily): Cidr | undefined {
  const parsed = parseCidr(text.trim());
  return parsed.ok && parsed.cidr.family === family ? parsed.cidr : undefined;
}
