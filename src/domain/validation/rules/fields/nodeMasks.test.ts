import { describe, expect, it } from 'vitest';
import type { Arg } from '../../../kubeadm/documents.ts';
import { parseCidr } from '../../../net/cidr.ts';
import type { Cidr, IpFamily } from '../../../net/types.ts';
import { makeIssue } from '../../issues.ts';
import { checkPodSubnetNodeMasks, nodeMasksFromArgs, podSubnetCapacity } from './nodeMasks.ts';
import { checkCidrList } from './subnets.ts';
import { codesOf, hasError, rows, text, vectorsFor, type Vector } from './vectorCases.ts';

function cidr(value: string): Cidr {
  const parsed = parseCidr(value);
  if (!parsed.ok) throw new Error(value);
  return parsed.cidr;
}

const arg = (name: string, value: string): Arg => ({ name, value });
const DUAL: IpFamily[] = ['ipv4', 'ipv6'];

describe('nodeMasksFromArgs', () => {
  it('defaults to 24 and 64', () => {
    expect(nodeMasksFromArgs([], DUAL)).toEqual({ issues: [], masks: { ipv4: 24, ipv6: 64 } });
  });

  it('takes the last occurrence of a flag', () => {
    const args = [arg('node-cidr-mask-size-ipv6', '80'), arg('node-cidr-mask-size-ipv6', '96')];
    expect(nodeMasksFromArgs(args, DUAL).masks.ipv6).toBe(96);
  });

  it('refuses a value that is not an integer, at the flag path, and keeps the default', () => {
    const result = nodeMasksFromArgs([arg('node-cidr-mask-size-ipv4', '2x')], ['ipv4']);
    expect(result.issues).toEqual([
      makeIssue(
        'node_mask_invalid',
        { path: 'node-cidr-mask-size-ipv4' },
        { flag: 'node-cidr-mask-size-ipv4', value: '2x', reason: 'not_integer' },
      ),
    ]);
    expect(result.masks.ipv4).toBe(24);
  });

  it('refuses a leading zero, which kube-controller-manager would read as octal', () => {
    const result = nodeMasksFromArgs([arg('node-cidr-mask-size-ipv4', '024')], ['ipv4']);
    expect(result.issues[0]?.params).toMatchObject({ reason: 'not_integer' });
  });

  it('accepts a plus sign as Go Atoi does', () => {
    expect(nodeMasksFromArgs([arg('node-cidr-mask-size-ipv4', '+25')], ['ipv4'])).toEqual({
      issues: [],
      masks: { ipv4: 25, ipv6: 64 },
    });
  });

  it('refuses masks outside the family range', () => {
    const v4 = nodeMasksFromArgs([arg('node-cidr-mask-size-ipv4', '33')], ['ipv4']);
    const v6 = nodeMasksFromArgs([arg('node-cidr-mask-size-ipv6', '-1')], ['ipv6']);
    expect(v4.issues[0]?.params).toMatchObject({ reason: 'out_of_range' });
    expect(v6.issues[0]?.params).toMatchObject({ reason: 'out_of_range' });
    expect(nodeMasksFromArgs([arg('node-cidr-mask-size-ipv6', '128')], ['ipv6']).issues).toEqual(
      [],
    );
  });

  it('refuses a flag for a family the cluster lacks', () => {
    const result = nodeMasksFromArgs([arg('node-cidr-mask-size-ipv6', '64')], ['ipv4']);
    expect(result.issues[0]?.params).toMatchObject({ reason: 'family_absent' });
  });

  it('refuses the legacy flag in dual-stack and next to a per-family flag', () => {
    const dual = nodeMasksFromArgs([arg('node-cidr-mask-size', '24')], DUAL);
    expect(dual.issues[0]?.params).toMatchObject({ reason: 'legacy_dual_stack' });
    const mixed = nodeMasksFromArgs(
      [arg('node-cidr-mask-size', '24'), arg('node-cidr-mask-size-ipv4', '24')],
      ['ipv4'],
    );
    expect(mixed.issues.map((i) => i.params)).toEqual([
      { flag: 'node-cidr-mask-size', value: '24', reason: 'legacy_with_family' },
    ]);
  });

  it('returns the legacy value, which kube-controller-manager honours in single-stack', () => {
    const result = nodeMasksFromArgs([arg('node-cidr-mask-size', '20')], ['ipv4']);
    expect(result).toEqual({ issues: [], masks: { ipv4: 24, ipv6: 64 }, legacy: 20 });
  });

  it('ignores entries that are not arguments', () => {
    const junk = [null, 'x', { value: '1' }] as unknown as Arg[];
    expect(nodeMasksFromArgs(junk, DUAL).issues).toEqual([]);
  });
});

describe('checkPodSubnetNodeMasks', () => {
  const masks = { ipv4: 24, ipv6: 64 };

  it('accepts the pod prefix from node mask − 16 to the node mask', () => {
    expect(checkPodSubnetNodeMasks([cidr('10.0.0.0/8'), cidr('fd00::/48')], masks)).toEqual([]);
    expect(checkPodSubnetNodeMasks([cidr('10.0.0.0/24'), cidr('fd00::/64')], masks)).toEqual([]);
  });

  it('refuses a pod subnet smaller than one node block', () => {
    expect(checkPodSubnetNodeMasks([cidr('fd00::/72')], masks)).toEqual([
      makeIssue(
        'pod_subnet_smaller_than_node_mask',
        { path: '' },
        { cidr: 'fd00::/72', podMask: 72, nodeMask: 64 },
      ),
    ]);
  });

  it('refuses more than 16 bits between pod prefix and node mask, for both families', () => {
    expect(checkPodSubnetNodeMasks([cidr('10.0.0.0/7')], masks)[0]?.params).toEqual({
      cidr: '10.0.0.0/7',
      podMask: 7,
      nodeMask: 24,
      maxDiff: 16,
    });
    expect(codesOf(checkPodSubnetNodeMasks([cidr('fd00::/47')], masks))).toEqual([
      'node_mask_difference_too_large',
    ]);
  });
});

describe('podSubnetCapacity', () => {
  it('counts node blocks', () => {
    expect(podSubnetCapacity(cidr('10.244.0.0/16'), 24)).toBe(256n);
    expect(podSubnetCapacity(cidr('fd00::/48'), 64)).toBe(65536n);
    expect(podSubnetCapacity(cidr('10.244.0.0/24'), 24)).toBe(1n);
  });

  it('is 0 when the node mask is shorter than the pod prefix or impossible', () => {
    expect(podSubnetCapacity(cidr('10.244.0.0/24'), 23)).toBe(0n);
    expect(podSubnetCapacity(cidr('10.244.0.0/16'), 33)).toBe(0n);
  });
});

/** The kubeadm pod-subnet path: list checks, then masks from the KCM args, then the relation. */
function podSubnetIssues(podSubnet: string, args: Arg[]) {
  const list = checkCidrList(podSubnet, 'pod');
  const masks = nodeMasksFromArgs(
    args,
    list.cidrs.map((c) => c.family),
  );
  return [...list.issues, ...masks.issues, ...checkPodSubnetNodeMasks(list.cidrs, masks.masks)];
}

const podMask = vectorsFor('podSubnetNodeMask');
describe(`vectors: podSubnetNodeMask (${String(podMask.length)} cases)`, () => {
  it.each(rows(podMask))('agrees: %s', (_, v) => {
    const args = v.input['controllerManager.extraArgs'] as Arg[];
    expect(hasError(podSubnetIssues(text(v, 'podSubnet'), args))).toBe(!v.valid);
  });
});

const clusterMask = vectorsFor('clusterNodeMask');
// The upstream cases are all named "dual …", so they run in a dual-stack cluster.
const withLegacy = (v: Vector) =>
  (v.input['controllerManager.extraArgs'] as Arg[]).some((a) => a.name === 'node-cidr-mask-size');
const legacyAccepted = clusterMask.filter((v) => v.valid && withLegacy(v));
const clusterMaskRest = clusterMask.filter((v) => !(v.valid && withLegacy(v)));
describe(`vectors: clusterNodeMask (${String(clusterMask.length)} cases)`, () => {
  const familyOf = (v: Vector): IpFamily => (text(v, 'family') === 'IPv4' ? 'ipv4' : 'ipv6');
  const run = (v: Vector) =>
    nodeMasksFromArgs(v.input['controllerManager.extraArgs'] as Arg[], DUAL);

  it.each(rows(clusterMaskRest))('agrees: %s', (_, v) => {
    const result = run(v);
    expect(hasError(result.issues)).toBe(!v.valid);
    if (v.expected) expect(result.masks[familyOf(v)]).toBe(v.expected.nodeMask);
  });

  // kubeadm ignores the legacy flag, but KCM refuses it in a dual-stack cluster (RULES.md §8).
  it.each(rows(legacyAccepted))(
    'component-reject: the legacy flag in dual-stack, with the mask kubeadm reads: %s',
    (_, v) => {
      const result = run(v);
      expect(result.issues.map((i) => i.params)).toContainEqual(
        expect.objectContaining({ reason: 'legacy_dual_stack' }),
      );
      expect(result.masks[familyOf(v)]).toBe(v.expected?.nodeMask);
    },
  );

  it('covers every case', () => {
    expect(legacyAccepted.length + clusterMaskRest.length).toBe(clusterMask.length);
  });
});

const kcm = vectorsFor('kcmNodeIPAM');
// kubeadm clusters run the default RangeAllocator; only the cloud allocator skips cluster-cidr checks.
const cloudSkip = kcm.filter((v) => text(v, 'cidr-allocator-type') === 'CloudAllocator');
const kcmRest = kcm.filter((v) => text(v, 'cidr-allocator-type') !== 'CloudAllocator');
describe(`vectors: kcmNodeIPAM (${String(kcm.length)} cases)`, () => {
  function kcmIssues(v: Vector) {
    const list = checkCidrList(text(v, 'cluster-cidr'), 'pod');
    const sizes = v.input.nodeCIDRMaskSizes as number[];
    const masks = { ipv4: 24, ipv6: 64 };
    list.cidrs.forEach((c, i) => {
      masks[c.family] = sizes[i] ?? masks[c.family];
    });
    return [...list.issues, ...checkPodSubnetNodeMasks(list.cidrs, masks)];
  }

  it.each(rows(kcmRest))('agrees on the cluster CIDR and mask parts: %s', (_, v) => {
    expect(hasError(kcmIssues(v))).toBe(!v.valid);
  });

  it.each(rows(cloudSkip))(
    'cloud allocator skips its checks; kubeadm itself still needs a valid podSubnet: %s',
    (_, v) => {
      const valid = text(v, 'cluster-cidr') !== 'invalid';
      expect(hasError(kcmIssues(v))).toBe(!valid);
    },
  );

  it('covers every case', () => {
    expect(cloudSkip.length + kcmRest.length).toBe(kcm.length);
  });
});
