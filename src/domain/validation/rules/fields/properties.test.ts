import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Arg, Etcd } from '../../../kubeadm/documents.ts';
import type { Cidr } from '../../../net/types.ts';
import type { Issue } from '../../issues.ts';
import * as fields from './index.ts';

// Every exported check, fed one value. Typed inputs come from YAML at run time, so each must
// also survive values of the wrong type.
const SINGLE: ReadonlyArray<[string, (value: never) => unknown]> = [
  ['checkCidrList pod', (v: string) => fields.checkCidrList(v, 'pod')],
  ['checkCidrList service', (v: string) => fields.checkCidrList(v, 'service')],
  ['checkIp advertise', (v: string) => fields.checkIp(v, 'advertise')],
  ['checkIp node', (v: string) => fields.checkIp(v, 'node')],
  ['checkNodeIpList', fields.checkNodeIpList],
  ['checkPort', fields.checkPort],
  ['parseHostPort', fields.parseHostPort],
  ['checkControlPlaneEndpoint', fields.checkControlPlaneEndpoint],
  ['checkApiServerEndpoint', fields.checkApiServerEndpoint],
  ['checkDnsDomain', fields.checkDnsDomain],
  ['checkNodeName', fields.checkNodeName],
  ['checkCertSan', fields.checkCertSan],
  ['isDns1123Subdomain', fields.isDns1123Subdomain],
  ['checkBootstrapToken', (v: string) => fields.checkBootstrapToken(v, 'token')],
  ['checkTokenTtl', fields.checkTokenTtl],
  ['checkTokenUsages', fields.checkTokenUsages],
  ['checkTokenGroups', (v: string[]) => fields.checkTokenGroups(v, v)],
  ['checkCaCertHash', fields.checkCaCertHash],
  ['checkCertificateKey', fields.checkCertificateKey],
  ['checkDiscoveryFile', fields.checkDiscoveryFile],
  ['checkCriSocket', fields.checkCriSocket],
  ['checkKubernetesVersion', (v: string) => fields.checkKubernetesVersion(v, 'v1beta4')],
  ['parseKubernetesMinor', fields.parseKubernetesMinor],
  ['checkFeatureGates', (v: Record<string, boolean>) => fields.checkFeatureGates(v, 'v1.33.0')],
  ['checkEncryptionAlgorithm', (v: string) => fields.checkEncryptionAlgorithm(v, 'v1.33.0')],
  ['checkImageRepository', fields.checkImageRepository],
  ['checkImagePullPolicy', fields.checkImagePullPolicy],
  ['checkAbsolutePath', fields.checkAbsolutePath],
  ['checkExtraArgs', fields.checkExtraArgs],
  ['checkIgnorePreflightErrors', (v: string[]) => fields.checkIgnorePreflightErrors(v, v)],
  ['checkEtcd', (v: Etcd) => fields.checkEtcd(v)],
  ['checkUrls', (v: string[]) => fields.checkUrls(v, true)],
  ['nodeMasksFromArgs', (v: Arg[]) => fields.nodeMasksFromArgs(v, ['ipv4', 'ipv6'])],
  [
    'checkPodSubnetNodeMasks',
    (v: Cidr[]) => fields.checkPodSubnetNodeMasks(v, { ipv4: 24, ipv6: 64 }),
  ],
  ['podSubnetCapacity', (v: Cidr) => fields.podSubnetCapacity(v, 24)],
  ['controlPlaneEndpointUrl', (v: string) => fields.controlPlaneEndpointUrl(v, v, 6443)],
  ['splitHostPort', fields.splitHostPort],
  ['parsePort', (v: string) => fields.parsePort(v)],
  ['normalizeNodeName', fields.normalizeNodeName],
  ['parseGoDuration', fields.parseGoDuration],
  ['parseGoUrl', fields.parseGoUrl],
];

// Strings made of the characters these fields care about, so the interesting paths are reached.
const fieldText = fc.string({
  unit: fc.constantFrom(...'0123456789abcdefABCDEF.:/[]%,- _*@#?+sunixhtp'.split('')),
  maxLength: 40,
});
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fieldText);
const etcdLike = fc.record(
  {
    local: fc.record({
      dataDir: anyText,
      serverCertSANs: fc.array(anyText),
      extraArgs: fc.anything(),
    }),
    external: fc.record({
      endpoints: fc.array(anyText),
      caFile: anyText,
      certFile: anyText,
      keyFile: anyText,
    }),
  },
  { requiredKeys: [] },
);

function isIssueList(value: unknown): boolean {
  const list = Array.isArray(value) ? value : (value as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(list)) return true;
  return (list as Issue[]).every((i) => typeof i.code === 'string' && typeof i.path === 'string');
}

describe('field checks', () => {
  it.each(SINGLE)('%s never throws on any string', (_, check) => {
    fc.assert(
      fc.property(anyText, (value) => {
        expect(isIssueList(check(value as never))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it.each(SINGLE)('%s never throws on any JSON value or odd object', (_, check) => {
    const odd = fc.oneof(
      fc.jsonValue(),
      fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true }),
      fc.array(fc.record({ name: anyText, value: fc.anything() }, { requiredKeys: [] })),
      etcdLike,
    );
    fc.assert(
      fc.property(odd, (value) => {
        check(value as never);
      }),
      { numRuns: 200 },
    );
  });

  it('finish quickly on long hostile input', () => {
    const long = `${'a-'.repeat(5000)}!`;
    const started = Date.now();
    for (const [, check] of SINGLE) check(long as never);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
