import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCapacity } from './capacity.ts';
import { createDefaultPlan, createNode } from './defaults.ts';
import type { ClusterPlan } from './plan.ts';

function plan(edit: (p: ClusterPlan) => void = () => undefined): ClusterPlan {
  const p = createDefaultPlan();
  edit(p);
  return p;
}

describe('planCapacity', () => {
  it('gives the worked numbers of the default dual-stack plan, IPv4 first', () => {
    expect(planCapacity(plan())).toEqual([
      {
        family: 'ipv4',
        podSubnet: '10.244.0.0/16',
        nodeMask: 24,
        podsPerNode: 256n,
        maxNodes: 256n,
        serviceSubnet: '10.96.0.0/16',
        serviceAddresses: 65536n,
        kubernetesServiceIp: '10.96.0.1',
        clusterDnsIp: '10.96.0.10',
        nodesPlanned: 1,
        fits: true,
      },
      {
        family: 'ipv6',
        podSubnet: 'fd00:10:244::/56',
        nodeMask: 64,
        podsPerNode: 1n << 64n,
        maxNodes: 256n,
        serviceSubnet: 'fd00:10:96::/112',
        serviceAddresses: 65536n,
        kubernetesServiceIp: 'fd00:10:96::1',
        nodesPlanned: 1,
        fits: true,
      },
    ]);
  });

  it('puts the DNS IP on the IPv6 service subnet when IPv6 is primary', () => {
    const [first, second] = planCapacity(plan((p) => (p.networking.stack = 'dual-ipv6-primary')));
    expect(first?.family).toBe('ipv6');
    expect(first?.clusterDnsIp).toBe('fd00:10:96::a');
    expect(first?.kubernetesServiceIp).toBe('fd00:10:96::1');
    expect(second?.family).toBe('ipv4');
    expect(second?.kubernetesServiceIp).toBe('10.96.0.1');
    expect(second).not.toHaveProperty('clusterDnsIp');
  });

  it('lists only the families of a single-stack plan', () => {
    const v4 = planCapacity(plan((p) => (p.networking.stack = 'ipv4')));
    expect(v4.map((c) => c.family)).toEqual(['ipv4']);
    const v6 = planCapacity(plan((p) => (p.networking.stack = 'ipv6')));
    expect(v6.map((c) => [c.family, c.clusterDnsIp])).toEqual([['ipv6', 'fd00:10:96::a']]);
  });

  it('uses a custom node mask for the node count and the pods per node', () => {
    const [v4, v6] = planCapacity(
      plan((p) => (p.networking.nodeMask = { ipv4: '26', ipv6: ' 72 ' })),
    );
    expect(v4).toMatchObject({ nodeMask: 26, podsPerNode: 64n, maxNodes: 1024n });
    expect(v6).toMatchObject({ nodeMask: 72, podsPerNode: 1n << 56n, maxNodes: 65536n });
  });

  it.each(['', 'abc', '024', '33', '-1', '24.0', '1e1'])(
    'falls back to the default mask 24 for the IPv4 node mask text %j',
    (text) => {
      const [v4] = planCapacity(plan((p) => (p.networking.nodeMask.ipv4 = text)));
      expect(v4?.nodeMask).toBe(24);
    },
  );

  it('accepts a mask up to the family width', () => {
    const [v4, v6] = planCapacity(
      plan((p) => (p.networking.nodeMask = { ipv4: '32', ipv6: '+128' })),
    );
    expect(v4).toMatchObject({ nodeMask: 32, podsPerNode: 1n, maxNodes: 65536n });
    expect(v6).toMatchObject({ nodeMask: 128, podsPerNode: 1n });
  });

  it('omits every subnet-derived field when the subnet does not parse', () => {
    const [v4] = planCapacity(
      plan((p) => {
        p.networking.podSubnet.ipv4 = '10.244.0.0';
        p.networking.serviceSubnet.ipv4 = 'nonsense';
      }),
    );
    expect(v4).toEqual({ family: 'ipv4', nodeMask: 24, nodesPlanned: 1 });
  });

  it('omits the fields when the subnet is of the other family', () => {
    const [, v6] = planCapacity(
      plan((p) => {
        p.networking.podSubnet.ipv6 = '10.0.0.0/8';
        p.networking.serviceSubnet.ipv6 = '::ffff:10.0.0.0/112';
      }),
    );
    expect(v6).toEqual({ family: 'ipv6', nodeMask: 64, nodesPlanned: 1 });
  });

  it('gives no DNS IP when the first service subnet does not parse', () => {
    const capacity = planCapacity(plan((p) => (p.networking.serviceSubnet.ipv4 = '10.96.0.0/')));
    expect(capacity.some((c) => 'clusterDnsIp' in c)).toBe(false);
  });

  it('gives the DNS IP to the secondary family when the primary service subnet is empty, as the rendered list does', () => {
    const [v4, v6] = planCapacity(plan((p) => (p.networking.serviceSubnet.ipv4 = '')));
    expect(v4).not.toHaveProperty('clusterDnsIp');
    expect(v6?.clusterDnsIp).toBe('fd00:10:96::a');
  });

  it('reads subnets with host bits and spaces as kubeadm does, canonical', () => {
    const [v4] = planCapacity(plan((p) => (p.networking.podSubnet.ipv4 = ' 10.244.1.7/16 ')));
    expect(v4?.podSubnet).toBe('10.244.0.0/16');
  });

  it('reports zero nodes and no fit when the pod prefix is longer than the mask', () => {
    const [v4] = planCapacity(plan((p) => (p.networking.podSubnet.ipv4 = '10.244.0.0/25')));
    expect(v4).toMatchObject({
      podSubnet: '10.244.0.0/25',
      maxNodes: 0n,
      podsPerNode: 256n,
      fits: false,
    });
  });

  it('compares the node blocks with the planned nodes', () => {
    const capacity = planCapacity(
      plan((p) => {
        p.networking.podSubnet.ipv4 = '10.244.0.0/23';
        p.nodes = [createNode('control-plane', 'cp'), createNode(), createNode()];
      }),
    );
    expect(capacity[0]).toMatchObject({ maxNodes: 2n, nodesPlanned: 3, fits: false });
    expect(capacity[1]).toMatchObject({ maxNodes: 256n, nodesPlanned: 3, fits: true });
  });

  it('leaves out the service IPs that do not fit in a tiny service subnet', () => {
    const [v4] = planCapacity(plan((p) => (p.networking.serviceSubnet.ipv4 = '10.96.0.0/29')));
    expect(v4).toMatchObject({ serviceAddresses: 8n, kubernetesServiceIp: '10.96.0.1' });
    expect(v4).not.toHaveProperty('clusterDnsIp');
    const [one] = planCapacity(plan((p) => (p.networking.serviceSubnet.ipv4 = '10.96.0.0/32')));
    expect(one).not.toHaveProperty('kubernetesServiceIp');
  });

  it('keeps node blocks times pods per node equal to the pod subnet size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 32 }),
        (prefix, mask) => {
          const [v4] = planCapacity(
            plan((p) => {
              p.networking.podSubnet.ipv4 = `10.0.0.0/${prefix}`;
              p.networking.nodeMask.ipv4 = String(mask);
            }),
          );
          const size = 1n << BigInt(32 - prefix);
          expect(v4?.nodeMask).toBe(mask);
          if (prefix <= mask) expect((v4?.maxNodes ?? 0n) * (v4?.podsPerNode ?? 0n)).toBe(size);
          else expect(v4?.maxNodes).toBe(0n);
        },
      ),
    );
  });
});
