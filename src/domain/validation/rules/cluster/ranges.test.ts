import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrContains, cidrsOverlap, formatCidr, parseCidr, parseIp } from '../../../net/index.ts';
import { clusterConfig, file, initConfig, joinConfig } from './__fixtures__/builders.ts';
import {
  checkEndpointRange,
  checkNodeAddressRanges,
  checkPodSubnetCapacity,
  checkSubnetOverlap,
  kcmNodeMask,
} from './ranges.ts';
import { buildClusterView } from './view.ts';

describe('checkSubnetOverlap', () => {
  it('warns about a service range inside the pod range of one family', () => {
    const view = buildClusterView([
      file(
        'a.yaml',
        clusterConfig({ podSubnet: 'fd00:42::/56', serviceSubnet: 'fd00:42:0:1::/112' }),
      ),
    ]);
    expect(checkSubnetOverlap(view)).toEqual([
      expect.objectContaining({
        code: 'subnets_overlap',
        severity: 'warning',
        path: 'networking.serviceSubnet',
        params: {
          family: 'ipv6',
          podSubnet: 'fd00:42::/56',
          serviceSubnet: 'fd00:42:0:1::/112',
          coversPods: false,
          suggestion: 'fd00:42:0:100::/112',
        },
      }),
    ]);
  });

  it('suggests a same-size service range clear of the pod subnet and the node IPs', () => {
    const view = buildClusterView([
      file(
        'a.yaml',
        clusterConfig({ podSubnet: '10.244.0.0/16', serviceSubnet: '10.244.128.0/20' }),
        initConfig({ advertise: '10.245.0.10', nodeIp: '10.245.0.10' }),
      ),
    ]);
    expect(checkSubnetOverlap(view)[0]?.params).toMatchObject({ suggestion: '10.245.16.0/20' });
  });

  it('never suggests a range that overlaps the pod subnet or holds a node IP', () => {
    const octet = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(
        octet,
        fc.integer({ min: 8, max: 24 }),
        fc.integer({ min: 8, max: 28 }),
        fc.array(octet, { minLength: 3, maxLength: 3 }),
        (second, podPrefix, servicePrefix, node) => {
          const pod = parseCidr(`10.${second}.0.0/16`);
          if (!pod.ok) return;
          const podCidr = {
            ...pod.cidr,
            prefix: podPrefix,
            network: pod.cidr.network & ~((1n << BigInt(32 - podPrefix)) - 1n),
          };
          const serviceNetwork = podCidr.network & ~((1n << BigInt(32 - servicePrefix)) - 1n);
          const podText = formatCidr(podCidr);
          const serviceText = formatCidr({
            family: 'ipv4',
            network: serviceNetwork,
            prefix: servicePrefix,
          });
          const nodeIp = `10.${node.join('.')}`;
          const view = buildClusterView([
            file(
              'a.yaml',
              clusterConfig({ podSubnet: podText, serviceSubnet: serviceText }),
              initConfig({ advertise: nodeIp, nodeIp }),
            ),
          ]);
          // The service range is built inside the pod range: always an overlap, always a
          // suggestion (10.0.0.0/8 leaves room for any of these sizes).
          const params = checkSubnetOverlap(view)[0]?.params;
          const suggestion = params && 'suggestion' in params ? params.suggestion : undefined;
          expect(suggestion).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+$/);
          const free = parseCidr(suggestion ?? '');
          const ip = parseIp(nodeIp);
          if (!free.ok || !ip.ok) throw new Error('unparseable');
          expect(free.cidr.prefix).toBe(servicePrefix);
          expect(cidrsOverlap(free.cidr, podCidr)).toBe(false);
          expect(cidrContains(free.cidr, ip.ip)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is an error when the service range covers the whole pod range, as KCM then fails', () => {
    const view = buildClusterView([
      file('a.yaml', clusterConfig({ podSubnet: '10.96.0.0/16', serviceSubnet: '10.96.0.0/12' })),
    ]);
    expect(checkSubnetOverlap(view)).toMatchObject([
      {
        severity: 'error',
        params: { coversPods: true },
      },
    ]);
  });

  it('compares against the default service subnet', () => {
    const view = buildClusterView([file('a.yaml', clusterConfig({ podSubnet: '10.64.0.0/10' }))]);
    expect(checkSubnetOverlap(view)).toMatchObject([
      {
        severity: 'warning',
        params: { serviceSubnet: '10.96.0.0/12' },
      },
    ]);
  });

  it('accepts separate ranges', () => {
    const view = buildClusterView([
      file(
        'a.yaml',
        clusterConfig({
          podSubnet: '10.244.0.0/16,fd00:244::/56',
          serviceSubnet: '10.96.0.0/16,fd00:96::/112',
        }),
      ),
    ]);
    expect(checkSubnetOverlap(view)).toEqual([]);
  });
});

describe('checkNodeAddressRanges', () => {
  it('reports node-ip entries and advertise addresses inside the pod or service subnets', () => {
    const view = buildClusterView([
      file(
        'init.yaml',
        clusterConfig({ podSubnet: '10.244.0.0/16', serviceSubnet: '10.96.0.0/16' }),
        initConfig({ advertise: '10.96.0.5', nodeIp: '10.244.3.4' }),
      ),
    ]);
    expect(checkNodeAddressRanges(view)).toEqual([
      expect.objectContaining({
        code: 'node_ip_in_cluster_range',
        severity: 'error',
        document: 1,
        path: 'nodeRegistration.kubeletExtraArgs.node-ip',
        params: { ip: '10.244.3.4', range: '10.244.0.0/16', rangeKind: 'pod' },
      }),
      expect.objectContaining({
        path: 'localAPIEndpoint.advertiseAddress',
        params: { ip: '10.96.0.5', range: '10.96.0.0/16', rangeKind: 'service' },
      }),
    ]);
  });

  it('reports an address once when the node claims it twice', () => {
    const view = buildClusterView([
      file('init.yaml', clusterConfig({ podSubnet: '10.244.0.0/16' })),
      file('cp.yaml', joinConfig({ advertise: '10.244.0.9', nodeIp: '10.244.0.9' })),
    ]);
    expect(checkNodeAddressRanges(view)).toHaveLength(1);
  });

  it('accepts addresses outside every cluster range', () => {
    const view = buildClusterView([
      file(
        'init.yaml',
        clusterConfig({ podSubnet: '10.244.0.0/16' }),
        initConfig({ advertise: '192.168.0.1' }),
      ),
    ]);
    expect(checkNodeAddressRanges(view)).toEqual([]);
  });
});

describe('checkEndpointRange', () => {
  const viewWith = (controlPlaneEndpoint: string) =>
    buildClusterView([
      file(
        'init.yaml',
        clusterConfig(
          { podSubnet: '10.244.0.0/16,fd00:244::/56', serviceSubnet: '10.96.0.0/16,fd00:96::/112' },
          { controlPlaneEndpoint },
        ),
      ),
    ]);

  it('reports an endpoint IP inside the pod or the service subnet, with or without a port', () => {
    expect(checkEndpointRange(viewWith('10.244.7.1:6443'))).toEqual([
      expect.objectContaining({
        code: 'endpoint_in_cluster_range',
        severity: 'error',
        path: 'controlPlaneEndpoint',
        params: { ip: '10.244.7.1', range: '10.244.0.0/16', rangeKind: 'pod' },
      }),
    ]);
    expect(checkEndpointRange(viewWith('[fd00:96::0a]:6443'))).toMatchObject([
      { params: { ip: 'fd00:96::a', range: 'fd00:96::/112', rangeKind: 'service' } },
    ]);
    expect(checkEndpointRange(viewWith('10.96.0.1'))).toMatchObject([
      { params: { rangeKind: 'service' } },
    ]);
  });

  it('accepts DNS names, addresses outside the ranges, malformed and absent endpoints', () => {
    for (const endpoint of ['cp.example.internal:6443', '192.168.0.10:6443', '10.244.0.1:x', '']) {
      expect(checkEndpointRange(viewWith(endpoint))).toEqual([]);
    }
  });
});

describe('checkPodSubnetCapacity', () => {
  it('warns when the pod subnet holds fewer node blocks than the nodes in the files', () => {
    const view = buildClusterView([
      file('init.yaml', clusterConfig({ podSubnet: '10.244.0.0/23' }), initConfig({})),
      file('w1.yaml', joinConfig({ name: 'w1' })),
      file('w2.yaml', joinConfig({ name: 'w2' })),
    ]);
    expect(checkPodSubnetCapacity(view)).toEqual([
      expect.objectContaining({
        code: 'pod_subnet_capacity',
        severity: 'warning',
        path: 'networking.podSubnet',
        params: { cidr: '10.244.0.0/23', blocks: '2', nodes: 3, nodeMask: 24 },
      }),
    ]);
  });

  it('asks for two blocks when only the init node is known', () => {
    const view = buildClusterView([
      file('init.yaml', clusterConfig({ podSubnet: '10.244.0.0/24' })),
    ]);
    expect(checkPodSubnetCapacity(view)).toMatchObject([{ params: { blocks: '1', nodes: 2 } }]);
  });

  it('uses the per-family node mask flag of each family', () => {
    const view = buildClusterView([
      file(
        'init.yaml',
        clusterConfig(
          { podSubnet: '10.244.0.0/16,fd00:244::/64', serviceSubnet: '10.96.0.0/16,fd00:96::/112' },
          { controllerManager: { extraArgs: [{ name: 'node-cidr-mask-size-ipv6', value: '64' }] } },
        ),
      ),
    ]);
    expect(checkPodSubnetCapacity(view)).toMatchObject([
      {
        params: { cidr: 'fd00:244::/64', blocks: '1' },
      },
    ]);
  });

  it('skips the check when node CIDR allocation is off', () => {
    const view = buildClusterView([
      file(
        'init.yaml',
        clusterConfig(
          { podSubnet: '10.244.0.0/24' },
          { controllerManager: { extraArgs: [{ name: 'allocate-node-cidrs', value: 'false' }] } },
        ),
      ),
    ]);
    expect(checkPodSubnetCapacity(view)).toEqual([]);
  });
});

describe('kcmNodeMask', () => {
  const settingsWith = (args: Array<{ name: string; value: string }>) =>
    buildClusterView([
      file(
        'a.yaml',
        clusterConfig({ podSubnet: '10.0.0.0/8' }, { controllerManager: { extraArgs: args } }),
      ),
    ]).settings!;

  it('defaults to 24 and 64', () => {
    expect(kcmNodeMask(settingsWith([]), 'ipv4', ['ipv4'])).toBe(24);
    expect(kcmNodeMask(settingsWith([]), 'ipv6', ['ipv4', 'ipv6'])).toBe(64);
  });

  it('honours the legacy flag in a single-stack cluster only, as KCM does', () => {
    const settings = settingsWith([{ name: 'node-cidr-mask-size', value: '20' }]);
    expect(kcmNodeMask(settings, 'ipv4', ['ipv4'])).toBe(20);
    expect(kcmNodeMask(settings, 'ipv4', ['ipv4', 'ipv6'])).toBe(24);
  });

  it('takes the last per-family flag', () => {
    const settings = settingsWith([
      { name: 'node-cidr-mask-size-ipv4', value: '22' },
      { name: 'node-cidr-mask-size-ipv4', value: '26' },
    ]);
    expect(kcmNodeMask(settings, 'ipv4', ['ipv4'])).toBe(26);
  });
});
