import { describe, expect, it } from 'vitest';
import type {
  ClusterConfiguration,
  InitConfiguration,
  JoinConfiguration,
  VersionedDocument,
} from '../kubeadm/documents.ts';
import { createNode } from '../plan/defaults.ts';
import { docsDualStackPlan, haPlan, ipv4OnlyPlan } from './__fixtures__/plans.ts';
import { buildInitDocuments, buildJoinDocuments, buildJoinFile } from './kubeadm.ts';

function cluster(docs: VersionedDocument[]): ClusterConfiguration {
  return docs[0]?.document as ClusterConfiguration;
}
function init(docs: VersionedDocument[]): InitConfiguration {
  return docs[1]?.document as InitConfiguration;
}
function join(docs: VersionedDocument[]): JoinConfiguration {
  return docs[0]?.document as JoinConfiguration;
}

describe('buildInitDocuments', () => {
  it('builds the docs page example from its plan', () => {
    expect(buildInitDocuments(docsDualStackPlan())).toEqual([
      {
        apiVersion: 'kubeadm.k8s.io/v1beta4',
        document: {
          kind: 'ClusterConfiguration',
          networking: {
            podSubnet: '10.244.0.0/16,2001:db8:42::/56',
            serviceSubnet: '10.96.0.0/16,2001:db8:42:1::/112',
          },
        },
      },
      {
        apiVersion: 'kubeadm.k8s.io/v1beta4',
        document: {
          kind: 'InitConfiguration',
          localAPIEndpoint: { advertiseAddress: '10.100.0.1', bindPort: 6443 },
          nodeRegistration: {
            kubeletExtraArgs: [{ name: 'node-ip', value: '10.100.0.2,fd00:1:2:3::2' }],
          },
        },
      },
    ]);
  });

  it('writes bindPort 6443 and the primary-family node IP when the plan leaves them empty', () => {
    const plan = docsDualStackPlan();
    plan.networking.stack = 'dual-ipv6-primary';
    plan.nodes[0] = { ...plan.nodes[0]!, advertiseAddress: '', bindPort: '' };
    expect(init(buildInitDocuments(plan)).localAPIEndpoint).toEqual({
      advertiseAddress: 'fd00:1:2:3::2',
      bindPort: 6443,
    });
  });

  it('keeps a CIDR with host bits and unparsable text as typed, trimmed', () => {
    const plan = docsDualStackPlan();
    plan.networking.podSubnet = { ipv4: ' 10.244.1.0/16 ', ipv6: 'FD00::0/56' };
    plan.networking.serviceSubnet = { ipv4: '10.96.0.0/16 x', ipv6: '' };
    expect(cluster(buildInitDocuments(plan)).networking).toEqual({
      podSubnet: '10.244.1.0/16,fd00::/56',
      serviceSubnet: '10.96.0.0/16 x',
    });
  });

  it('leaves out values of families the stack does not have', () => {
    const docs = buildInitDocuments(ipv4OnlyPlan());
    expect(cluster(docs).networking?.podSubnet).toBe('10.244.0.0/16');
    expect(cluster(docs).controllerManager?.extraArgs).toEqual([
      { name: 'node-cidr-mask-size-ipv4', value: '24' },
    ]);
  });

  it('leaves out every empty value and sets no KCM masks unless the plan does', () => {
    const plan = docsDualStackPlan();
    plan.nodes = [];
    plan.networking.podSubnet = { ipv4: '', ipv6: '' };
    plan.networking.serviceSubnet = { ipv4: '', ipv6: '' };
    expect(buildInitDocuments(plan).map((d) => d.document)).toEqual([
      { kind: 'ClusterConfiguration' },
      { kind: 'InitConfiguration', localAPIEndpoint: { bindPort: 6443 } },
    ]);
  });

  it('adds the bootstrap token, certificate key and component documents the plan asks for', () => {
    const plan = haPlan();
    plan.components = { ...plan.components, kubelet: true, kubeProxy: true, proxyMode: 'nftables' };
    const docs = buildInitDocuments(plan);
    expect(init(docs).bootstrapTokens).toEqual([{ token: 'abcdef.0123456789abcdef', ttl: '2h' }]);
    expect(init(docs).certificateKey).toBe('f'.repeat(64));
    expect(docs.slice(2)).toEqual([
      { apiVersion: 'kubelet.config.k8s.io/v1beta1', document: { kind: 'KubeletConfiguration' } },
      {
        apiVersion: 'kubeproxy.config.k8s.io/v1alpha1',
        document: {
          kind: 'KubeProxyConfiguration',
          clusterCIDR: '10.244.0.0/16,fd00:10:244::/56',
          mode: 'nftables',
        },
      },
    ]);
  });

  it('writes encryptionAlgorithm for v1beta4 only', () => {
    const plan = haPlan();
    expect(cluster(buildInitDocuments(plan)).encryptionAlgorithm).toBe('ECDSA-P256');
    plan.apiVersion = 'v1beta3';
    const docs = buildInitDocuments(plan);
    expect(cluster(docs)).not.toHaveProperty('encryptionAlgorithm');
    expect(docs[0]?.apiVersion).toBe('kubeadm.k8s.io/v1beta3');
  });

  it('uses the first control-plane node even when a worker comes first', () => {
    const plan = ipv4OnlyPlan();
    plan.nodes.reverse();
    expect(init(buildInitDocuments(plan)).nodeRegistration?.name).toBe('cp-1');
  });
});

describe('buildJoinDocuments', () => {
  it('gives a worker discovery and node registration but no controlPlane', () => {
    const doc = join(buildJoinDocuments(ipv4OnlyPlan(), 1));
    expect(doc).toEqual({
      kind: 'JoinConfiguration',
      nodeRegistration: {
        name: 'w-1',
        kubeletExtraArgs: [{ name: 'node-ip', value: '192.168.1.20' }],
      },
      discovery: {
        bootstrapToken: {
          apiServerEndpoint: '192.168.1.10:6443',
          token: 'abcdef.0123456789abcdef',
          caCertHashes: [`sha256:${'a'.repeat(64)}`],
        },
      },
    });
  });

  it('gives a control-plane join its own endpoint and the certificate key', () => {
    const doc = join(buildJoinDocuments(haPlan(), 2));
    expect(doc.controlPlane).toEqual({
      localAPIEndpoint: { advertiseAddress: '10.0.0.13', bindPort: 6443 },
      certificateKey: 'f'.repeat(64),
    });
  });

  it.each([
    ['the plan endpoint as typed', 'lb:7443', 'cp.example', '', 'lb:7443'],
    ['the control-plane endpoint with its port', '', 'cp.example:8443', '', 'cp.example:8443'],
    ['the control-plane endpoint plus the bind port', '', 'cp.example', '6444', 'cp.example:6444'],
    ['a bare IPv6 endpoint in brackets', '', '2001:db8::1', '', '[2001:db8::1]:6443'],
    ['the init node address when nothing else is set', '', '', '7000', '10.0.0.11:7000'],
  ])('dials %s', (_, explicit, controlPlaneEndpoint, bindPort, expected) => {
    const plan = haPlan();
    plan.discovery.apiServerEndpoint = explicit;
    plan.controlPlaneEndpoint = controlPlaneEndpoint;
    plan.nodes[0]!.bindPort = bindPort;
    expect(join(buildJoinDocuments(plan, 4)).discovery?.bootstrapToken?.apiServerEndpoint).toBe(
      expected,
    );
  });

  it('brackets an IPv6 init node address in the endpoint', () => {
    const plan = docsDualStackPlan();
    plan.nodes[0]!.advertiseAddress = 'fd00:1:2:3:0::2';
    plan.nodes.push({ ...createNode('worker', 'w') });
    const doc = join(buildJoinDocuments(plan, 1));
    expect(doc.discovery?.bootstrapToken?.apiServerEndpoint).toBe('[fd00:1:2:3::2]:6443');
    expect(doc).not.toHaveProperty('nodeRegistration.kubeletExtraArgs');
  });

  it('throws a RangeError for an index outside the plan', () => {
    expect(() => buildJoinDocuments(haPlan(), 6)).toThrow(RangeError);
  });
});

describe('buildJoinFile', () => {
  it('names the plan fields behind the derived discovery endpoint', () => {
    const plan = haPlan();
    plan.nodes[0]!.bindPort = '6444';
    expect(buildJoinFile(plan, 3).sources).toEqual(
      expect.arrayContaining([
        {
          document: 0,
          path: 'discovery.bootstrapToken.apiServerEndpoint',
          field: 'controlPlaneEndpoint',
        },
        {
          document: 0,
          path: 'discovery.bootstrapToken.apiServerEndpoint',
          field: 'nodes.0.bindPort',
        },
        {
          document: 0,
          path: 'discovery.bootstrapToken.caCertHashes.0',
          field: 'discovery.caCertHashes.0',
        },
        { document: 0, path: 'nodeRegistration.name', field: 'nodes.3.name' },
      ]),
    );
  });

  it('points controlPlane values at the joining node', () => {
    expect(buildJoinFile(haPlan(), 1).sources).toEqual(
      expect.arrayContaining([
        {
          document: 0,
          path: 'controlPlane.localAPIEndpoint.advertiseAddress',
          field: 'nodes.1.ips.ipv4',
        },
        { document: 0, path: 'controlPlane.certificateKey', field: 'discovery.certificateKey' },
      ]),
    );
  });
});
