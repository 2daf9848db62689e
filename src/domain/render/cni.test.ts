import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCidr, parseCidr } from '../net/cidr.ts';
import { createDefaultPlan } from '../plan/defaults.ts';
import type { ClusterPlan, StackMode } from '../plan/plan.ts';
import {
  calicoBlockSizeNotes,
  calicoIpPools,
  ciliumHelmValues,
  cniFiles,
  flannelNetConf,
} from './cni.ts';
import { parseYamlStream } from '../text/yaml.ts';

function plan(stack: StackMode, change: (p: ClusterPlan) => void = () => {}): ClusterPlan {
  const p = createDefaultPlan();
  p.networking.stack = stack;
  // Written with host bits and upper case on purpose: the CNI files carry the canonical network.
  p.networking.podSubnet = { ipv4: '10.244.7.0/16', ipv6: 'FD00:10:244:0::/56' };
  change(p);
  return p;
}

interface Pool {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: { cidr: string; blockSize: number; natOutgoing: boolean; nodeSelector: string };
}

function pools(p: ClusterPlan): Pool[] {
  const stream = parseYamlStream(calicoIpPools(p));
  expect(stream.problem).toBeUndefined();
  return stream.documents.map((d) => d.data as Pool);
}

function flannel(p: ClusterPlan): Record<string, unknown> {
  return JSON.parse(flannelNetConf(p)) as Record<string, unknown>;
}

function cilium(p: ClusterPlan): unknown {
  const [values] = parseYamlStream(ciliumHelmValues(p)).documents;
  return values?.data;
}

describe('calicoIpPools', () => {
  it('makes one pool per family, primary first, with the canonical pod subnets', () => {
    expect(pools(plan('dual-ipv4-primary')).map((p) => [p.metadata.name, p.spec.cidr])).toEqual([
      ['default-ipv4-ippool', '10.244.0.0/16'],
      ['default-ipv6-ippool', 'fd00:10:244::/56'],
    ]);
    expect(pools(plan('dual-ipv6-primary')).map((p) => p.spec.cidr)).toEqual([
      'fd00:10:244::/56',
      '10.244.0.0/16',
    ]);
    expect(pools(plan('ipv4')).map((p) => p.spec.cidr)).toEqual(['10.244.0.0/16']);
    expect(pools(plan('ipv6')).map((p) => p.spec.cidr)).toEqual(['fd00:10:244::/56']);
  });

  it('writes valid IPPool resources', () => {
    for (const pool of pools(plan('dual-ipv4-primary'))) {
      expect(pool).toMatchObject({
        apiVersion: 'projectcalico.org/v3',
        kind: 'IPPool',
        spec: { natOutgoing: true, nodeSelector: 'all()' },
      });
    }
  });

  it('uses the node mask as block size when Calico accepts it', () => {
    const p = plan('dual-ipv4-primary', (x) => {
      x.networking.nodeMask = { ipv4: '27', ipv6: '120' };
    });
    expect(pools(p).map((x) => x.spec.blockSize)).toEqual([27, 120]);
    expect(calicoBlockSizeNotes(p)).toEqual([]);
  });

  it("falls back to Calico's default block size outside its range, and notes it", () => {
    const p = plan('dual-ipv6-primary');
    expect(pools(p).map((x) => x.spec.blockSize)).toEqual([122, 24]);
    expect(calicoBlockSizeNotes(p)).toEqual([
      { family: 'ipv6', nodeMask: 64, blockSize: 122, reason: 'calico_range' },
    ]);
    expect(calicoIpPools(p)).toContain('# IPv6 blockSize is 122');
    const v4 = plan('ipv4', (x) => {
      x.networking.nodeMask.ipv4 = '18';
    });
    expect(pools(v4)[0]?.spec.blockSize).toBe(26);
  });

  it('never makes a block larger than its pool', () => {
    const p = plan('ipv4', (x) => {
      x.networking.podSubnet.ipv4 = '10.244.0.0/28';
    });
    expect(pools(p)[0]?.spec.blockSize).toBe(28);
    expect(calicoBlockSizeNotes(p)).toEqual([
      { family: 'ipv4', nodeMask: 24, blockSize: 28, reason: 'pool_prefix' },
    ]);
  });

  it('leaves out a family without a usable pod subnet', () => {
    const p = plan('dual-ipv4-primary', (x) => {
      x.networking.podSubnet.ipv6 = '';
    });
    expect(pools(p).map((x) => x.spec.cidr)).toEqual(['10.244.0.0/16']);
  });
});

describe('ciliumHelmValues', () => {
  it.each<[StackMode, boolean, boolean]>([
    ['ipv4', true, false],
    ['dual-ipv4-primary', true, true],
    ['dual-ipv6-primary', true, true],
  ])('enables the families of %s and follows the node podCIDRs', (stack, v4, v6) => {
    expect(cilium(plan(stack))).toEqual({
      ipv4: { enabled: v4 },
      ipv6: { enabled: v6 },
      ipam: { mode: 'kubernetes' },
      k8s: { requireIPv4PodCIDR: v4, requireIPv6PodCIDR: v6 },
    });
  });

  it('routes an IPv6-only plan natively over the IPv6 network, with no IPv4 underlay', () => {
    expect(cilium(plan('ipv6'))).toEqual({
      ipv4: { enabled: false },
      ipv6: { enabled: true },
      routingMode: 'native',
      ipv6NativeRoutingCIDR: 'fd00:10:244::/56',
      autoDirectNodeRoutes: true,
      enableIPv6Masquerade: true,
      ipam: { mode: 'kubernetes' },
      k8s: { requireIPv4PodCIDR: false, requireIPv6PodCIDR: true },
    });
  });

  it('routes any IPv6-only plan natively over its own pod subnet and never enables IPv4', () => {
    const ipv6PodSubnet = fc
      .tuple(fc.ipV6(), fc.integer({ min: 1, max: 128 }))
      .map(([address, prefix]) => `${address}/${prefix}`);
    fc.assert(
      fc.property(ipv6PodSubnet, (podSubnet) => {
        const parsed = parseCidr(podSubnet);
        if (!parsed.ok) throw new Error(`generated an invalid CIDR ${podSubnet}`);
        const values = cilium(
          plan('ipv6', (x) => {
            x.networking.podSubnet.ipv6 = podSubnet;
          }),
        ) as Record<string, unknown>;
        expect(values).toMatchObject({
          ipv4: { enabled: false },
          ipv6: { enabled: true },
          routingMode: 'native',
          ipv6NativeRoutingCIDR: formatCidr(parsed.cidr),
          autoDirectNodeRoutes: true,
          k8s: { requireIPv4PodCIDR: false, requireIPv6PodCIDR: true },
        });
        expect(values).not.toHaveProperty('ipv4NativeRoutingCIDR');
        expect(values).not.toHaveProperty('tunnelProtocol');
      }),
    );
  });

  it('leaves dual-stack and IPv4-only plans on the default tunnel', () => {
    for (const stack of ['ipv4', 'dual-ipv4-primary', 'dual-ipv6-primary'] as const) {
      const values = cilium(plan(stack)) as Record<string, unknown>;
      expect(values).not.toHaveProperty('routingMode');
      expect(values).not.toHaveProperty('ipv6NativeRoutingCIDR');
    }
  });

  it('does not wait for podCIDRs of a family that has no pod subnet', () => {
    const p = plan('dual-ipv4-primary', (x) => {
      x.networking.podSubnet.ipv6 = '';
    });
    expect(cilium(p)).toMatchObject({
      k8s: { requireIPv4PodCIDR: true, requireIPv6PodCIDR: false },
    });
  });
});

describe('flannelNetConf', () => {
  it('carries both pod subnets and the default node masks in a dual-stack plan', () => {
    for (const stack of ['dual-ipv4-primary', 'dual-ipv6-primary'] as const) {
      expect(flannel(plan(stack))).toEqual({
        Network: '10.244.0.0/16',
        SubnetLen: 24,
        EnableIPv4: true,
        EnableIPv6: true,
        IPv6Network: 'fd00:10:244::/56',
        IPv6SubnetLen: 64,
        Backend: { Type: 'vxlan' },
      });
    }
  });

  it('takes subnet lengths from custom node masks', () => {
    const p = plan('dual-ipv4-primary', (x) => {
      x.networking.nodeMask = { ipv4: '25', ipv6: '80' };
    });
    expect(flannel(p)).toMatchObject({ SubnetLen: 25, IPv6SubnetLen: 80 });
  });

  it('disables IPv4 in an IPv6-only plan and IPv6 in an IPv4-only plan', () => {
    expect(flannel(plan('ipv6'))).toEqual({
      EnableIPv4: false,
      EnableIPv6: true,
      IPv6Network: 'fd00:10:244::/56',
      IPv6SubnetLen: 64,
      Backend: { Type: 'vxlan' },
    });
    expect(flannel(plan('ipv4'))).toEqual({
      Network: '10.244.0.0/16',
      SubnetLen: 24,
      EnableIPv4: true,
      EnableIPv6: false,
      Backend: { Type: 'vxlan' },
    });
  });
});

describe('cniFiles', () => {
  it('names the three files under cni/ with the texts of their functions', () => {
    const p = plan('dual-ipv4-primary');
    expect(cniFiles(p)).toEqual([
      { path: 'cni/calico-ippools.yaml', text: calicoIpPools(p) },
      { path: 'cni/cilium-values.yaml', text: ciliumHelmValues(p) },
      { path: 'cni/flannel-net-conf.json', text: flannelNetConf(p) },
    ]);
  });
});
