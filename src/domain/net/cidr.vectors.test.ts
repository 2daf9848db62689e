import { describe, expect, it } from 'vitest';
import vectors from '../__fixtures__/vectors.json' with { type: 'json' };
import { cidrAddressAt, cidrKubeadmSize, parseCidr } from './cidr.ts';
import { formatIp } from './ip.ts';

// Upstream k8s.io/utils/net test cases (RULES.md §27): `valid` must agree with `ok`.

interface Vector<Input, Expected = undefined> {
  readonly rule: string;
  readonly input: Input;
  readonly valid: boolean;
  readonly expected?: Expected;
}

function casesOf<Input, Expected = undefined>(rule: string): Vector<Input, Expected>[] {
  return vectors.filter((v) => v.rule === rule) as unknown as Vector<Input, Expected>[];
}

const cidrStringCases = casesOf<{ cidr: string }, { family: 'IPv4' | 'IPv6' }>('cidrString');
const parseCidrsCases = casesOf<{ cidrs: string[] }>('utilsParseCIDRs');
const rangeSizeCases = casesOf<{ cidr: string }, { addresses: number }>('utilsRangeSize');
const indexedIpCases = casesOf<{ cidr: string; index: number }, { ip: string }>(
  'utilsGetIndexedIP',
);

describe(`vectors: cidrString (${String(cidrStringCases.length)} cases)`, () => {
  it.each(cidrStringCases.map((c) => [c.input.cidr, c] as const))('%j', (text, c) => {
    const parsed = parseCidr(text);
    expect(parsed.ok).toBe(c.valid);
    if (parsed.ok && c.expected) {
      expect(parsed.cidr.family).toBe(c.expected.family === 'IPv4' ? 'ipv4' : 'ipv6');
    }
  });
});

describe(`vectors: utilsParseCIDRs (${String(parseCidrsCases.length)} cases)`, () => {
  it.each(parseCidrsCases.map((c) => [c.input.cidrs, c] as const))('%j', (texts, c) => {
    // ParseCIDRs fails as a whole when any entry fails.
    expect(texts.every((text) => parseCidr(text).ok)).toBe(c.valid);
  });
});

describe(`vectors: utilsRangeSize (${String(rangeSizeCases.length)} cases)`, () => {
  it.each(rangeSizeCases.map((c) => [c.input.cidr, c] as const))('%s', (text, c) => {
    const parsed = parseCidr(text);
    expect(parsed.ok).toBe(c.valid);
    if (parsed.ok && c.expected) {
      expect(cidrKubeadmSize(parsed.cidr)).toBe(BigInt(c.expected.addresses));
    }
  });
});

describe(`vectors: utilsGetIndexedIP (${String(indexedIpCases.length)} cases)`, () => {
  it.each(indexedIpCases.map((c) => [c.input.cidr, c.input.index, c] as const))(
    '%s index %i',
    (text, index, c) => {
      const parsed = parseCidr(text);
      if (!parsed.ok) throw new Error(`vector CIDR ${text} does not parse`);
      const ip = cidrAddressAt(parsed.cidr, BigInt(index));
      expect(ip !== undefined).toBe(c.valid);
      if (ip && c.expected) expect(formatIp(ip)).toBe(c.expected.ip);
    },
  );
});
