import { describe, expect, it } from 'vitest';
import { formatIp, parseIp } from '../../../net/ip.ts';
import { makeIssue } from '../../issues.ts';
import { checkIp, checkNodeIpList } from './addresses.ts';
import { codesOf, hasError, rows, text, vectorsFor, type Vector } from './vectorCases.ts';

const at = { path: '' };

describe('checkIp', () => {
  it('accepts unicast addresses of both families, private ones included', () => {
    for (const value of ['10.0.0.1', '192.168.1.10', '100.64.0.1', 'fd00::1', '2600::1']) {
      expect(checkIp(value, 'advertise')).toMatchObject({ issues: [] });
    }
    expect(checkIp('10.0.0.1', 'node').ip).toEqual({ family: 'ipv4', value: 0x0a000001n });
  });

  it('refuses what is not an address, CIDRs and zones included', () => {
    for (const value of ['', '1.2', '1234', '1.2.3.4/16', 'fe80::1%eth0', ' 1.2.3.4', '[::1]']) {
      expect(checkIp(value, 'advertise').issues).toEqual([makeIssue('ip_syntax', at, { value })]);
    }
  });

  it('refuses link-local, multicast and broadcast advertise addresses', () => {
    expect(checkIp('169.254.0.5', 'advertise').issues).toEqual([
      makeIssue('ip_not_unicast', at, { ip: '169.254.0.5', kind: 'link-local' }),
    ]);
    expect(codesOf(checkIp('ff02::1', 'advertise').issues)).toEqual(['ip_not_unicast']);
    expect(codesOf(checkIp('255.255.255.255', 'advertise').issues)).toEqual(['ip_not_unicast']);
  });

  it('allows loopback ("use lo") and unspecified (auto-detect) as advertise addresses', () => {
    expect(checkIp('127.0.0.1', 'advertise').issues).toEqual([]);
    expect(checkIp('::', 'advertise').issues).toEqual([]);
    expect(checkIp('0.0.0.0', 'advertise').issues).toEqual([]);
  });

  it('refuses loopback node IPs but allows a lone unspecified one', () => {
    expect(checkIp('::1', 'node').issues).toEqual([
      makeIssue('ip_not_unicast', at, { ip: '::1', kind: 'loopback' }),
    ]);
    expect(checkIp('0.0.0.0', 'node').issues).toEqual([]);
  });

  it('puts no kind limits on certificate SANs', () => {
    expect(checkIp('127.0.0.1', 'san').issues).toEqual([]);
  });

  it('warns about leading zeros, reading them as decimal, and informs about IPv6 spelling', () => {
    expect(checkIp('010.000.000.001', 'node').issues).toEqual([
      makeIssue('ip_noncanonical', at, { value: '010.000.000.001', canonical: '10.0.0.1' }),
    ]);
    expect(checkIp('FD00:0::1', 'node').issues).toEqual([
      makeIssue('ip_noncanonical', at, { value: 'FD00:0::1', canonical: 'fd00::1' }, 'info'),
    ]);
  });

  it('warns about documentation addresses', () => {
    expect(checkIp('192.0.2.10', 'advertise').issues).toEqual([
      makeIssue('documentation_prefix', at, { value: '192.0.2.10', prefix: '192.0.2.0/24' }),
    ]);
  });
});

describe('checkNodeIpList', () => {
  it('accepts one IP or a dual-stack pair in either order, trimming entries', () => {
    expect(checkNodeIpList('10.0.0.5').issues).toEqual([]);
    expect(checkNodeIpList('fd00::5, 10.0.0.5').issues).toEqual([]);
    expect(checkNodeIpList('10.0.0.5,fd00::5').ips.map(formatIp)).toEqual(['10.0.0.5', 'fd00::5']);
  });

  it('treats a blank value as not set', () => {
    expect(checkNodeIpList('   ')).toEqual({ issues: [], ips: [] });
  });

  it('refuses entries kubelet would silently ignore', () => {
    expect(checkNodeIpList('10.0.0.5,garbage').issues).toEqual([
      makeIssue('ip_syntax', { path: '', entry: 1 }, { value: 'garbage' }),
    ]);
  });

  it('warns about an empty entry', () => {
    expect(checkNodeIpList('10.0.0.5,').issues).toEqual([
      makeIssue('node_ip_list', at, { value: '10.0.0.5,', reason: 'empty_entry' }, 'warning'),
    ]);
  });

  it('refuses three entries, two of one family, and unspecified in a pair', () => {
    const reason = (value: string) => checkNodeIpList(value).issues[0]?.params;
    expect(reason('10.0.0.1,fd00::1,10.0.0.2')).toMatchObject({ reason: 'too_many' });
    expect(reason('fd00::1,fd00::2')).toMatchObject({ reason: 'same_family' });
    expect(reason('0.0.0.0,fd00::1')).toMatchObject({ reason: 'unspecified_in_pair' });
  });

  it('applies the node rules to each entry', () => {
    expect(codesOf(checkNodeIpList('127.0.0.1,fd00::1').issues)).toEqual(['ip_not_unicast']);
    expect(checkNodeIpList('fd00::1, ,127.0.0.1').issues.map((i) => i.entry)).toEqual([
      undefined,
      2,
    ]);
  });
});

const ipAddress = vectorsFor('ipAddress');
describe(`vectors: ipAddress (${String(ipAddress.length)} cases)`, () => {
  it.each(rows(ipAddress))('agrees: %s', (_, v) => {
    expect(hasError(checkIp(text(v, 'ip'), 'advertise').issues)).toBe(!v.valid);
  });
});

const nodeIp = vectorsFor('nodeIP');
const ignoredEntries = (v: Vector) => (v.expected?.ignored as string[] | undefined) ?? [];
// kubelet's dual-stack refusal under a legacy in-tree cloud provider: those providers are gone
// since kubelet 1.31, and the wizard has no cloud-provider setting (RULES.md §19).
const legacyCloud = nodeIp.filter((v) => v.error === 'not supported in this configuration');
// kubelet drops entries that are not IPs; the wizard refuses them (RULES.md §19).
const wizardStricter = nodeIp.filter((v) => v.valid && ignoredEntries(v).some((e) => e !== ''));
const nodeIpAgrees = nodeIp.filter((v) => !legacyCloud.includes(v) && !wizardStricter.includes(v));
describe(`vectors: nodeIP (${String(nodeIp.length)} cases)`, () => {
  it.each(rows(nodeIpAgrees))('agrees: %s', (_, v) => {
    const result = checkNodeIpList(text(v, 'node-ip'));
    expect(hasError(result.issues)).toBe(!v.valid);
    const parsed = v.expected?.parsed as string[] | undefined;
    if (v.valid && parsed) expect(result.ips.map(formatIp)).toEqual(parsed);
  });

  it.each(rows(wizardStricter))(
    'wizard-stricter: refuses the entries kubelet ignores (RULES.md §19): %s',
    (_, v) => {
      const issues = checkNodeIpList(text(v, 'node-ip')).issues;
      expect(issues.filter((i) => i.code === 'ip_syntax').map((i) => i.params)).toEqual(
        ignoredEntries(v).map((value) => ({ value })),
      );
    },
  );

  it.each(rows(legacyCloud))(
    'out of scope (legacy in-tree cloud provider): the pair is judged on its own: %s',
    (_, v) => {
      const entries = text(v, 'node-ip')
        .split(',')
        .map((e) => e.trim());
      // Without the provider, kubelet would refuse only an unspecified address in the pair; the
      // wizard adds entries that are not IPs.
      const refused = entries.some((e) => {
        const parsed = parseIp(e);
        return !parsed.ok || parsed.ip.value === 0n;
      });
      expect(hasError(checkNodeIpList(text(v, 'node-ip')).issues)).toBe(refused);
    },
  );

  it('covers every case', () => {
    expect(nodeIpAgrees.length + wizardStricter.length + legacyCloud.length).toBe(nodeIp.length);
  });
});

const kubeProxyIps = vectorsFor('kubeProxyDualStackIPs');
describe(`vectors: kubeProxyDualStackIPs (${String(kubeProxyIps.length)} cases)`, () => {
  it.each(rows(kubeProxyIps))('agrees, as a comma-joined node IP list: %s', (_, v) => {
    const ips = v.input.ips as string[];
    expect(hasError(checkNodeIpList(ips.join(',')).issues)).toBe(!v.valid);
  });
});
