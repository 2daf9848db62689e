import { describe, expect, it } from 'vitest';
import type { VersionedDocument } from '../kubeadm/documents.ts';
import { toWireDocument } from './wire.ts';

const cluster: VersionedDocument = {
  apiVersion: 'kubeadm.k8s.io/v1beta4',
  document: {
    kind: 'ClusterConfiguration',
    networking: { serviceSubnet: '10.96.0.0/12', podSubnet: '10.244.0.0/16' },
    apiServer: { extraArgs: [{ name: 'v', value: '2' }] },
    controllerManager: {
      extraArgs: [
        { name: 'node-cidr-mask-size-ipv4', value: '24' },
        { name: 'node-cidr-mask-size-ipv4', value: '25' },
      ],
    },
    scheduler: { extraArgs: [{ name: 'bind-address', value: '0.0.0.0' }] },
    etcd: { local: { dataDir: '/var/lib/etcd', extraArgs: [{ name: 'quota', value: '8' }] } },
  },
};

const join: VersionedDocument = {
  apiVersion: 'kubeadm.k8s.io/v1beta4',
  document: {
    kind: 'JoinConfiguration',
    nodeRegistration: { kubeletExtraArgs: [{ name: 'node-ip', value: '10.0.0.2' }] },
    discovery: { bootstrapToken: { token: 't', apiServerEndpoint: 'a:1' } },
  },
};

describe('toWireDocument', () => {
  it('puts apiVersion and kind first and every other key in sorted order', () => {
    const wire = toWireDocument(cluster);
    expect(Object.keys(wire)).toEqual([
      'apiVersion',
      'kind',
      'apiServer',
      'controllerManager',
      'etcd',
      'networking',
      'scheduler',
    ]);
    expect(Object.keys(wire.networking as object)).toEqual(['podSubnet', 'serviceSubnet']);
  });

  it('keeps v1beta4 arg lists as lists', () => {
    expect(toWireDocument(join).nodeRegistration).toEqual({
      kubeletExtraArgs: [{ name: 'node-ip', value: '10.0.0.2' }],
    });
  });

  it('writes every arg list as a map for v1beta3, the last duplicate winning', () => {
    const wire = toWireDocument(cluster, 'v1beta3');
    expect(wire).toMatchObject({
      apiVersion: 'kubeadm.k8s.io/v1beta3',
      apiServer: { extraArgs: { v: '2' } },
      controllerManager: { extraArgs: { 'node-cidr-mask-size-ipv4': '25' } },
      scheduler: { extraArgs: { 'bind-address': '0.0.0.0' } },
      etcd: { local: { dataDir: '/var/lib/etcd', extraArgs: { quota: '8' } } },
    });
    expect(toWireDocument(join, 'v1beta3').nodeRegistration).toEqual({
      kubeletExtraArgs: { 'node-ip': '10.0.0.2' },
    });
  });

  it('uses the map form for a document whose own version is v1beta3', () => {
    const wire = toWireDocument({ ...join, apiVersion: 'kubeadm.k8s.io/v1beta3' });
    expect(wire.apiVersion).toBe('kubeadm.k8s.io/v1beta3');
    expect(wire.nodeRegistration).toEqual({ kubeletExtraArgs: { 'node-ip': '10.0.0.2' } });
  });

  it('leaves component documents and their apiVersion alone', () => {
    const proxy: VersionedDocument = {
      apiVersion: 'kubeproxy.config.k8s.io/v1alpha1',
      document: { kind: 'KubeProxyConfiguration', mode: 'ipvs', clusterCIDR: '10.244.0.0/16' },
    };
    expect(toWireDocument(proxy, 'v1beta3')).toEqual({
      apiVersion: 'kubeproxy.config.k8s.io/v1alpha1',
      kind: 'KubeProxyConfiguration',
      clusterCIDR: '10.244.0.0/16',
      mode: 'ipvs',
    });
  });

  it('does not change the document it is given', () => {
    const before = JSON.stringify(cluster);
    toWireDocument(cluster, 'v1beta3');
    expect(JSON.stringify(cluster)).toBe(before);
  });
});
