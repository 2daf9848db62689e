import { describe, expect, it } from 'vitest';
import { makeIssue } from '../../issues.ts';
import { checkCidrList } from './subnets.ts';
import { codesOf, hasError, rows, text, vectorsFor } from './vectorCases.ts';

const at = { path: '' };
/** An issue about one entry of the list (0-based, split on ','). */
const entry = (n: number) => ({ path: '', entry: n });

describe('checkCidrList', () => {
  it('accepts a canonical dual-stack pair in either order', () => {
    expect(checkCidrList('10.96.0.0/12,fd00:10:96::/108', 'service').issues).toEqual([]);
    expect(checkCidrList('fd00:10:96::/108,10.96.0.0/12', 'service').issues).toEqual([]);
  });

  it('returns the parsed networks in order', () => {
    const { cidrs } = checkCidrList('fd00:10:244::/56,10.244.0.0/16', 'pod');
    expect(cidrs.map((c) => [c.family, c.prefix])).toEqual([
      ['ipv6', 56],
      ['ipv4', 16],
    ]);
  });

  it('requires a value', () => {
    expect(checkCidrList('', 'pod').issues).toEqual([
      makeIssue('required', at, { field: 'networking.podSubnet' }),
    ]);
  });

  it('refuses a space after the comma, because kubeadm does not trim', () => {
    const value = '10.96.0.0/12, fd00::/108';
    expect(checkCidrList(value, 'service').issues).toEqual([
      makeIssue('subnet_list', at, { value, reason: 'whitespace' }),
    ]);
  });

  it('reports every entry that is not a CIDR, and nothing after syntax', () => {
    const { issues, cidrs } = checkCidrList('10.0.0.1,bad/8,fd00::/64', 'pod');
    expect(issues).toEqual([
      makeIssue('cidr_syntax', entry(0), { value: '10.0.0.1' }),
      makeIssue('cidr_syntax', entry(1), { value: 'bad/8' }),
    ]);
    expect(cidrs).toHaveLength(1);
  });

  it('refuses three entries and two of one family', () => {
    expect(codesOf(checkCidrList('10.0.0.0/16,fd00::/64,10.1.0.0/16', 'pod').issues)).toEqual([
      'subnet_list',
    ]);
    expect(checkCidrList('10.0.0.0/16,10.1.0.0/16', 'pod').issues[0]?.params).toEqual({
      value: '10.0.0.0/16,10.1.0.0/16',
      reason: 'same_family',
    });
  });

  it('warns about host bits with the network kubeadm will use', () => {
    expect(checkCidrList('10.96.0.1/12', 'service').issues).toEqual([
      makeIssue('cidr_host_bits', entry(0), { value: '10.96.0.1/12', network: '10.96.0.0/12' }),
    ]);
  });

  it('warns about IPv4 leading zeros and only informs about IPv6 spelling', () => {
    const zeros = checkCidrList('010.096.0.0/12', 'service').issues;
    expect(zeros).toEqual([
      makeIssue('ip_noncanonical', entry(0), {
        value: '010.096.0.0/12',
        canonical: '10.96.0.0/12',
      }),
    ]);
    const spelling = checkCidrList('FD00:0:0::/108', 'service').issues;
    expect(spelling).toEqual([
      makeIssue(
        'ip_noncanonical',
        entry(0),
        { value: 'FD00:0:0::/108', canonical: 'fd00::/108' },
        'info',
      ),
    ]);
  });

  it('enforces the service size limits: 10 addresses and 20 host bits', () => {
    expect(checkCidrList('10.96.0.0/29', 'service').issues).toEqual([
      makeIssue('subnet_too_small', entry(0), {
        cidr: '10.96.0.0/29',
        addresses: '8',
        minimum: 10,
      }),
    ]);
    expect(checkCidrList('10.96.0.0/28', 'service').issues).toEqual([]);
    expect(checkCidrList('fd00::/107', 'service').issues).toEqual([
      makeIssue('service_subnet_too_large', entry(0), {
        cidr: 'fd00::/107',
        bits: 128,
        minPrefix: 108,
      }),
    ]);
    expect(checkCidrList('10.0.0.0/11', 'service').issues[0]?.params).toMatchObject({
      minPrefix: 12,
    });
  });

  it('needs 14 addresses in a pod subnet, counting /0 and /1 as 0 like RangeSize', () => {
    expect(checkCidrList('10.244.0.0/28', 'pod').issues).toEqual([]);
    expect(codesOf(checkCidrList('10.244.0.0/29', 'pod').issues)).toEqual(['subnet_too_small']);
    expect(checkCidrList('0.0.0.0/0', 'pod').issues[0]?.params).toMatchObject({ addresses: '0' });
    expect(checkCidrList('fd00::/8', 'pod').issues).toEqual([]);
  });

  it('keeps a host-bits warning next to a size error', () => {
    expect(codesOf(checkCidrList('10.0.0.1/29', 'service').issues)).toEqual([
      'cidr_host_bits',
      'subnet_too_small',
    ]);
  });

  it('warns about documentation prefixes and site-local ranges', () => {
    expect(checkCidrList('2001:db8:42::/56', 'pod').issues).toEqual([
      makeIssue('documentation_prefix', entry(0), {
        value: '2001:db8:42::/56',
        prefix: '2001:db8::/32',
      }),
    ]);
    expect(checkCidrList('fec0::/108', 'service').issues).toEqual([
      makeIssue('site_local', entry(0), { value: 'fec0::/108' }),
    ]);
  });

  it('names the entry of a dual-stack pair each finding is about', () => {
    const { issues, entries } = checkCidrList('fd00::/107,10.96.0.1/16', 'service');
    expect(issues.map((i) => [i.code, i.entry])).toEqual([
      ['service_subnet_too_large', 0],
      ['cidr_host_bits', 1],
    ]);
    expect(entries).toEqual([0, 1]);
    expect(checkCidrList('bad,10.0.0.0/16', 'pod').entries).toEqual([1]);
  });

  it('counts an IPv4-mapped CIDR as IPv4', () => {
    expect(codesOf(checkCidrList('::ffff:10.0.0.0/112,10.1.0.0/16', 'pod').issues)).toContain(
      'subnet_list',
    );
  });
});

const subnetList = vectorsFor('subnetList');
describe(`vectors: subnetList (${String(subnetList.length)} cases)`, () => {
  // ValidateIPNetFromString alone has no 20-bit limit, which checkCidrList adds for services, so
  // these run as pod subnets; every case is far from the 10-versus-14 boundary.
  it.each(rows(subnetList))('agrees, checked as a pod subnet: %s', (_, v) => {
    expect(hasError(checkCidrList(text(v, 'subnet'), 'pod').issues)).toBe(!v.valid);
  });
});

const serviceSize = vectorsFor('serviceSubnetSize');
describe(`vectors: serviceSubnetSize (${String(serviceSize.length)} cases)`, () => {
  it.each(rows(serviceSize))('agrees: %s', (_, v) => {
    expect(hasError(checkCidrList(text(v, 'serviceSubnet'), 'service').issues)).toBe(!v.valid);
  });
});

const apiserverRange = vectorsFor('apiserverServiceClusterIPRange');
const gated = apiserverRange.filter((v) => v.input.MultiCIDRServiceAllocator === true);
const ungated = apiserverRange.filter((v) => v.input.MultiCIDRServiceAllocator !== true);
describe(`vectors: apiserverServiceClusterIPRange (${String(apiserverRange.length)} cases)`, () => {
  it.each(rows(ungated))('agrees: %s', (_, v) => {
    const value = text(v, 'service-cluster-ip-range');
    expect(hasError(checkCidrList(value, 'service').issues)).toBe(!v.valid);
  });

  // kube-apiserver lifts the limit behind its allocator gates, but kubeadm still refuses more
  // than 20 host bits before kube-apiserver runs (RULES.md §3.7, §7).
  it.each(rows(gated))(
    'kubeadm-reject: keeps the 20-bit limit that kubeadm enforces: %s',
    (_, v) => {
      const value = text(v, 'service-cluster-ip-range');
      expect(codesOf(checkCidrList(value, 'service').issues)).toContain('service_subnet_too_large');
    },
  );

  it('covers every case', () => {
    expect(gated.length + ungated.length).toBe(apiserverRange.length);
  });
});

const maxRange = vectorsFor('apiserverMaxCIDRRange');
describe(`vectors: apiserverMaxCIDRRange (${String(maxRange.length)} cases)`, () => {
  it.each(rows(maxRange))('agrees: %s', (_, v) => {
    expect(v.input.maxCIDRBits).toBe(20);
    expect(hasError(checkCidrList(text(v, 'cidr'), 'service').issues)).toBe(!v.valid);
  });
});

const kubeProxy = vectorsFor('kubeProxyClusterCIDRs');
describe(`vectors: kubeProxyClusterCIDRs (${String(kubeProxy.length)} cases)`, () => {
  // kube-proxy reads the same comma list as podSubnet (RULES.md §9).
  it.each(rows(kubeProxy))('agrees, as the comma-joined pod subnet list: %s', (_, v) => {
    const list = v.input.clusterCIDRs as string[];
    expect(hasError(checkCidrList(list.join(','), 'pod').issues)).toBe(!v.valid);
  });
});
