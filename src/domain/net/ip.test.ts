import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import vectors from '../__fixtures__/vectors.json' with { type: 'json' };
import { ipAddress } from './arbitraries.ts';
import { familyBits, formatIp, ipEquals, ipFamilyOf, ipKind, parseIp } from './ip.ts';
import type { IpAddress, IpFamily } from './types.ts';

interface IpStringVector {
  readonly input: { readonly ip: string };
  readonly valid: boolean;
  readonly expected?: { readonly family: 'IPv4' | 'IPv6' };
  readonly note: string;
}

const ipStringCases = vectors.filter((v) => v.rule === 'ipString') as unknown as IpStringVector[];

function v4(a: number, b: number, c: number, d: number): IpAddress {
  return { family: 'ipv4', value: BigInt(((a << 24) >>> 0) + (b << 16) + (c << 8) + d) };
}

describe(`vectors: ipString (${String(ipStringCases.length)} cases)`, () => {
  it.each(ipStringCases.map((c) => [c.input.ip, c] as const))('%j', (text, c) => {
    const parsed = parseIp(text);
    expect(parsed.ok).toBe(c.valid);
    if (parsed.ok && c.expected) {
      expect(parsed.ip.family).toBe(c.expected.family === 'IPv4' ? 'ipv4' : 'ipv6');
    }
  });
});

describe('parseIp', () => {
  it.each([
    // [text, family, canonical, isCanonical, leadingZeros]
    ['10.0.0.1', 'ipv4', '10.0.0.1', true, false],
    ['010.1.1.1', 'ipv4', '10.1.1.1', false, true],
    ['192.168.000.005', 'ipv4', '192.168.0.5', false, true],
    ['127.010.020.030', 'ipv4', '127.10.20.30', false, true],
    ['0000000010.1.1.1', 'ipv4', '10.1.1.1', false, true],
    ['0.0.0.0', 'ipv4', '0.0.0.0', true, false],
    ['::ffff:10.0.0.1', 'ipv4', '10.0.0.1', false, false],
    ['::FFFF:10.0.0.1', 'ipv4', '10.0.0.1', false, false],
    ['::ffff:a00:1', 'ipv4', '10.0.0.1', false, false],
    ['::ffff:127.001.002.003', 'ipv4', '127.1.2.3', false, true],
    ['0:0:0:0:000000:ffff:127.1.2.3', 'ipv4', '127.1.2.3', false, false],
    ['::', 'ipv6', '::', true, false],
    ['::1', 'ipv6', '::1', true, false],
    ['2001:db8::1', 'ipv6', '2001:db8::1', true, false],
    ['2001:DB8::1', 'ipv6', '2001:db8::1', false, false],
    ['2001:0db8::0005', 'ipv6', '2001:db8::5', false, false],
    ['2001:db8:42:0:0:0:0:0', 'ipv6', '2001:db8:42::', false, false],
    ['2001:db8:0:0:1:0:0:1', 'ipv6', '2001:db8::1:0:0:1', false, false],
    ['2001:db8::1:0:0:1', 'ipv6', '2001:db8::1:0:0:1', true, false],
    ['2001:4860:0000:2001:0000:0000:0000:0068', 'ipv6', '2001:4860:0:2001::68', false, false],
    ['1:0:2:3:4:5:6:7', 'ipv6', '1:0:2:3:4:5:6:7', true, false],
    ['::1.2.3.4', 'ipv6', '::102:304', false, false],
    ['1:2:3:4:5:6:1.2.3.4', 'ipv6', '1:2:3:4:5:6:102:304', false, false],
    ['64:ff9b::010.0.0.1', 'ipv6', '64:ff9b::a00:1', false, true],
  ] as const)('accepts %j as %s %s', (text, family, canonical, isCanonical, leadingZeros) => {
    const parsed = parseIp(text);
    expect(parsed).toMatchObject({ ok: true, canonical, isCanonical, leadingZeros });
    expect(parsed.ok && parsed.ip.family).toBe(family);
  });

  it('reads leading zeros as decimal, never as octal (ipaddr.js gives 8.1.1.1)', () => {
    expect(parseIp('010.1.1.1')).toMatchObject({ ok: true, ip: v4(10, 1, 1, 1) });
    expect(parseIp('010.010.010.010')).toMatchObject({ ok: true, ip: v4(10, 10, 10, 10) });
  });

  it('rejects the shortened, octal and hex IPv4 forms that ipaddr.js accepts', () => {
    // ipaddr.js 2.5.0 reads these as 10.0.0.1, 1.2.0.3, 10.0.0.1, 10.0.0.1, 10.0.0.1, 255.0.0.1.
    for (const text of ['10.1', '1.2.3', '167772161', '0xa.0.0.1', '0x0a000001', '0377.0.0.1']) {
      expect(parseIp(text).ok).toBe(false);
    }
  });

  it('reports an IPv4-mapped address as IPv4 (ipaddr.js calls it IPv6)', () => {
    expect(parseIp('::ffff:10.0.0.1')).toMatchObject({ ok: true, ip: v4(10, 0, 0, 1) });
  });

  it.each([
    ['10.1', 'malformed'],
    ['1.2.3', 'malformed'],
    ['167772161', 'malformed'],
    ['0xa.0.0.1', 'malformed'],
    ['0x0a000001', 'malformed'],
    ['0377.0.0.1', 'malformed'],
    ['10.0.0.1.', 'malformed'],
    ['1.2..4', 'malformed'],
    ['-0.0.0.0', 'malformed'],
    ['127.0.0.256', 'malformed'],
    ['a1:a2:a3:a4::b1:b2:b3:b4', 'malformed'],
    ['1:2:3:4:5:6:7:8::', 'malformed'],
    ['1:2:3:4:5:1.2.3.4', 'malformed'],
    ['1:2:3:4:5:6:7:1.2.3.4', 'malformed'],
    ['1::2::3', 'malformed'],
    ['123:', 'malformed'],
    [':1::', 'malformed'],
    ['abc', 'malformed'],
    ['', 'empty'],
    [' 10.0.0.1', 'whitespace'],
    ['10.0.0.1\n', 'whitespace'],
    ['10.0. 0.1', 'whitespace'],
    ['fe80::1%eth0', 'zone'],
    ['fe80::1%911', 'zone'],
    ['[2001:db8::5]', 'brackets'],
    ['[2001:db8::5]:80', 'port'],
    ['10.0.0.1:6443', 'port'],
    ['10.0.0.0/8', 'prefix_present'],
    ['2001:db8::/32', 'prefix_present'],
    ['www.example.com:80', 'malformed'],
  ] as const)('rejects %j as %s', (text, reason) => {
    expect(parseIp(text)).toEqual({ ok: false, reason });
  });

  it('never throws and agrees with ipFamilyOf on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const parsed = parseIp(text);
        expect(ipFamilyOf(text)).toBe(parsed.ok ? parsed.ip.family : undefined);
      }),
    );
  });

  it('round-trips every address through formatIp as canonical text', () => {
    fc.assert(
      fc.property(ipAddress, (ip) => {
        const text = formatIp(ip);
        expect(parseIp(text)).toEqual({
          ok: true,
          ip,
          canonical: text,
          isCanonical: true,
          leadingZeros: false,
        });
      }),
    );
  });
});

describe('formatIp', () => {
  it.each([
    ['192.168.0.5', v4(192, 168, 0, 5)],
    ['2001:db8:42::', { family: 'ipv6', value: 0x20010db80042n << 80n }],
    ['abcd:0:0:1::', { family: 'ipv6', value: (0xabcdn << 112n) | (1n << 64n) }],
    ['1::2:0:0:3:4', { family: 'ipv6', value: (1n << 112n) | (2n << 64n) | (3n << 16n) | 4n }],
    ['::', { family: 'ipv6', value: 0n }],
  ] as const)('writes %s', (text, ip) => {
    expect(formatIp(ip)).toBe(text);
  });
});

describe('ipKind', () => {
  it.each([
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'unicast'],
    ['10.0.0.1', 'unicast'],
    ['172.16.0.1', 'unicast'],
    ['192.168.1.1', 'unicast'],
    ['100.64.0.1', 'unicast'],
    ['192.0.2.10', 'unicast'],
    ['fd00::1', 'unicast'],
    ['fec0::1', 'unicast'],
    ['2001:db8::1', 'unicast'],
    ['::2', 'unicast'],
    ['::127.0.0.1', 'unicast'],
  ] as const)('classifies %s as %s', (text, kind) => {
    const parsed = parseIp(text);
    expect(parsed.ok && ipKind(parsed.ip)).toBe(kind);
  });
});

describe('familyBits', () => {
  it.each([
    ['ipv4', 32],
    ['ipv6', 128],
  ] as const)('gives %s %i bits', (family: IpFamily, bits) => {
    expect(familyBits(family)).toBe(bits);
  });
});

describe('ipEquals', () => {
  it('compares family and value', () => {
    expect(ipEquals(v4(10, 0, 0, 1), v4(10, 0, 0, 1))).toBe(true);
    expect(ipEquals(v4(10, 0, 0, 1), v4(10, 0, 0, 2))).toBe(false);
    expect(ipEquals({ family: 'ipv4', value: 1n }, { family: 'ipv6', value: 1n })).toBe(false);
  });

  it('treats IPv4-mapped text as the same IPv4 address', () => {
    const a = parseIp('::ffff:10.0.0.1');
    const b = parseIp('10.0.0.1');
    expect(a.ok && b.ok && ipEquals(a.ip, b.ip)).toBe(true);
  });
});

describe('ipFamilyOf', () => {
  it.each([
    ['10.0.0.1', 'ipv4'],
    ['::ffff:1.2.3.4', 'ipv4'],
    ['fd00::1', 'ipv6'],
    ['10.1', undefined],
    ['10.0.0.0/8', undefined],
  ] as const)('gives %j family %s', (text, family) => {
    expect(ipFamilyOf(text)).toBe(family);
  });
});
