import ipaddr from 'ipaddr.js';
import { scanIp } from './scan.ts';
import { ipSyntaxReason } from './syntax.ts';
import type { IpAddress, IpFamily, IpKind, IpParseResult } from './types.ts';

// The only module that imports ipaddr.js (STYLE.md §2.3). It is used for RFC 5952 text only:
// its parser accepts `10.1`, octal and hex IPv4, so reading is done by scan.ts instead.

/** The number of bits in an address of the family: 32 for IPv4, 128 for IPv6. */
export function familyBits(family: IpFamily): 32 | 128 {
  return family === 'ipv4' ? 32 : 128;
}

/**
 * Parses an address the way kubeadm's ParseIPSloppy does: IPv4 leading zeros are decimal, and
 * IPv4-mapped IPv6 comes back as IPv4; zones, brackets, ports, whitespace and `/len` are rejected.
 */
export function parseIp(text: string): IpParseResult {
  const scanned = scanIp(text);
  if (scanned === undefined) return { ok: false, reason: ipSyntaxReason(text) };
  const canonical = formatIp(scanned.ip);
  return {
    ok: true,
    ip: scanned.ip,
    canonical,
    isCanonical: text === canonical,
    leadingZeros: scanned.leadingZeros,
  };
}

/** The family of an address text, or undefined when the text is not an address. */
export function ipFamilyOf(text: string): IpFamily | undefined {
  return scanIp(text)?.ip.family;
}

/** Canonical text: dotted decimal for IPv4, RFC 5952 lower-case for IPv6 (`2001:db8:42::`). */
export function formatIp(ip: IpAddress): string {
  if (ip.family === 'ipv4') {
    const octets = [24n, 16n, 8n, 0n].map((shift) => String((ip.value >> shift) & 0xffn));
    return octets.join('.');
  }
  const parts: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) {
    parts.push(Number((ip.value >> shift) & 0xffffn));
  }
  return new ipaddr.IPv6(parts).toRFC5952String();
}

/** Whether two addresses are the same family and value. */
export function ipEquals(a: IpAddress, b: IpAddress): boolean {
  return a.family === b.family && a.value === b.value;
}

/**
 * Classifies an address as Go's net.IP does; 'unicast' is exactly IsGlobalUnicast, so private,
 * unique-local and documentation ranges are 'unicast' (RULES.md §11).
 */
export function ipKind(ip: IpAddress): IpKind {
  return ip.family === 'ipv4' ? ipv4Kind(ip.value) : ipv6Kind(ip.value);
}

function ipv4Kind(value: bigint): IpKind {
  if (value === 0n) return 'unspecified';
  if (value >> 24n === 127n) return 'loopback';
  if (value >> 16n === 0xa9fen) return 'link-local';
  if (value >> 28n === 0xen) return 'multicast';
  if (value === 0xffffffffn) return 'broadcast';
  return 'unicast';
}

function ipv6Kind(value: bigint): IpKind {
  if (value === 0n) return 'unspecified';
  if (value === 1n) return 'loopback';
  // fe80::/10: the top ten bits are 1111 1110 10.
  if (value >> 118n === 0x3fan) return 'link-local';
  if (value >> 120n === 0xffn) return 'multicast';
  return 'unicast';
}

/** The address written in `text` (trimmed) when it parses and is of `family`; else undefined. */
export function ipOfFamily(text: string, family: IpFamily): IpAddress | undefined {
  const parsed = parseIp(text.trim());
  return parsed.ok && parsed.ip.family === family ? parsed.ip : undefined;
}
