import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidr as anyCidr } from './arbitraries.ts';
import {
  cidrAddressAt,
  cidrContains,
  cidrContainsCidr,
  cidrFamilyOf,
  cidrHostBits,
  cidrKubeadmSize,
  cidrLastAddress,
  cidrOfFamily,
  cidrSize,
  cidrsOverlap,
  formatCidr,
  parseCidr,
} from './cidr.ts';
import { familyBits, formatIp, ipOfFamily, parseIp } from './ip.ts';
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

/** A block plus a second block drawn near it (low bits flipped), so both overlap and disjoint pairs are common. */
const nearbyPair = fc
  .tuple(anyCidr, fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), fc.nat(128), fc.nat(128))
  .map(([a, noise, rawFlip, rawPrefix]): [Cidr, Cidr] => {
    const bits = familyBits(a.family);
    const flipped = a.network ^ (noise & ((1n << BigInt(rawFlip % (bits + 1))) - 1n));
    const prefix = rawPrefix % (bits + 1);
    const host = (1n << BigInt(bits - prefix)) - 1n;
    return [a, { family: a.family, network: flipped & ~host, prefix }];
  });

describe('parseCidr', () => {
  it.each([
    // [text, canonical, family, hasHostBits, isCanonical, leadingZeros]
    ['10.244.0.0/16', '10.244.0.0/16', 'ipv4', false, true, false],
    ['10.244.1.0/16', '10.244.0.0/16', 'ipv4', true, false, false],
    ['10.96.0.1/12', '10.96.0.0/12', 'ipv4', true, false, false],
    ['10.0.0.0/08', '10.0.0.0/8', 'ipv4', false, false, false],
    ['010.0.0.0/8', '10.0.0.0/8', 'ipv4', false, false, true],
    ['0.0.0.0/0', '0.0.0.0/0', 'ipv4', false, true, false],
    ['1.1.1.1/32', '1.1.1.1/32', 'ipv4', false, true, false],
    ['::ffff:1.1.1.0/120', '1.1.1.0/24', 'ipv4', false, false, false],
    ['::ffff:01.01.01.00/0120', '1.1.1.0/24', 'ipv4', false, false, true],
    ['::ffff:1.2.3.4/128', '1.2.3.4/32', 'ipv4', false, false, false],
    ['::ffff:1.2.3.4/96', '0.0.0.0/0', 'ipv4', true, false, false],
    ['::ffff:1.2.3.4/64', '::/64', 'ipv6', true, false, false],
    ['::ffff:0:0/95', '::fffe:0:0/95', 'ipv6', true, false, false],
    ['2001:db8::/64', '2001:db8::/64', 'ipv6', false, true, false],
    ['2001:DB8::/64', '2001:db8::/64', 'ipv6', false, false, false],
    ['2001:db8::1/64', '2001:db8::/64', 'ipv6', true, false, false],
    ['fd00:10:96::/108', 'fd00:10:96::/108', 'ipv6', false, true, false],
    ['::/0', '::/0', 'ipv6', false, true, false],
    ['abcd:2345::/24', 'abcd:2300::/24', 'ipv6', true, false, false],
  ] as const)(
    'accepts %j as %s',
    (text, canonical, family, hasHostBits, isCanonical, leadingZeros) => {
      const parsed = parseCidr(text);
      expect(parsed).toMatchObject({ ok: true, canonical, hasHostBits, isCanonical, leadingZeros });
      expect(parsed.ok && parsed.cidr.family).toBe(family);
    },
  );

  it('keeps the address as written, with its host bits', () => {
    const parsed = parseCidr('10.244.1.7/16');
    expect(parsed.ok && formatIp(parsed.address)).toBe('10.244.1.7');
    expect(parsed.ok && parsed.cidr).toEqual({ family: 'ipv4', network: 0x0af40000n, prefix: 16 });
  });

  it.each([
    ['', 'empty'],
    ['10.0.0.0', 'prefix_missing'],
    ['2001:db8::1', 'prefix_missing'],
    ['10.0.0.0/', 'prefix_syntax'],
    ['10.0.0.0/+24', 'prefix_syntax'],
    ['10.0.0.0/-24', 'prefix_syntax'],
    ['2001:db8::1/-0', 'prefix_syntax'],
    ['10.0.0.0/24/5', 'prefix_syntax'],
    ['10.0.0.0/255.255.255.0', 'prefix_syntax'],
    ['10.96.0.0/12,fd00::/108', 'prefix_syntax'],
    ['10.0.0.0/33', 'prefix_range'],
    ['1.2.3.4/64', 'prefix_range'],
    ['2001:db8::/129', 'prefix_range'],
    ['::ffff:1.2.3.0/129', 'prefix_range'],
    ['10.0.0.0/99999999', 'prefix_range'],
    [' 10.0.0.0/8', 'whitespace'],
    ['10.0.0.0/8 ', 'whitespace'],
    ['10.0.0.0 /8', 'whitespace'],
    ['10.96.0.0/12, fd00::/108', 'prefix_syntax'],
    ['fe80::%eth0/64', 'zone'],
    ['[2001:db8::]/64', 'brackets'],
    ['10.1/16', 'malformed'],
    ['10.0.0/24', 'malformed'],
    ['www.example.com/24', 'malformed'],
    ['bad', 'malformed'],
  ] as const)('rejects %j as %s', (text, reason) => {
    expect(parseCidr(text)).toEqual({ ok: false, reason });
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const parsed = parseCidr(text);
        expect(cidrFamilyOf(text)).toBe(parsed.ok ? parsed.cidr.family : undefined);
      }),
    );
  });

  it('gives back the same block, as canonical text, for formatCidr output', () => {
    fc.assert(
      fc.property(anyCidr, (c) => {
        const parsed = parseCidr(formatCidr(c));
        expect(parsed).toMatchObject({ ok: true, cidr: c, isCanonical: true, hasHostBits: false });
      }),
    );
  });
});

describe('cidrSize and cidrKubeadmSize', () => {
  it.each([
    ['192.168.1.0/24', 256n, 256n],
    ['10.96.0.0/12', 1n << 20n, 1n << 20n],
    ['10.0.0.0/32', 1n, 1n],
    ['128.0.0.0/2', 1n << 30n, 1n << 30n],
    ['192.168.1.0/1', 1n << 31n, 0n],
    ['0.0.0.0/0', 1n << 32n, 0n],
    ['fd00::/128', 1n, 1n],
    ['fd00::/108', 1n << 20n, 1n << 20n],
    ['fd00::/66', 1n << 62n, 1n << 62n],
    ['fd00::/65', 1n << 63n, 9223372036854775807n],
    ['fd00::/64', 1n << 64n, 9223372036854775807n],
    ['4000::/2', 1n << 126n, 9223372036854775807n],
    ['8000::/1', 1n << 127n, 0n],
    ['::/0', 1n << 128n, 0n],
  ] as const)('counts %s as %i exactly and %i for kubeadm', (text, exact, kubeadm) => {
    const c = cidrOf(text);
    expect(cidrSize(c)).toBe(exact);
    expect(cidrKubeadmSize(c)).toBe(kubeadm);
  });
});

describe('cidrHostBits', () => {
  it.each([
    ['10.96.0.0/12', 20],
    ['0.0.0.0/0', 32],
    ['fd00::/108', 20],
    ['::ffff:1.1.1.0/120', 8],
  ] as const)('gives %s %i host bits', (text, bits) => {
    expect(cidrHostBits(cidrOf(text))).toBe(bits);
  });
});

describe('cidrAddressAt', () => {
  it.each([
    ['10.96.0.0/12', 1n, '10.96.0.1'],
    ['10.96.0.0/12', 10n, '10.96.0.10'],
    ['fd00:10:96::/108', 10n, 'fd00:10:96::a'],
    ['10.0.0.0/24', 255n, '10.0.0.255'],
    ['10.0.0.7/32', 0n, '10.0.0.7'],
  ] as const)('finds %s index %i at %s', (text, index, ip) => {
    const found = cidrAddressAt(cidrOf(text), index);
    expect(found && formatIp(found)).toBe(ip);
  });

  it('is undefined past the end and for negative indexes, as GetIndexedIP errors', () => {
    expect(cidrAddressAt(cidrOf('10.0.0.0/24'), 256n)).toBeUndefined();
    expect(cidrAddressAt(cidrOf('10.0.0.0/24'), -1n)).toBeUndefined();
    expect(cidrAddressAt(cidrOf('10.0.0.0/29'), 10n)).toBeUndefined();
  });

  it('spans exactly the network address to the last address', () => {
    fc.assert(
      fc.property(anyCidr, (c) => {
        const size = cidrSize(c);
        expect(cidrAddressAt(c, 0n)).toEqual({ family: c.family, value: c.network });
        expect(cidrAddressAt(c, size - 1n)).toEqual(cidrLastAddress(c));
        expect(cidrAddressAt(c, size)).toBeUndefined();
      }),
    );
  });
});

describe('cidrLastAddress', () => {
  it.each([
    ['10.96.0.0/12', '10.111.255.255'],
    ['0.0.0.0/0', '255.255.255.255'],
    ['fd00::/8', 'fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
    ['2001:db8::/127', '2001:db8::1'],
  ] as const)('ends %s at %s', (text, last) => {
    expect(formatIp(cidrLastAddress(cidrOf(text)))).toBe(last);
  });
});

describe('cidrContains', () => {
  it.each([
    ['10.96.0.0/12', '10.96.0.10', true],
    ['10.96.0.0/12', '10.111.255.255', true],
    ['10.96.0.0/12', '10.112.0.0', false],
    ['10.96.0.0/12', '::ffff:10.96.0.1', true],
    ['0.0.0.0/0', '::1', false],
    ['::/0', '10.0.0.1', false],
    ['fd00::/8', 'fdff::1', true],
  ] as const)('checks %s against %s: %s', (block, ip, inside) => {
    expect(cidrContains(cidrOf(block), ipOf(ip))).toBe(inside);
  });

  it('holds for the network address and the last address of every block', () => {
    fc.assert(
      fc.property(anyCidr, (c) => {
        expect(cidrContains(c, { family: c.family, value: c.network })).toBe(true);
        expect(cidrContains(c, cidrLastAddress(c))).toBe(true);
      }),
    );
  });
});

describe('cidrContainsCidr', () => {
  it.each([
    ['10.0.0.0/8', '10.96.0.0/12', true],
    ['10.96.0.0/12', '10.96.0.0/12', true],
    ['10.96.0.0/12', '10.0.0.0/8', false],
    ['10.96.0.0/12', '10.112.0.0/16', false],
    ['::/0', '0.0.0.0/0', false],
    ['fc00::/7', 'fd12:3456:789a::/48', true],
  ] as const)('checks whether %s holds %s: %s', (outer, inner, holds) => {
    expect(cidrContainsCidr(cidrOf(outer), cidrOf(inner))).toBe(holds);
  });
});

describe('cidrsOverlap', () => {
  it.each([
    ['10.0.0.0/8', '10.96.0.0/12', true],
    ['10.96.0.0/12', '10.0.0.0/8', true],
    ['10.96.0.0/12', '10.112.0.0/12', false],
    ['10.244.0.0/16', '10.245.0.0/16', false],
    ['0.0.0.0/0', '::/0', false],
    ['fd00:10:96::/108', 'fd00:10:96::/56', true],
    ['fd00:10:96::/108', 'fd00:10::/56', false],
  ] as const)('checks %s against %s: %s', (a, b, overlap) => {
    expect(cidrsOverlap(cidrOf(a), cidrOf(b))).toBe(overlap);
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(fc.oneof(nearbyPair, fc.tuple(anyCidr, anyCidr)), ([a, b]) => {
        expect(cidrsOverlap(a, b)).toBe(cidrsOverlap(b, a));
      }),
    );
  });

  it('is true exactly when one block holds the other network address', () => {
    fc.assert(
      fc.property(nearbyPair, ([a, b]) => {
        const shared =
          cidrContains(a, { family: b.family, value: b.network }) ||
          cidrContains(b, { family: a.family, value: a.network });
        expect(cidrsOverlap(a, b)).toBe(shared);
      }),
    );
  });
});

describe('cidrOfFamily / ipOfFamily', () => {
  it('parse trimmed text of the asked family only', () => {
    expect(cidrOfFamily(' 10.244.0.0/16 ', 'ipv4')?.prefix).toBe(16);
    expect(cidrOfFamily('10.244.0.0/16', 'ipv6')).toBeUndefined();
    expect(cidrOfFamily('fd00::/56', 'ipv6')?.family).toBe('ipv6');
    expect(cidrOfFamily('10.244.0.0/33', 'ipv4')).toBeUndefined();
    expect(ipOfFamily(' fd00::1 ', 'ipv6')?.family).toBe('ipv6');
    expect(ipOfFamily('fd00::1', 'ipv4')).toBeUndefined();
    expect(ipOfFamily('10.0.0.300', 'ipv4')).toBeUndefined();
  });
});
