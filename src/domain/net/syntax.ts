import { scanIp, scanIpv4, scanIpv6 } from './scan.ts';
import type { SyntaxReason } from './types.ts';

// A reason names the one thing whose removal would make the text parse, so messages can say
// exactly what to fix; anything else is 'malformed'.

const HAS_WHITESPACE = /\s/u;
const ALL_WHITESPACE = /\s/gu;
const DIGITS_ONLY = /^[0-9]+$/u;

function parsesAsIp(text: string): boolean {
  return scanIp(text) !== undefined;
}

/** Why `text` (which failed to parse) is not an address. */
export function ipSyntaxReason(text: string): SyntaxReason {
  if (text === '') return 'empty';
  if (HAS_WHITESPACE.test(text) && parsesAsIp(text.replace(ALL_WHITESPACE, '')))
    return 'whitespace';
  const slash = text.indexOf('/');
  if (slash >= 0 && parsesAsIp(text.slice(0, slash))) return 'prefix_present';
  const percent = text.indexOf('%');
  if (percent >= 0 && scanIpv6(text.slice(0, percent)) !== undefined) return 'zone';
  return bracketOrPortReason(text);
}

function bracketOrPortReason(text: string): SyntaxReason {
  const bracketed = /^\[([^\]]*)\](:[0-9]*)?$/u.exec(text);
  if (bracketed?.[1] !== undefined && parsesAsIp(bracketed[1])) {
    return bracketed[2] === undefined ? 'brackets' : 'port';
  }
  const colon = text.lastIndexOf(':');
  if (colon >= 0 && scanIpv4(text.slice(0, colon)) !== undefined) return 'port';
  if (text.includes('[') || text.includes(']')) return 'brackets';
  return 'malformed';
}

/** Why `prefixText` (the part after `/`) is not a valid prefix length for `bits`-bit addresses, if it is not. */
export function prefixSyntaxReason(prefixText: string, bits: number): SyntaxReason | undefined {
  if (!DIGITS_ONLY.test(prefixText)) return 'prefix_syntax';
  // Leading zeros are fine (`/0120` is 120); signs and empty text are not (RULES.md §21).
  const prefix = Number(prefixText);
  return prefix > bits ? 'prefix_range' : undefined;
}

/** Why `text` (which failed to parse) is not a CIDR. */
export function cidrSyntaxReason(text: string): SyntaxReason {
  if (text === '') return 'empty';
  const slash = text.indexOf('/');
  if (slash < 0) return parsesAsIp(text) ? 'prefix_missing' : ipSyntaxReason(text);
  const addressText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  if (HAS_WHITESPACE.test(text)) {
    const stripped = text.replace(ALL_WHITESPACE, '');
    const strippedSlash = stripped.indexOf('/');
    const strippedBits = addressBits(stripped.slice(0, strippedSlash));
    if (
      strippedBits !== undefined &&
      prefixSyntaxReason(stripped.slice(strippedSlash + 1), strippedBits) === undefined
    ) {
      return 'whitespace';
    }
  }
  const bits = addressBits(addressText);
  if (bits === undefined) return ipSyntaxReason(addressText);
  return prefixSyntaxReason(prefixText, bits) ?? 'malformed';
}

/** The prefix-length limit Go's ParseCIDR uses: 32 for dotted IPv4, 128 for any IPv6 form. */
export function addressBits(addressText: string): 32 | 128 | undefined {
  if (scanIpv4(addressText) !== undefined) return 32;
  return scanIpv6(addressText) !== undefined ? 128 : undefined;
}
