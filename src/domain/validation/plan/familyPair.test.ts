import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidr, ipAddress } from '../../net/arbitraries.ts';
import { formatCidr } from '../../net/cidr.ts';
import { formatIp, ipKind } from '../../net/ip.ts';
import { createDefaultPlan } from '../../plan/defaults.ts';
import { splitFamilyPair } from './familyPair.ts';
import { validatePlan } from './validatePlan.ts';

const codes = (text: string, kind: 'cidr' | 'ip') => {
  const split = splitFamilyPair(text, kind);
  return split && !split.ok ? split.issues.map((i) => [i.code, i.params]) : split;
};

describe('splitFamilyPair', () => {
  it('splits the docs page pair into its families, IPv4 first', () => {
    expect(splitFamilyPair('10.244.0.0/16,2001:db8:42:0::/56', 'cidr')).toEqual({
      ok: true,
      ipv4: '10.244.0.0/16',
      ipv6: '2001:db8:42:0::/56',
      primary: 'ipv4',
      stack: 'dual-ipv4-primary',
    });
  });

  it('keeps IPv6 primary when the IPv6 entry comes first, and trims spaces a paste brings', () => {
    expect(splitFamilyPair(' fd00:10:96::/112 , 10.96.0.0/16\n', 'cidr')).toEqual({
      ok: true,
      ipv4: '10.96.0.0/16',
      ipv6: 'fd00:10:96::/112',
      primary: 'ipv6',
      stack: 'dual-ipv6-primary',
    });
    expect(splitFamilyPair('10.0.0.1,fd00::1', 'ip')).toMatchObject({
      ok: true,
      ipv4: '10.0.0.1',
      ipv6: 'fd00::1',
    });
  });

  it('leaves a value without a comma alone', () => {
    expect(splitFamilyPair('10.244.0.0/16', 'cidr')).toBeUndefined();
    expect(splitFamilyPair('', 'ip')).toBeUndefined();
  });

  it('refuses three entries, two of one family and garbage, saying what to write', () => {
    const triple = '10.244.0.0/16,fd00:1::/56,fd00:2::/56';
    expect(codes(triple, 'cidr')).toEqual([['subnet_list', { value: triple, reason: 'too_many' }]]);
    expect(codes('10.0.0.0/16,10.1.0.0/16', 'cidr')).toEqual([
      ['subnet_list', { value: '10.0.0.0/16,10.1.0.0/16', reason: 'same_family' }],
    ]);
    expect(codes('10.0.0.0/16,pods', 'cidr')).toEqual([['cidr_syntax', { value: 'pods' }]]);
    expect(codes('10.0.0.0/16,', 'cidr')).toEqual([['cidr_syntax', { value: '' }]]);
    expect(codes('10.0.0.1,10.0.0.2', 'ip')).toEqual([
      ['node_ip_list', { value: '10.0.0.1,10.0.0.2', reason: 'same_family' }],
    ]);
    expect(codes('10.0.0.1,', 'ip')).toEqual([
      ['node_ip_list', { value: '10.0.0.1,', reason: 'empty_entry' }],
    ]);
    expect(codes('0.0.0.0,fd00::1', 'ip')).toEqual([
      ['node_ip_list', { value: '0.0.0.0,fd00::1', reason: 'unspecified_in_pair' }],
    ]);
    expect(codes('10.0.0.1,fd00::1,fd00::2', 'ip')).toEqual([
      ['node_ip_list', { value: '10.0.0.1,fd00::1,fd00::2', reason: 'too_many' }],
    ]);
  });

  it('splits any one-per-family pair in either order, and refuses any same-family pair', () => {
    fc.assert(
      fc.property(cidr, cidr, (a, b) => {
        const [ta, tb] = [formatCidr(a), formatCidr(b)];
        const split = splitFamilyPair(`${ta},${tb}`, 'cidr');
        if (a.family === b.family) {
          expect(split).toMatchObject({ ok: false });
        } else {
          expect(split).toEqual({
            ok: true,
            ipv4: a.family === 'ipv4' ? ta : tb,
            ipv6: a.family === 'ipv6' ? ta : tb,
            primary: a.family,
            stack: a.family === 'ipv4' ? 'dual-ipv4-primary' : 'dual-ipv6-primary',
          });
        }
      }),
    );
  });

  it('never splits a list of three or more, whatever its entries', () => {
    const entry = fc.oneof(cidr.map(formatCidr), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(entry, { minLength: 3, maxLength: 6 }), (entries) => {
        const split = splitFamilyPair(entries.join(','), 'cidr');
        expect(split?.ok).toBe(false);
      }),
    );
  });

  it('splits node address pairs that kubelet accepts, and only those', () => {
    fc.assert(
      fc.property(ipAddress, ipAddress, (a, b) => {
        const split = splitFamilyPair(`${formatIp(a)},${formatIp(b)}`, 'ip');
        const accepted =
          a.family !== b.family && ipKind(a) !== 'unspecified' && ipKind(b) !== 'unspecified';
        expect(split?.ok).toBe(accepted);
      }),
    );
  });
});

describe('a comma list in a per-family field', () => {
  const withPod = (ipv4: string) => {
    const plan = createDefaultPlan();
    plan.networking.podSubnet.ipv4 = ipv4;
    return validatePlan(plan).filter((i) => i.severity === 'error');
  };

  it('is reported once, on that field: where each entry goes when it splits', () => {
    expect(withPod('10.244.0.0/16,fd00:10:244::/56').map((i) => [i.code, i.path])).toEqual([
      ['family_pair', 'networking.podSubnet.ipv4'],
    ]);
  });

  it('is reported once, on that field, with the reason when it does not', () => {
    expect(withPod('10.244.0.0/16,fd00:1::/56,fd00:2::/56').map((i) => [i.code, i.path])).toEqual([
      ['subnet_list', 'networking.podSubnet.ipv4'],
    ]);
  });
});
