import { describe, expect, it } from 'vitest';
import { clusterConfig, file, joinConfig } from './__fixtures__/builders.ts';
import { checkClusterDns, checkKubeProxyClusterCidr } from './components.ts';
import { buildClusterView } from './view.ts';

describe('checkClusterDns', () => {
  it('warns when clusterDNS is not index 10 of the first service subnet', () => {
    const view = buildClusterView([
      file('init.yaml', clusterConfig({ serviceSubnet: 'fd00:96::/112,10.96.0.0/16' }), {
        kind: 'KubeletConfiguration',
        clusterDNS: ['10.96.0.10'],
      }),
    ]);
    expect(checkClusterDns(view)).toEqual([
      expect.objectContaining({
        code: 'cluster_dns_mismatch',
        severity: 'warning',
        document: 1,
        path: 'clusterDNS.0',
        params: { value: '10.96.0.10', expected: 'fd00:96::a' },
      }),
    ]);
  });

  it('accepts the DNS address of the default service subnet', () => {
    const view = buildClusterView([
      file('init.yaml', clusterConfig({}), {
        kind: 'KubeletConfiguration',
        clusterDNS: ['10.96.0.10'],
      }),
    ]);
    expect(checkClusterDns(view)).toEqual([]);
  });

  it('ignores a KubeletConfiguration in a join file, which kubeadm join ignores', () => {
    const view = buildClusterView([
      file('init.yaml', clusterConfig({})),
      file('join.yaml', joinConfig({}), {
        kind: 'KubeletConfiguration',
        clusterDNS: ['10.0.0.10'],
      }),
    ]);
    expect(checkClusterDns(view)).toEqual([]);
  });
});

describe('checkKubeProxyClusterCidr', () => {
  it('warns when clusterCIDR is not the podSubnet text, as kubeadm does', () => {
    const view = buildClusterView([
      file('init.yaml', clusterConfig({ podSubnet: '10.244.0.0/16,fd00:244::/56' }), {
        kind: 'KubeProxyConfiguration',
        clusterCIDR: '10.244.0.0/16',
      }),
    ]);
    expect(checkKubeProxyClusterCidr(view)).toEqual([
      expect.objectContaining({
        code: 'kube_proxy_cluster_cidr',
        severity: 'warning',
        path: 'clusterCIDR',
        params: { value: '10.244.0.0/16', recommended: '10.244.0.0/16,fd00:244::/56' },
      }),
    ]);
  });

  it('accepts an equal or empty clusterCIDR, and any value when there is no podSubnet', () => {
    const equal = buildClusterView([
      file('a.yaml', clusterConfig({ podSubnet: '10.244.0.0/16' }), {
        kind: 'KubeProxyConfiguration',
        clusterCIDR: '10.244.0.0/16',
      }),
    ]);
    const empty = buildClusterView([
      file('b.yaml', clusterConfig({ podSubnet: '10.244.0.0/16' }), {
        kind: 'KubeProxyConfiguration',
        clusterCIDR: '',
      }),
    ]);
    const noPods = buildClusterView([
      file('c.yaml', clusterConfig({}), {
        kind: 'KubeProxyConfiguration',
        clusterCIDR: '10.1.0.0/16',
      }),
    ]);
    expect([
      ...checkKubeProxyClusterCidr(equal),
      ...checkKubeProxyClusterCidr(empty),
      ...checkKubeProxyClusterCidr(noPods),
    ]).toEqual([]);
  });
});
