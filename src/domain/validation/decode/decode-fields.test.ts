import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues.ts';
import { decodeDocument } from './decode.ts';
import { readConfigFile } from './read.ts';

/** The decoded documents and the decoder's own issues for a text. */
function decode(text: string) {
  const read = readConfigFile('f.yaml', text);
  expect(read.issues).toEqual([]);
  const decoded = read.documents.map(decodeDocument);
  return {
    documents: decoded.map((d) => d.document?.document),
    issues: decoded.flatMap((d) => d.issues),
  };
}

const unknown = (issues: Issue[]) =>
  issues.map((i) => [i.code, i.severity, i.path, i.code === 'unknown_field' ? i.params.field : '']);

const V4 = 'apiVersion: kubeadm.k8s.io/v1beta4\n';
const V3 = 'apiVersion: kubeadm.k8s.io/v1beta3\n';

describe('decodeDocument: unknown fields', () => {
  it('warns about v1beta3 fields in a v1beta4 document and drops them (corpus 049, rendered)', () => {
    const text = `${V4}kind: ClusterConfiguration
apiServer:
  certSANs: [k8s.example.com]
  timeoutForControlPlane: 4m0s
---
${V4}kind: JoinConfiguration
discovery:
  timeout: 5m0s
  tlsBootstrapToken: abcdef.0123456789abcdef
`;
    const { documents, issues } = decode(text);
    expect(unknown(issues)).toEqual([
      ['unknown_field', 'warning', 'apiServer.timeoutForControlPlane', 'timeoutForControlPlane'],
      ['unknown_field', 'warning', 'discovery.timeout', 'timeout'],
    ]);
    expect(documents).toEqual([
      { kind: 'ClusterConfiguration', apiServer: { certSANs: ['k8s.example.com'] } },
      { kind: 'JoinConfiguration', discovery: { tlsBootstrapToken: 'abcdef.0123456789abcdef' } },
    ]);
  });

  it('keeps the v1beta3-only timeouts where the in-memory model has them', () => {
    const text = `${V3}kind: ClusterConfiguration
apiServer:
  timeoutForControlPlane: 4m0s
---
${V3}kind: JoinConfiguration
discovery:
  timeout: 5m0s
`;
    const { documents, issues } = decode(text);
    expect(issues).toEqual([]);
    expect(documents).toEqual([
      { kind: 'ClusterConfiguration', apiServer: { timeoutForControlPlane: '4m0s' } },
      { kind: 'JoinConfiguration', discovery: { timeout: '5m0s' } },
    ]);
  });

  it('warns about every v1beta4-only field in a v1beta3 document', () => {
    const text = `${V3}kind: ClusterConfiguration
encryptionAlgorithm: RSA-2048
certificateValidityPeriod: 8760h
caCertificateValidityPeriod: 87600h
dns: { disabled: true }
proxy: { disabled: true }
scheduler: { extraEnvs: [] }
etcd: { local: { extraEnvs: [] }, external: { httpEndpoints: [] } }
---
${V3}kind: InitConfiguration
dryRun: true
timeouts: { discovery: 5m }
nodeRegistration: { imagePullSerial: false }
`;
    expect(unknown(decode(text).issues).map(([, , path]) => path)).toEqual([
      'encryptionAlgorithm',
      'certificateValidityPeriod',
      'caCertificateValidityPeriod',
      'dns.disabled',
      'proxy',
      'scheduler.extraEnvs',
      'etcd.local.extraEnvs',
      'etcd.external.httpEndpoints',
      'dryRun',
      'timeouts',
      'nodeRegistration.imagePullSerial',
    ]);
  });

  it('matches field names case-sensitively and never takes Object.prototype names as fields', () => {
    const text = `${V4}kind: ClusterConfiguration
networking: { PodSubnet: 10.244.0.0/16, constructor: x, __proto__: { polluted: true } }
`;
    const { documents, issues } = decode(text);
    expect(unknown(issues).map(([, , path]) => path)).toEqual([
      'networking.PodSubnet',
      'networking.constructor',
      'networking.__proto__',
    ]);
    expect(documents[0]).toEqual({ kind: 'ClusterConfiguration', networking: {} });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('warns about misplaced sections (nodeRegistration in ClusterConfiguration, corpus 060)', () => {
    const { issues } = decode(`${V3}kind: ClusterConfiguration\nnodeRegistration: { name: a }\n`);
    expect(unknown(issues)).toEqual([
      ['unknown_field', 'warning', 'nodeRegistration', 'nodeRegistration'],
    ]);
  });

  it('names unknown fields inside an extraArgs entry by the argument', () => {
    const { issues } = decode(`${V4}kind: InitConfiguration
nodeRegistration:
  kubeletExtraArgs:
  - { name: node-ip, value: 10.0.0.1, val: x }
  - { value: z, extra: 1 }
`);
    expect(unknown(issues).map(([, , path]) => path)).toEqual([
      'nodeRegistration.kubeletExtraArgs.node-ip.val',
      'nodeRegistration.kubeletExtraArgs.1.extra',
    ]);
  });
});

describe('decodeDocument: null and empty values', () => {
  it('treats null as absent, except taints where null and [] mean different things', () => {
    const text = `${V4}kind: JoinConfiguration
controlPlane:
caCertPath: ~
nodeRegistration:
  taints:
---
${V4}kind: InitConfiguration
nodeRegistration:
  taints: []
  kubeletExtraArgs:
  - name: node-ip
  - null
`;
    const { documents, issues } = decode(text);
    expect(issues).toEqual([]);
    expect(documents).toEqual([
      { kind: 'JoinConfiguration', nodeRegistration: { taints: null } },
      {
        kind: 'InitConfiguration',
        nodeRegistration: {
          taints: [],
          kubeletExtraArgs: [
            { name: 'node-ip', value: '' },
            { name: '', value: '' },
          ],
        },
      },
    ]);
  });

  it('gives null list items and map values Go’s zero value', () => {
    const { documents } = decode(`${V3}kind: ClusterConfiguration
apiServer:
  certSANs: [a, null]
  extraArgs: { v: null }
`);
    expect(documents[0]).toEqual({
      kind: 'ClusterConfiguration',
      apiServer: { certSANs: ['a', ''], extraArgs: [{ name: 'v', value: '' }] },
    });
  });

  it('reports a section that is not a mapping', () => {
    const { issues } = decode(
      `${V4}kind: JoinConfiguration\ndiscovery: token\ncontrolPlane: [a]\n`,
    );
    expect(issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['field_type', 'discovery', { expected: 'mapping', actual: 'string' }],
      ['field_type', 'controlPlane', { expected: 'mapping', actual: 'list' }],
    ]);
  });
});
