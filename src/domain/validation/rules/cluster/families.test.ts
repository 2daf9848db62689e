import { describe, expect, it } from 'vitest';
import { clusterConfig, file, initConfig, joinConfig } from './__fixtures__/builders.ts';
import { checkAdvertiseFamilies, checkNodeStacks, checkPodServiceStacks } from './families.ts';
import { buildClusterView } from './view.ts';

describe('checkAdvertiseFamilies', () => {
  it('reports an IPv4 advertise address in an IPv6-primary cluster', () => {
    const view = buildClusterView([
      file(
        'init.yaml',
        clusterConfig({ serviceSubnet: 'fd00:96::/112,10.96.0.0/16' }),
        initConfig({ advertise: '192.168.1.10' }),
      ),
    ]);
    expect(checkAdvertiseFamilies(view)).toEqual([
      expect.objectContaining({
        code: 'family_mismatch',
        severity: 'error',
        file: 'init.yaml',
        document: 1,
        path: 'localAPIEndpoint.advertiseAddress',
        params: {
          address: '192.168.1.10',
          addressFamily: 'ipv4',
          subnet: 'fd00:96::/112',
          subnetFamily: 'ipv6',
        },
      }),
    ]);
  });

  it('reports an IPv6 advertise address when the service subnet defaults to 10.96.0.0/12', () => {
    const view = buildClusterView([
      file(
        'init.yaml',
        clusterConfig({ podSubnet: 'fd00:244::/56' }),
        initConfig({ advertise: 'fd00::10' }),
      ),
    ]);
    expect(checkAdvertiseFamilies(view)).toMatchObject([
      {
        code: 'family_mismatch',
        params: { subnet: '10.96.0.0/12', subnetFamily: 'ipv4' },
      },
    ]);
  });

  it('applies the default service subnet when the init file has no ClusterConfiguration', () => {
    const view = buildClusterView([file('init.yaml', initConfig({ advertise: 'fd00::10' }))]);
    expect(checkAdvertiseFamilies(view)).toHaveLength(1);
  });

  it('checks control-plane joins against the init file and skips workers', () => {
    const view = buildClusterView([
      file(
        'init.yaml',
        clusterConfig({ serviceSubnet: '10.96.0.0/16' }),
        initConfig({ advertise: '10.0.0.1' }),
      ),
      file('cp.yaml', joinConfig({ advertise: 'fd00::2' })),
      file('worker.yaml', joinConfig({ nodeIp: 'fd00::3' })),
    ]);
    expect(checkAdvertiseFamilies(view)).toEqual([
      expect.objectContaining({
        file: 'cp.yaml',
        path: 'controlPlane.localAPIEndpoint.advertiseAddress',
      }),
    ]);
  });

  it('skips an unspecified advertise address, which kubeadm replaces with a detected one', () => {
    const view = buildClusterView([file('init.yaml', initConfig({ advertise: '::' }))]);
    expect(checkAdvertiseFamilies(view)).toEqual([]);
  });

  it('skips the check with endpoint-reconciler-type none, as kube-apiserver does', () => {
    const view = buildClusterView([
      file(
        'init.yaml',
        clusterConfig(undefined, {
          apiServer: { extraArgs: [{ name: 'endpoint-reconciler-type', value: 'none' }] },
        }),
        initConfig({ advertise: 'fd00::10' }),
      ),
    ]);
    expect(checkAdvertiseFamilies(view)).toEqual([]);
  });

  it('has nothing to compare in a set of join files only', () => {
    const view = buildClusterView([file('cp.yaml', joinConfig({ advertise: 'fd00::2' }))]);
    expect(checkAdvertiseFamilies(view)).toEqual([]);
  });
});

describe('checkPodServiceStacks', () => {
  it('warns when the pod subnets cover other families than the service subnets', () => {
    const view = buildClusterView([
      file('init.yaml', clusterConfig({ podSubnet: '10.244.0.0/16,fd00:244::/56' })),
    ]);
    expect(checkPodServiceStacks(view)).toEqual([
      expect.objectContaining({
        code: 'stack_mismatch',
        severity: 'warning',
        path: 'networking.podSubnet',
        params: { reason: 'pod_service_families', expected: 'IPv4', actual: 'IPv4, IPv6' },
      }),
    ]);
  });

  it('warns when the two lists put different families first', () => {
    const view = buildClusterView([
      file(
        'init.yaml',
        clusterConfig({
          podSubnet: 'fd00:244::/56,10.244.0.0/16',
          serviceSubnet: '10.96.0.0/16,fd00:96::/112',
        }),
      ),
    ]);
    expect(checkPodServiceStacks(view)).toEqual([
      expect.objectContaining({
        params: { reason: 'pod_service_order', expected: 'IPv4', actual: 'IPv6' },
      }),
    ]);
  });

  it('accepts matching lists and a cluster without a pod subnet', () => {
    const matching = buildClusterView([
      file('a.yaml', clusterConfig({ podSubnet: '10.244.0.0/16', serviceSubnet: '10.96.0.0/16' })),
    ]);
    const noPods = buildClusterView([
      file('b.yaml', clusterConfig({ serviceSubnet: 'fd00::/112' })),
    ]);
    expect([...checkPodServiceStacks(matching), ...checkPodServiceStacks(noPods)]).toEqual([]);
  });

  it('stays quiet when a list does not parse (the field rule reports it)', () => {
    const view = buildClusterView([
      file('a.yaml', clusterConfig({ podSubnet: 'nonsense', serviceSubnet: '10.96.0.0/16' })),
    ]);
    expect(checkPodServiceStacks(view)).toEqual([]);
  });
});

describe('checkNodeStacks', () => {
  const dual = clusterConfig({ serviceSubnet: '10.96.0.0/16,fd00:96::/112' });

  it('warns when a node of a dual-stack cluster has a node-ip of one family only', () => {
    const view = buildClusterView([
      file('init.yaml', dual, initConfig({ advertise: '10.0.0.1', nodeIp: '10.0.0.1' })),
    ]);
    expect(checkNodeStacks(view)).toEqual([
      expect.objectContaining({
        path: 'nodeRegistration.kubeletExtraArgs.node-ip',
        params: { reason: 'node_ip_families', expected: 'IPv4, IPv6', actual: 'IPv4' },
      }),
    ]);
  });

  it('warns when a node lists its IPs in another order than the cluster', () => {
    const view = buildClusterView([
      file('init.yaml', dual),
      file('worker.yaml', joinConfig({ nodeIp: 'fd00::5,10.0.0.5' })),
    ]);
    expect(checkNodeStacks(view)).toEqual([
      expect.objectContaining({
        file: 'worker.yaml',
        params: { reason: 'node_ip_order', expected: 'IPv4', actual: 'IPv6' },
      }),
    ]);
  });

  it('warns when a single-stack node-ip lacks the cluster family', () => {
    const view = buildClusterView([
      file(
        'init.yaml',
        clusterConfig({ serviceSubnet: '10.96.0.0/16' }),
        initConfig({ nodeIp: 'fd00::1' }),
      ),
    ]);
    expect(checkNodeStacks(view)).toMatchObject([{ params: { reason: 'node_ip_families' } }]);
  });

  it('accepts matching pairs, nodes without node-ip and node-ip lists the field rule rejects', () => {
    const view = buildClusterView([
      file('init.yaml', dual, initConfig({ nodeIp: '10.0.0.1,fd00::1' })),
      file('w1.yaml', joinConfig({})),
      file('w2.yaml', joinConfig({ nodeIp: '10.0.0.2,10.0.0.3' })),
    ]);
    expect(checkNodeStacks(view)).toEqual([]);
  });
});
