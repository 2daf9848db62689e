import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidr as cidrArbitrary, ipAddress } from '../../net/arbitraries.ts';
import { formatCidr, formatIp } from '../../net/index.ts';
import { createDefaultPlan, createNode } from '../../plan/defaults.ts';
import type { ClusterPlan } from '../../plan/plan.ts';
import { planArbitrary } from '../../render/__fixtures__/arbitraries.ts';
import { validatePlan } from '../plan/validatePlan.ts';
import { buildAddressMap, type FamilyMap } from './addressMap.ts';

function mapOf(plan: ClusterPlan): FamilyMap[] {
  return buildAddressMap(plan, validatePlan(plan));
}

function family(maps: FamilyMap[], name: 'ipv4' | 'ipv6'): FamilyMap {
  const found = maps.find((m) => m.family === name);
  if (!found) throw new Error(`no ${name} map`);
  return found;
}

describe('buildAddressMap', () => {
  it('shows the default plan per family, primary first, with its ranges and marks', () => {
    const maps = mapOf(createDefaultPlan());
    expect(maps.map((m) => m.family)).toEqual(['ipv4', 'ipv6']);
    const v4 = family(maps, 'ipv4');
    // 10.x and the node's 192.168.10.11 differ in the first bit: the axis is all of IPv4.
    expect(v4.axis).toEqual({ cidr: '0.0.0.0/0', first: '0.0.0.0', last: '255.255.255.255' });
    const [pod, service] = v4.ranges;
    expect(pod).toMatchObject({
      kind: 'pod',
      cidr: '10.244.0.0/16',
      first: '10.244.0.0',
      last: '10.244.255.255',
      size: 65536n,
      field: 'networking.podSubnet.ipv4',
      blocks: { nodeMask: 24, count: 256n, podsPerNode: 256n, nodesPlanned: 1 },
    });
    expect(service).toMatchObject({
      kind: 'service',
      cidr: '10.96.0.0/16',
      last: '10.96.255.255',
      field: 'networking.serviceSubnet.ipv4',
    });
    expect(v4.marks.map((m) => [m.kind, m.address])).toEqual([
      ['kubernetes', '10.96.0.1'],
      ['dns', '10.96.0.10'],
      ['node', '192.168.10.11'],
    ]);
    expect(v4.marks[2]?.node).toEqual({ index: 0, name: 'cp-1' });
    expect(v4.overlaps).toEqual([]);
  });

  it('marks the cluster DNS IP in the first service subnet only', () => {
    const v6 = family(mapOf(createDefaultPlan()), 'ipv6');
    expect(v6.marks.map((m) => m.kind)).toEqual(['kubernetes', 'node']);
    expect(v6.marks[0]?.address).toBe('fd00:10:96::1');
    expect(v6.ranges[0]?.blocks).toMatchObject({ nodeMask: 64, count: 256n });
  });

  it('uses the plan node mask for the blocks', () => {
    const plan = createDefaultPlan();
    plan.networking.nodeMask.ipv4 = '26';
    const pod = family(mapOf(plan), 'ipv4').ranges[0];
    expect(pod?.blocks).toMatchObject({ nodeMask: 26, count: 1024n, podsPerNode: 64n });
  });

  it('places items on the axis in address order', () => {
    const plan = createDefaultPlan();
    plan.nodes[0]!.ips.ipv4 = '10.1.0.1';
    const v4 = family(mapOf(plan), 'ipv4');
    // 10.1.0.1 … 10.244.255.255 fit in 10.0.0.0/8.
    expect(v4.axis.cidr).toBe('10.0.0.0/8');
    const [pod, service] = v4.ranges;
    // Pieces [gap][service][gap][pod][gap], 4 units per range and 1 per gap in the shared half.
    expect(service!.span.end - service!.span.start).toBeCloseTo(0.5 * (4 / 11) + 0.5 / 256, 5);
    expect(service!.span.end).toBeLessThan(pod!.span.start);
    expect(pod!.span.end).toBeLessThan(1);
    expect(v4.marks.map((m) => m.address)).toEqual(['10.1.0.1', '10.96.0.1', '10.96.0.10']);
    const [node, kubernetes, dns] = v4.marks.map((m) => m.at);
    expect(node).toBeLessThan(service!.span.start);
    expect(kubernetes).toBeGreaterThan(service!.span.start);
    expect(kubernetes).toBeLessThan(dns!);
    expect(dns).toBeLessThan(service!.span.end);
  });

  it('lists a service subnet inside the pod subnet, linked to the subnets_overlap issue', () => {
    const plan = createDefaultPlan();
    plan.networking.serviceSubnet.ipv4 = '10.244.240.0/20';
    const v4 = family(mapOf(plan), 'ipv4');
    expect(v4.overlaps).toHaveLength(1);
    const [overlap] = v4.overlaps;
    expect(overlap).toMatchObject({
      subject: 'service',
      value: '10.244.240.0/20',
      range: 'pod',
      rangeCidr: '10.244.0.0/16',
      first: '10.244.240.0',
      last: '10.244.255.255',
      field: 'networking.serviceSubnet.ipv4',
    });
    expect(overlap?.issue?.code).toBe('subnets_overlap');
    expect(family(mapOf(plan), 'ipv6').overlaps).toEqual([]);
  });

  it('lists node and advertise addresses inside a range, linked to their issues', () => {
    const plan = createDefaultPlan();
    plan.nodes[0]!.ips.ipv6 = 'fd00:10:96::20';
    plan.nodes[0]!.advertiseAddress = '10.244.0.1';
    const maps = mapOf(plan);
    const [v6] = family(maps, 'ipv6').overlaps;
    expect(v6).toMatchObject({ subject: 'node', value: 'fd00:10:96::20', range: 'service' });
    expect(v6?.issue).toMatchObject({ code: 'node_ip_in_cluster_range', path: 'nodes.0.ips.ipv6' });
    const [v4] = family(maps, 'ipv4').overlaps;
    expect(v4).toMatchObject({ subject: 'advertise', value: '10.244.0.1', range: 'pod' });
    expect(v4?.field).toBe('nodes.0.advertiseAddress');
    expect(v4?.issue?.code).toBe('node_ip_in_cluster_range');
  });

  it('shows an IP endpoint and its overlap, linked to the endpoint_in_cluster_range issue', () => {
    const plan = createDefaultPlan();
    plan.controlPlaneEndpoint = '[fd00:10:244::5]:6443';
    const v6 = family(mapOf(plan), 'ipv6');
    expect(v6.marks.find((m) => m.kind === 'endpoint')?.address).toBe('fd00:10:244::5');
    expect(v6.overlaps).toEqual([
      expect.objectContaining({ subject: 'endpoint', range: 'pod', field: 'controlPlaneEndpoint' }),
    ]);
    expect(v6.overlaps[0]?.issue).toMatchObject({
      code: 'endpoint_in_cluster_range',
      path: 'controlPlaneEndpoint',
      params: { ip: 'fd00:10:244::5', rangeKind: 'pod' },
    });
  });

  it('leaves out invalid, empty and other-family values, and families with nothing to show', () => {
    const plan = createDefaultPlan();
    plan.networking.stack = 'dual-ipv6-primary';
    plan.networking.podSubnet = { ipv4: '10.244.0.0/33', ipv6: '10.0.0.0/8' };
    plan.networking.serviceSubnet = { ipv4: '', ipv6: 'nonsense' };
    plan.nodes[0]!.ips = { ipv4: '', ipv6: '' };
    plan.controlPlaneEndpoint = 'api.example.com:6443';
    expect(mapOf(plan)).toEqual([]);
    plan.nodes.push({ ...createNode('worker', 'w-1'), ips: { ipv4: '192.168.1.2', ipv6: 'x' } });
    const maps = mapOf(plan);
    expect(maps.map((m) => m.family)).toEqual(['ipv4']);
    expect(maps[0]?.ranges).toEqual([]);
    expect(maps[0]?.marks).toEqual([
      expect.objectContaining({ address: '192.168.1.2', node: { index: 1, name: 'w-1' } }),
    ]);
  });

  it('leaves out the families the stack lacks', () => {
    const plan = createDefaultPlan();
    plan.networking.stack = 'ipv6';
    expect(mapOf(plan).map((m) => m.family)).toEqual(['ipv6']);
  });
});

/** A plan with some of its addresses replaced by arbitrary text, blocks or addresses. */
const noisyPlan = fc
  .tuple(
    planArbitrary,
    fc.array(
      fc.tuple(
        fc.constantFrom('pod4', 'pod6', 'svc4', 'svc6', 'ip4', 'ip6', 'adv', 'endpoint', 'mask4'),
        fc.oneof(
          fc.string(),
          cidrArbitrary.map(formatCidr),
          ipAddress.map(formatIp),
          fc.integer({ min: -1, max: 130 }).map(String),
        ),
      ),
      { maxLength: 6 },
    ),
  )
  .map(([generated, edits]) => {
    const plan = structuredClone(generated.plan);
    const n = plan.networking;
    const node = plan.nodes[0] ?? createNode('control-plane');
    for (const [where, text] of edits) {
      if (where === 'pod4') n.podSubnet.ipv4 = text;
      if (where === 'pod6') n.podSubnet.ipv6 = text;
      if (where === 'svc4') n.serviceSubnet.ipv4 = text;
      if (where === 'svc6') n.serviceSubnet.ipv6 = text;
      if (where === 'ip4') node.ips.ipv4 = text;
      if (where === 'ip6') node.ips.ipv6 = text;
      if (where === 'adv') node.advertiseAddress = text;
      if (where === 'endpoint') plan.controlPlaneEndpoint = text;
      if (where === 'mask4') n.nodeMask.ipv4 = text;
    }
    return plan;
  });

const within = (x: number) => x >= 0 && x <= 1;

describe('buildAddressMap properties', () => {
  it('never throws, and every span and mark lies within the axis', () => {
    fc.assert(
      fc.property(noisyPlan, (plan) => {
        for (const map of mapOf(plan)) {
          for (const { span } of [...map.ranges, ...map.overlaps]) {
            expect(within(span.start) && within(span.end) && span.start < span.end).toBe(true);
          }
          for (const mark of map.marks) expect(within(mark.at)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('places marks in address order, and each overlap inside the range it names', () => {
    fc.assert(
      fc.property(noisyPlan, (plan) => {
        for (const map of mapOf(plan)) {
          const ats = map.marks.map((m) => m.at);
          expect(ats).toEqual([...ats].sort((a, b) => a - b));
          for (const overlap of map.overlaps) {
            const range = map.ranges.find((r) => r.kind === overlap.range);
            expect(range).toBeDefined();
            expect(overlap.span.start).toBeGreaterThanOrEqual(range!.span.start);
            expect(overlap.span.start).toBeLessThanOrEqual(range!.span.end);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
