import { describe, expect, it } from 'vitest';
import vectors from '../../../__fixtures__/vectors.json' with { type: 'json' };
import { checkKubeletConfiguration, checkKubeProxyConfiguration } from './components.ts';

const ctx = { file: 'init.yaml', document: 2, apiVersion: 'kubelet.config.k8s.io/v1beta1' };

describe('checkKubeletConfiguration', () => {
  it('requires clusterDNS entries to be IPs and clusterDomain to be a DNS name', () => {
    const issues = checkKubeletConfiguration(
      {
        kind: 'KubeletConfiguration',
        clusterDNS: ['10.96.0.10', 'dns.local'],
        clusterDomain: 'Cluster.Local',
      },
      ctx,
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['ip_syntax', 'clusterDNS.1'],
      ['dns_name', 'clusterDomain'],
    ]);
  });
});

describe('checkKubeProxyConfiguration', () => {
  it('checks bindAddress as an IP', () => {
    const issues = checkKubeProxyConfiguration(
      { kind: 'KubeProxyConfiguration', bindAddress: '0.0.0.0:10249' },
      { ...ctx, apiVersion: 'kubeproxy.config.k8s.io/v1alpha1' },
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([['ip_syntax', 'bindAddress']]);
  });

  interface ClusterCidrVector {
    rule: string;
    input: { clusterCIDRs: string[] };
    valid: boolean;
    note: string;
  }
  const cases = (vectors as ClusterCidrVector[]).filter(
    (v) => v.rule === 'kubeProxyClusterCIDRs' && v.input.clusterCIDRs.length > 0,
  );

  // The empty-list vector is left out: kubeadm fills an empty clusterCIDR from podSubnet.
  describe(`vectors: kubeProxyClusterCIDRs (${cases.length} cases)`, () => {
    it.each(cases)('$note', (vector) => {
      const issues = checkKubeProxyConfiguration(
        { kind: 'KubeProxyConfiguration', clusterCIDR: vector.input.clusterCIDRs.join(',') },
        ctx,
      );
      expect(issues.some((i) => i.severity === 'error')).toBe(!vector.valid);
    });
  });
});
