import { describe, expect, it } from 'vitest';
import type { ClusterConfiguration } from '../../../kubeadm/documents.ts';
import { checkClusterConfiguration } from './cluster-configuration.ts';

const ctx = { file: 'init.yaml', document: 0, apiVersion: 'kubeadm.k8s.io/v1beta4' };
const paths = (doc: Omit<ClusterConfiguration, 'kind'>, context = ctx) =>
  checkClusterConfiguration({ kind: 'ClusterConfiguration', ...doc }, context).map((i) => [
    i.code,
    i.path,
  ]);

describe('checkClusterConfiguration', () => {
  it('checks the subnets and DNS domain at their networking paths', () => {
    expect(
      paths({
        networking: { podSubnet: '10.244.0.0', serviceSubnet: '10.0.0.0/8', dnsDomain: 'A_B' },
      }),
    ).toEqual([
      ['service_subnet_too_large', 'networking.serviceSubnet'],
      ['cidr_syntax', 'networking.podSubnet'],
      ['dns_name', 'networking.dnsDomain'],
    ]);
  });

  it('checks the pod subnet against the KCM node masks and places flag issues on the flag', () => {
    const found = paths({
      networking: { podSubnet: '10.244.0.0/16,fd00:244::/56' },
      controllerManager: {
        extraArgs: [
          { name: 'node-cidr-mask-size-ipv6', value: '80' },
          { name: 'node-cidr-mask-size-ipv4', value: 'x' },
        ],
      },
    });
    expect(found).toEqual([
      ['node_mask_invalid', 'controllerManager.extraArgs.node-cidr-mask-size-ipv4'],
      ['node_mask_difference_too_large', 'networking.podSubnet'],
    ]);
  });

  it('skips the node-mask check when allocate-node-cidrs is "false"', () => {
    const args = [
      { name: 'allocate-node-cidrs', value: 'false' },
      { name: 'node-cidr-mask-size-ipv4', value: '30' },
    ];
    expect(
      paths({ networking: { podSubnet: '10.244.0.0/24' }, controllerManager: { extraArgs: args } }),
    ).toEqual([]);
  });

  it('requires a pod subnet when node CIDR allocation is switched on without one', () => {
    const args = [{ name: 'allocate-node-cidrs', value: 'true' }];
    expect(paths({ controllerManager: { extraArgs: args } })).toEqual([
      ['required', 'networking.podSubnet'],
    ]);
  });

  it('checks the endpoint, certSANs, version, repository, directory and extra arguments', () => {
    expect(
      paths({
        controlPlaneEndpoint: '[fd00::1]',
        apiServer: {
          certSANs: ['ok.example', '10.0.0.0/8'],
          extraArgs: [{ name: '', value: 'x' }],
        },
        kubernetesVersion: 'v1.3',
        imageRepository: 'https://registry.example',
        certificatesDir: 'pki',
      }),
    ).toEqual([
      expect.arrayContaining(['controlPlaneEndpoint']),
      ['kubernetes_version', 'kubernetesVersion'],
      ['image_repository', 'imageRepository'],
      ['absolute_path', 'certificatesDir'],
      ['dns_name', 'apiServer.certSANs.1'],
      ['extra_arg_name', 'apiServer.extraArgs.0'],
    ]);
  });

  it('checks encryptionAlgorithm only in v1beta4, where the field exists', () => {
    const doc = { encryptionAlgorithm: 'RSA' };
    expect(paths(doc)).toEqual([['encryption_algorithm', 'encryptionAlgorithm']]);
    expect(paths(doc, { ...ctx, apiVersion: 'kubeadm.k8s.io/v1beta3' })).toEqual([]);
  });

  it('checks feature gates and etcd', () => {
    expect(
      paths({ featureGates: { IPv6DualStack: true }, etcd: { local: { dataDir: 'relative' } } }),
    ).toEqual([
      ['feature_gate', 'featureGates.IPv6DualStack'],
      expect.arrayContaining([expect.stringMatching(/^etcd\./)]),
    ]);
  });
});
