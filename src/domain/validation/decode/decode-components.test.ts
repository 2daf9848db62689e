import { describe, expect, it } from 'vitest';
import { decodeDocument } from './decode.ts';
import { readConfigFile } from './read.ts';

function decodeOne(text: string) {
  const read = readConfigFile('c.yaml', text);
  const doc = read.documents[0];
  if (doc === undefined) throw new Error('no document');
  return { read: read.issues, ...decodeDocument(doc) };
}

const KUBELET = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const PROXY = 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\n';

describe('decodeDocument: KubeletConfiguration', () => {
  it('keeps every known field, including the ones it does not model', () => {
    const { document, issues } = decodeOne(`${KUBELET}cgroupDriver: systemd
clusterDNS: [10.96.0.10, fd00:10:96::a]
clusterDomain: cluster.local
failSwapOn: false
featureGates: { NodeSwap: true }
evictionHard: { memory.available: 100Mi }
authentication: { anonymous: { enabled: false } }
serverTLSBootstrap: true
`);
    expect(issues).toEqual([]);
    expect(document).toEqual({
      apiVersion: 'kubelet.config.k8s.io/v1beta1',
      document: {
        kind: 'KubeletConfiguration',
        cgroupDriver: 'systemd',
        clusterDNS: ['10.96.0.10', 'fd00:10:96::a'],
        clusterDomain: 'cluster.local',
        failSwapOn: false,
        featureGates: { NodeSwap: true },
        evictionHard: { 'memory.available': '100Mi' },
        authentication: { anonymous: { enabled: false } },
        serverTLSBootstrap: true,
      },
    });
  });

  it('type-checks the fields the domain models', () => {
    const { document, issues } = decodeOne(`${KUBELET}clusterDNS: 10.96.0.10
failSwapOn: "false"
address: 0
featureGates: { A: 1 }
`);
    expect(issues.map((i) => [i.path, i.params])).toEqual([
      ['clusterDNS', { expected: 'list of strings', actual: 'string' }],
      ['failSwapOn', { expected: 'boolean', actual: 'string' }],
      ['address', { expected: 'string', actual: 'number' }],
      ['featureGates.A', { expected: 'boolean', actual: 'number' }],
    ]);
    expect(document?.document).toEqual({ kind: 'KubeletConfiguration', featureGates: {} });
  });

  it('warns about a flag name used as a field (corpus 032: node-ip) and about metadata', () => {
    const { issues } = decodeOne(`${KUBELET}node-ip: "::"\nmetadata: { name: config }\n`);
    expect(issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ['unknown_field', 'warning', 'node-ip'],
      ['unknown_field', 'warning', 'metadata'],
    ]);
  });
});

describe('decodeDocument: KubeProxyConfiguration', () => {
  it('keeps known fields and type-checks mode, clusterCIDR and bindAddress', () => {
    const { document, issues } = decodeOne(`${PROXY}mode: ipvs
clusterCIDR: 10.244.0.0/16,fd00:10:244::/56
bindAddress: 0.0.0.0
ipvs: { strictARP: true }
detectLocalMode: ClusterCIDR
`);
    expect(issues).toEqual([]);
    expect(document?.document).toEqual({
      kind: 'KubeProxyConfiguration',
      mode: 'ipvs',
      clusterCIDR: '10.244.0.0/16,fd00:10:244::/56',
      bindAddress: '0.0.0.0',
      ipvs: { strictARP: true },
      detectLocalMode: 'ClusterCIDR',
    });
  });

  it('warns about the flag spelling cluster-cidr (corpus 067) and excludeCIDRs at the top level (025)', () => {
    const { issues } = decodeOne(
      `${PROXY}cluster-cidr: 10.244.0.0/16\nexcludeCIDRs: [10.0.0.0/8]\nmode: 1\n`,
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_field', 'cluster-cidr'],
      ['unknown_field', 'excludeCIDRs'],
      ['field_type', 'mode'],
    ]);
  });
});

describe('decodeDocument: kinds it does not model', () => {
  it.each([
    ['kubeadm.k8s.io/v1beta4', 'ResetConfiguration'],
    ['kubeadm.k8s.io/v1beta2', 'ClusterConfiguration'],
    ['kubelet.config.k8s.io/v1', 'KubeletConfiguration'],
    ['v1', 'ConfigMap'],
  ])('returns no document and no issues for %s %s', (apiVersion, kind) => {
    const result = decodeDocument({
      file: 'x',
      index: 0,
      apiVersion,
      kind,
      data: { apiVersion, kind, x: 1 },
    });
    expect(result).toEqual({ issues: [] });
  });
});
