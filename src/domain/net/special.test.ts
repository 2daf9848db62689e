import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrContains, formatCidr, parseCidr } from './cidr.ts';
import { parseIp } from './ip.ts';
import {
  DOCUMENTATION_PREFIXES,
  documentationPrefixOf,
  isUniqueLocal,
  touchesSiteLocal,
  ulaPrefixFromRandom,
} from './special.ts';
import type { Cidr, IpAddress } from './types.ts';

function cidrOf(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(`test CIDR ${text} does not parse`);
  return parsed.cidr;
}

function ipOf(text: string): IpAddress {
  const parsed = parseIp(text);
  if (!parsed.ok) throw new Error(`test address ${text} does not parse`);
  return parsed.ip;
}

describe('DOCUMENTATION_PREFIXES', () => {
  it('lists the RFC 5737, RFC 3849 and RFC 9637 blocks', () => {
    expect(DOCUMENTATION_PREFIXES.map(formatCidr)).toEqual([
      '192.0.2.0/24',
      '198.51.100.0/24',
      '203.0.113.0/24',
      '2001:db8::/32',
      '3fff::/20',
    ]);
  });
});

describe('documentationPrefixOf', () => {
  it.each([
    ['192.0.2.10', '192.0.2.0/24'],
    ['198.51.100.1', '198.51.100.0/24'],
    ['203.0.113.255', '203.0.113.0/24'],
    ['::ffff:203.0.113.5', '203.0.113.0/24'],
    ['2001:db8:42::1', '2001:db8::/32'],
    ['3fff:fff::1', '3fff::/20'],
    ['192.0.3.1', undefined],
    ['2001:db9::1', undefined],
    ['3fff:1000::1', undefined],
    ['10.0.0.1', undefined],
  ] as const)('finds the prefix of address %s: %s', (text, prefix) => {
    expect(documentationPrefixOf(ipOf(text))).toBe(prefix);
  });

  it.each([
    ['2001:db8:42::/56', '2001:db8::/32'],
    ['2001:db8::/16', '2001:db8::/32'],
    ['192.0.0.0/16', '192.0.2.0/24'],
    ['203.0.113.128/25', '203.0.113.0/24'],
    ['10.96.0.0/12', undefined],
    ['fd00::/8', undefined],
  ] as const)('finds the prefix block %s touches: %s', (text, prefix) => {
    expect(documentationPrefixOf(cidrOf(text))).toBe(prefix);
  });
});

describe('touchesSiteLocal', () => {
  it.each([
    ['fec0::/10', true],
    ['fec0:1::/64', true],
    ['feff:ffff::/32', true],
    ['fe00::/7', true],
    ['fe80::/10', false],
    ['fd00::/8', false],
    ['10.0.0.0/8', false],
  ] as const)('checks %s: %s', (text, touches) => {
    expect(touchesSiteLocal(cidrOf(text))).toBe(touches);
  });
});

describe('isUniqueLocal', () => {
  it.each([
    ['fd00::1', true],
    ['fc00::1', true],
    ['fe00::1', false],
    ['2001:db8::1', false],
    ['10.0.0.1', false],
  ] as const)('checks address %s: %s', (text, ula) => {
    expect(isUniqueLocal(ipOf(text))).toBe(ula);
  });

  it.each([
    ['fd12:3456:789a::/48', true],
    ['fc00::/7', true],
    ['fc00::/6', false],
    ['fd00:10:96::/108', true],
    ['2001:db8::/32', false],
  ] as const)('checks block %s: %s', (text, ula) => {
    expect(isUniqueLocal(cidrOf(text))).toBe(ula);
  });
});

describe('ulaPrefixFromRandom', () => {
  it('puts the first five bytes after fd as the 40-bit Global ID', () => {
    const prefix = ulaPrefixFromRandom(Uint8Array.of(0x12, 0x34, 0x56, 0x78, 0x9a, 0xff, 0xff));
    expect(formatCidr(prefix)).toBe('fd12:3456:789a::/48');
  });

  it('writes zero bytes as a compressed prefix', () => {
    expect(formatCidr(ulaPrefixFromRandom(new Uint8Array(5)))).toBe('fd00::/48');
  });

  it('throws a RangeError with fewer than five bytes', () => {
    expect(() => ulaPrefixFromRandom(new Uint8Array(4))).toThrow(RangeError);
  });

  it('always gives a unique-local /48 that parses back as canonical', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 16 }), (bytes) => {
        const prefix = ulaPrefixFromRandom(bytes);
        expect(prefix.prefix).toBe(48);
        expect(isUniqueLocal(prefix)).toBe(true);
        expect(cidrContains(cidrOf('fd00::/8'), { family: 'ipv6', value: prefix.network })).toBe(
          true,
        );
        expect(parseCidr(formatCidr(prefix))).toMatchObject({ ok: true, cidr: prefix });
      }),
    );
  });
});
