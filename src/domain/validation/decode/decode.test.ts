import { describe, expect, it } from 'vitest';
import type { VersionedDocument } from '../../kubeadm/documents.ts';
import type { Issue } from '../issues.ts';
import { decodeDocument } from './decode.ts';
import { readConfigFile } from './read.ts';

/** Reads and decodes every document of a text. */
function decode(text: string): { documents: VersionedDocument[]; issues: Issue[] } {
  const read = readConfigFile('k.yaml', text);
  const decoded = read.documents.map(decodeDocument);
  return {
    documents: decoded.flatMap((d) => (d.document ? [d.document] : [])),
    issues: [...read.issues, ...decoded.flatMap((d) => d.issues)],
  };
}

const summary = (issues: Issue[]) =>
  issues.map((i) => [
    i.code,
    i.path,
    i.code === 'field_type' ? [i.params.expected, i.params.actual] : i.params,
  ]);

const V4 = 'apiVersion: kubeadm.k8s.io/v1beta4\n';
const V3 = 'apiVersion: kubeadm.k8s.io/v1beta3\n';

describe('decodeDocument', () => {
  it('decodes the zh-cn docs worker JoinConfiguration (v1beta3, list kubeletExtraArgs) with field_type', () => {
    const text = `${V3}kind: JoinConfiguration
discovery:
  bootstrapToken:
    apiServerEndpoint: 10.100.0.1:6443
    token: "clvldh.vjjwg16ucnhp94qr"
    caCertHashes:
    - "sha256:a4863cde706cfc580a439f842cc65d5ef112b7b2be31628513a9881cf0d9fe0e"
nodeRegistration:
  kubeletExtraArgs:
  - name: "node-ip"
    value: "10.100.0.2,fd00:1:2:3::3"
`;
    const { documents, issues } = decode(text);
    expect(issues).toEqual([
      {
        code: 'field_type',
        severity: 'error',
        file: 'k.yaml',
        document: 0,
        path: 'nodeRegistration.kubeletExtraArgs',
        params: { expected: 'map of strings', actual: 'list' },
      },
    ]);
    expect(documents[0]).toEqual({
      apiVersion: 'kubeadm.k8s.io/v1beta3',
      document: {
        kind: 'JoinConfiguration',
        discovery: {
          bootstrapToken: {
            apiServerEndpoint: '10.100.0.1:6443',
            token: 'clvldh.vjjwg16ucnhp94qr',
            caCertHashes: [
              'sha256:a4863cde706cfc580a439f842cc65d5ef112b7b2be31628513a9881cf0d9fe0e',
            ],
          },
        },
        nodeRegistration: {},
      },
    });
  });

  it('turns v1beta3 extraArgs maps into {name, value} lists sorted by name', () => {
    const text = `${V3}kind: ClusterConfiguration
apiServer:
  extraArgs:
    service-cluster-ip-range: 10.96.0.0/16
    advertise-address: 10.0.0.1
controllerManager:
  extraArgs: { node-cidr-mask-size-ipv6: "64", allocate-node-cidrs: "true", node-cidr-mask-size-ipv4: "24" }
etcd:
  local:
    extraArgs: { b: "2", a: "1" }
`;
    const { documents, issues } = decode(text);
    expect(issues).toEqual([]);
    expect(documents[0]?.document).toEqual({
      kind: 'ClusterConfiguration',
      apiServer: {
        extraArgs: [
          { name: 'advertise-address', value: '10.0.0.1' },
          { name: 'service-cluster-ip-range', value: '10.96.0.0/16' },
        ],
      },
      controllerManager: {
        extraArgs: [
          { name: 'allocate-node-cidrs', value: 'true' },
          { name: 'node-cidr-mask-size-ipv4', value: '24' },
          { name: 'node-cidr-mask-size-ipv6', value: '64' },
        ],
      },
      etcd: {
        local: {
          extraArgs: [
            { name: 'a', value: '1' },
            { name: 'b', value: '2' },
          ],
        },
      },
    });
  });

  it('reports a v1beta4 extraArgs map as field_type and drops it', () => {
    const text = `${V4}kind: InitConfiguration
nodeRegistration:
  name: node-1
  kubeletExtraArgs:
    node-ip: 10.0.0.1
`;
    const { documents, issues } = decode(text);
    expect(summary(issues)).toEqual([
      ['field_type', 'nodeRegistration.kubeletExtraArgs', ['list of {name, value}', 'mapping']],
    ]);
    expect(documents[0]?.document).toEqual({
      kind: 'InitConfiguration',
      nodeRegistration: { name: 'node-1' },
    });
  });

  it('refuses numbers where kubeadm needs strings, as sigs.k8s.io/yaml and encoding/json do', () => {
    const text = `${V4}kind: ClusterConfiguration
networking:
  podSubnet: 10
  serviceSubnet: 10.96.0.0/12
controllerManager:
  extraArgs:
  - name: node-cidr-mask-size-ipv6
    value: 24
  - name: node-cidr-mask-size-ipv4
    value: "24"
`;
    const { documents, issues } = decode(text);
    expect(summary(issues)).toEqual([
      ['field_type', 'networking.podSubnet', ['string', 'number']],
      ['field_type', 'controllerManager.extraArgs.node-cidr-mask-size-ipv6', ['string', 'number']],
    ]);
    expect(documents[0]?.document).toEqual({
      kind: 'ClusterConfiguration',
      networking: { serviceSubnet: '10.96.0.0/12' },
      controllerManager: { extraArgs: [{ name: 'node-cidr-mask-size-ipv4', value: '24' }] },
    });
  });

  it.each([
    ['"6443"', 'string'],
    ['6443.5', 'number'],
    ['99999999999', 'number'],
    ['[6443]', 'list'],
  ])('reports bindPort: %s as field_type (expected integer)', (value, actual) => {
    const { issues } = decode(
      `${V4}kind: InitConfiguration\nlocalAPIEndpoint:\n  bindPort: ${value}\n`,
    );
    expect(summary(issues)).toEqual([
      ['field_type', 'localAPIEndpoint.bindPort', ['integer', actual]],
    ]);
  });

  it('names list items by index in paths', () => {
    const text = `${V4}kind: JoinConfiguration
discovery:
  bootstrapToken:
    caCertHashes: ["sha256:aa", 12]
---
${V4}kind: InitConfiguration
bootstrapTokens:
- token: 123456
`;
    const { issues } = decode(text);
    expect(summary(issues)).toEqual([
      ['field_type', 'discovery.bootstrapToken.caCertHashes.1', ['string', 'number']],
      ['field_type', 'bootstrapTokens.0.token', ['string', 'number']],
    ]);
  });

  it('checks durations as time.ParseDuration does', () => {
    const text = `${V4}kind: InitConfiguration
bootstrapTokens:
- ttl: 24
- ttl: 1 day
- ttl: 24h0m0s
timeouts:
  controlPlaneComponentHealthCheck: 4m
`;
    const { documents, issues } = decode(text);
    expect(summary(issues)).toEqual([
      ['field_type', 'bootstrapTokens.0.ttl', ['duration', 'number']],
      ['field_type', 'bootstrapTokens.1.ttl', ['duration', 'string']],
    ]);
    expect(documents[0]?.document).toMatchObject({
      bootstrapTokens: [{}, {}, { ttl: '24h0m0s' }],
      timeouts: { controlPlaneComponentHealthCheck: '4m' },
    });
  });

  it('checks featureGates as a map of booleans', () => {
    const { issues } = decode(
      `${V4}kind: ClusterConfiguration\nfeatureGates:\n  A: "true"\n  B: yes\n`,
    );
    expect(summary(issues)).toEqual([['field_type', 'featureGates.A', ['boolean', 'string']]]);
    const list = decode(`${V4}kind: ClusterConfiguration\nfeatureGates: [A]\n`);
    expect(summary(list.issues)).toEqual([
      ['field_type', 'featureGates', ['map of booleans', 'list']],
    ]);
  });
});
