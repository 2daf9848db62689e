import type { IpAddress } from './types.ts';

// A hand-written reader that follows the Go 1.16 net.ParseIP algorithm kept by k8s.io/utils as
// ParseIPSloppy (RULES.md §21). ipaddr.js is too lenient here: it accepts `10.1`, octal and hex.

/** Go's dtoi/xtoi stop with an error once a number reaches this value, however many digits follow. */
const GO_NUMBER_LIMIT = 0xffffff;

const LOW_32_BITS = 0xffffffffn;

/** A number read from text: its value and the index just past its last digit. */
interface Digits {
  readonly value: number;
  readonly end: number;
}

/** The raw bits of an address as written, before IPv4-mapped IPv6 is folded into IPv4. */
export interface ScannedBits {
  readonly value: bigint;
  /** An IPv4 octet (alone or as an IPv6 tail) was written with a leading zero. */
  readonly leadingZeros: boolean;
}

/** An address read with ParseIPSloppy semantics, plus whether IPv4 octets had leading zeros. */
export interface ScannedIp {
  readonly ip: IpAddress;
  readonly leadingZeros: boolean;
}

function digitValue(code: number, radix: 10 | 16): number | undefined {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (radix === 10) return undefined;
  if (code >= 0x61 && code <= 0x66) return code - 0x61 + 10;
  if (code >= 0x41 && code <= 0x46) return code - 0x41 + 10;
  return undefined;
}

/** Reads at least one digit from `start`, like Go's dtoi (radix 10) or xtoi (radix 16). */
export function readDigits(text: string, start: number, radix: 10 | 16): Digits | undefined {
  let value = 0;
  let end = start;
  for (; end < text.length; end += 1) {
    const digit = digitValue(text.charCodeAt(end), radix);
    if (digit === undefined) break;
    value = value * radix + digit;
    if (value >= GO_NUMBER_LIMIT) return undefined;
  }
  return end === start ? undefined : { value, end };
}

/** Reads the whole text as four dotted decimal octets; leading zeros are decimal, never octal. */
export function scanIpv4(text: string): ScannedBits | undefined {
  let pos = 0;
  let value = 0n;
  let leadingZeros = false;
  for (let octet = 0; octet < 4; octet += 1) {
    if (octet > 0) {
      if (text[pos] !== '.') return undefined;
      pos += 1;
    }
    const part = readDigits(text, pos, 10);
    if (part === undefined || part.value > 0xff) return undefined;
    if (part.end - pos > 1 && text[pos] === '0') leadingZeros = true;
    value = (value << 8n) | BigInt(part.value);
    pos = part.end;
  }
  return pos === text.length ? { value, leadingZeros } : undefined;
}

/** Reads the whole text as an IPv6 address (one `::` at most, optional dotted IPv4 tail, no zone). */
export function scanIpv6(text: string): ScannedBits | undefined {
  const groups: number[] = [];
  let ellipsis = -1;
  let pos = 0;
  let leadingZeros = false;
  if (text.startsWith('::')) {
    ellipsis = 0;
    pos = 2;
  }
  while (pos < text.length && groups.length < 8) {
    const part = readDigits(text, pos, 16);
    if (part === undefined || part.value > 0xffff) return undefined;
    if (text[part.end] === '.') {
      // A dotted tail fills the last 32 bits, or sits anywhere after a `::`.
      if ((ellipsis < 0 && groups.length !== 6) || groups.length > 6) return undefined;
      const tail = scanIpv4(text.slice(pos));
      if (tail === undefined) return undefined;
      groups.push(Number(tail.value >> 16n), Number(tail.value & 0xffffn));
      leadingZeros = tail.leadingZeros;
      pos = text.length;
      break;
    }
    groups.push(part.value);
    pos = part.end;
    if (pos === text.length) break;
    if (text[pos] !== ':' || pos + 1 === text.length) return undefined;
    pos += 1;
    if (text[pos] === ':') {
      if (ellipsis >= 0) return undefined;
      ellipsis = groups.length;
      pos += 1;
    }
  }
  if (pos !== text.length) return undefined;
  if (groups.length < 8) {
    if (ellipsis < 0) return undefined;
    groups.splice(ellipsis, 0, ...new Array<number>(8 - groups.length).fill(0));
  } else if (ellipsis >= 0) {
    // Go requires `::` to stand for at least one zero group.
    return undefined;
  }
  const value = groups.reduce((acc, group) => (acc << 16n) | BigInt(group), 0n);
  return { value, leadingZeros };
}

/** Whether 128 raw bits are an IPv4-mapped IPv6 address (::ffff:0:0/96), which Go's To4 treats as IPv4. */
export function isIpv4MappedBits(value: bigint): boolean {
  return value >> 32n === 0xffffn;
}

/** The IPv4 address inside IPv4-mapped IPv6 bits. */
export function ipv4FromMappedBits(value: bigint): bigint {
  return value & LOW_32_BITS;
}

/** Reads an address with ParseIPSloppy semantics: the first `.` or `:` decides the family. */
export function scanIp(text: string): ScannedIp | undefined {
  const firstDot = text.indexOf('.');
  const firstColon = text.indexOf(':');
  if (firstColon >= 0 && (firstDot < 0 || firstColon < firstDot)) {
    const bits = scanIpv6(text);
    if (bits === undefined) return undefined;
    const ip: IpAddress = isIpv4MappedBits(bits.value)
      ? { family: 'ipv4', value: ipv4FromMappedBits(bits.value) }
      : { family: 'ipv6', value: bits.value };
    return { ip, leadingZeros: bits.leadingZeros };
  }
  if (firstDot < 0) return undefined;
  const bits = scanIpv4(text);
  return bits && { ip: { family: 'ipv4', value: bits.value }, leadingZeros: bits.leadingZeros };
}
