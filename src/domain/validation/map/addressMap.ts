import {
  cidrContains,
  cidrLastAddress,
  cidrOfFamily,
  cidrSize,
  cidrsOverlap,
  formatCidr,
} from '../../net/cidr.ts';
import { formatIp, ipOfFamily } from '../../net/ip.ts';
import type { Cidr, IpAddress, IpFamily } from '../../net/types.ts';
import { planCapacity, type FamilyCapacity } from '../../plan/capacity.ts';
import type { ClusterPlan } from '../../plan/plan.ts';
import type { Issue } from '../issues.ts';
import { parseHostPort } from '../rules/fields/endpoints.ts';
import { axisPosition, axisSpan, buildAxis, type AxisSpan } from './axis.ts';

export type MapRangeKind = 'pod' | 'service';
export type MapMarkKind = 'kubernetes' | 'dns' | 'node' | 'advertise' | 'endpoint';

/** A pod or service subnet of one family, placed on the family's axis. */
export interface MapRange {
  readonly kind: MapRangeKind;
  readonly cidr: string;
  readonly first: string;
  readonly last: string;
  readonly size: bigint;
  readonly span: AxisSpan;
  /** The plan field it comes from. */
  readonly field: string;
  /** Pod subnets only: KCM's per-node blocks and how many nodes they serve. */
  readonly blocks?: {
    readonly nodeMask: number;
    readonly count: bigint;
    readonly podsPerNode: bigint;
    readonly nodesPlanned: number;
    /** The blocks serve every planned node (FamilyCapacity.fits). */
    readonly fits: boolean;
  };
}

/** A single address on the axis: a well-known Service IP, a node's IP, an advertise address or the endpoint. */
export interface MapMark {
  readonly kind: MapMarkKind;
  readonly address: string;
  readonly at: number;
  readonly field: string;
  /** Node addresses: the node's 0-based place in the plan and its name ('' means the host name). */
  readonly node?: { readonly index: number; readonly name: string };
}

/** Two ranges that share addresses, or an address inside a pod or service range. */
export interface MapOverlap {
  /** The service range (for two ranges) or the address's kind. */
  readonly subject: 'service' | MapMarkKind;
  /** The service subnet or the address. */
  readonly value: string;
  /** The range it lies in. */
  readonly range: MapRangeKind;
  readonly rangeCidr: string;
  /** The shared addresses. */
  readonly first: string;
  readonly last: string;
  readonly span: AxisSpan;
  /** The issue validatePlan reports for it, when one does. */
  readonly issue?: Issue;
  /** The field to fix: the issue's, else the subject's own. */
  readonly field: string;
}

export interface FamilyMap {
  readonly family: IpFamily;
  /** The smallest block that holds every item. */
  readonly axis: { readonly cidr: string; readonly first: string; readonly last: string };
  readonly ranges: readonly MapRange[];
  /** In address order. */
  readonly marks: readonly MapMark[];
  readonly overlaps: readonly MapOverlap[];
}

interface Placed<T> {
  item: Omit<T, 'span' | 'at'>;
  first: bigint;
  last: bigint;
}

/**
 * The address map of a plan: per family of its stack (primary first) that has anything valid to
 * show, its pod and service ranges, single addresses and overlaps on one axis; values that do not
 * parse as the family's CIDR or address are left out.
 */
export function buildAddressMap(plan: ClusterPlan, issues: readonly Issue[]): FamilyMap[] {
  return planCapacity(plan).flatMap((capacity) => {
    const map = familyMap(plan, capacity, issues);
    return map ? [map] : [];
  });
}

function familyMap(
  plan: ClusterPlan,
  capacity: FamilyCapacity,
  issues: readonly Issue[],
): FamilyMap | undefined {
  const family = capacity.family;
  const ranges = familyRanges(plan, capacity);
  const marks = familyMarks(plan, capacity);
  const axis = buildAxis(
    family,
    ranges,
    marks.map((m) => m.first),
  );
  if (!axis) return undefined;
  const overlaps = familyOverlaps(ranges, marks, issues, family);
  return {
    family,
    axis: rangeText(axis.cidr),
    ranges: ranges.map((r): MapRange => ({ ...r.item, span: axisSpan(axis, r) })),
    marks: [...marks]
      .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0))
      .map((m): MapMark => ({ ...m.item, at: axisPosition(axis, m.first) })),
    overlaps: overlaps.map((o): MapOverlap => ({ ...o.item, span: axisSpan(axis, o) })),
  };
}

function rangeText(cidr: Cidr) {
  return {
    cidr: formatCidr(cidr),
    first: formatIp({ family: cidr.family, value: cidr.network }),
    last: formatIp(cidrLastAddress(cidr)),
  };
}

type PlacedRange = Placed<MapRange> & { cidr: Cidr };

function familyRanges(plan: ClusterPlan, capacity: FamilyCapacity): PlacedRange[] {
  const { family } = capacity;
  const result: PlacedRange[] = [];
  const place = (kind: MapRangeKind, text: string, extra: Partial<MapRange>) => {
    const cidr = cidrOfFamily(text, family);
    if (!cidr) return;
    const field = `networking.${kind === 'pod' ? 'podSubnet' : 'serviceSubnet'}.${family}`;
    const last = cidrLastAddress(cidr).value;
    const item = { kind, ...rangeText(cidr), size: cidrSize(cidr), field, ...extra };
    result.push({ item, first: cidr.network, last, cidr });
  };
  const { maxNodes, podsPerNode } = capacity;
  const blocks =
    maxNodes !== undefined && podsPerNode !== undefined
      ? {
          nodeMask: capacity.nodeMask,
          count: maxNodes,
          podsPerNode,
          nodesPlanned: capacity.nodesPlanned,
          fits: capacity.fits === true,
        }
      : undefined;
  place('pod', plan.networking.podSubnet[family], blocks ? { blocks } : {});
  place('service', plan.networking.serviceSubnet[family], {});
  return result;
}

type PlacedMark = Placed<MapMark> & { ip: IpAddress };

function familyMarks(plan: ClusterPlan, capacity: FamilyCapacity): PlacedMark[] {
  const { family } = capacity;
  const result: PlacedMark[] = [];
  const place = (kind: MapMarkKind, text: string | undefined, field: string, node?: number) => {
    const ip = text === undefined ? undefined : ipOfFamily(text, family);
    if (!ip) return;
    const name = node === undefined ? undefined : plan.nodes[node]?.name.trim();
    const owner = node !== undefined && name !== undefined ? { node: { index: node, name } } : {};
    const item = { kind, address: formatIp(ip), field, ...owner };
    result.push({ item, first: ip.value, last: ip.value, ip });
  };
  const service = `networking.serviceSubnet.${family}`;
  place('kubernetes', capacity.kubernetesServiceIp, service);
  place('dns', capacity.clusterDnsIp, service);
  plan.nodes.forEach((node, index) => {
    place('node', node.ips[family], `nodes.${index}.ips.${family}`, index);
    if (node.role === 'control-plane') {
      place('advertise', node.advertiseAddress, `nodes.${index}.advertiseAddress`, index);
    }
  });
  const endpoint = parseHostPort(plan.controlPlaneEndpoint.trim());
  if ('host' in endpoint) place('endpoint', endpoint.host, 'controlPlaneEndpoint');
  return result;
}

function familyOverlaps(
  ranges: readonly PlacedRange[],
  marks: readonly PlacedMark[],
  issues: readonly Issue[],
  family: IpFamily,
): Placed<MapOverlap>[] {
  const result: Placed<MapOverlap>[] = [];
  const pod = ranges.find((r) => r.item.kind === 'pod');
  const service = ranges.find((r) => r.item.kind === 'service');
  if (pod && service && cidrsOverlap(pod.cidr, service.cidr)) {
    // Two CIDRs overlap only when one holds the other: the shared part is the narrower one.
    const { first, last } = pod.cidr.prefix >= service.cidr.prefix ? pod : service;
    const issue = issues.find((i) => i.code === 'subnets_overlap' && i.params.family === family);
    result.push({
      item: {
        subject: 'service',
        value: service.item.cidr,
        range: 'pod',
        rangeCidr: pod.item.cidr,
        first: formatIp({ family, value: first }),
        last: formatIp({ family, value: last }),
        field: issue?.path || service.item.field,
        ...(issue ? { issue } : {}),
      },
      first,
      last,
    });
  }
  for (const mark of marks) {
    if (mark.item.kind === 'kubernetes' || mark.item.kind === 'dns') continue;
    for (const range of ranges) {
      if (!cidrContains(range.cidr, mark.ip)) continue;
      const issue = issues.find(
        (i) =>
          (i.code === 'node_ip_in_cluster_range' || i.code === 'endpoint_in_cluster_range') &&
          i.path === mark.item.field &&
          i.params.ip === mark.item.address,
      );
      result.push({
        item: {
          subject: mark.item.kind,
          value: mark.item.address,
          range: range.item.kind,
          rangeCidr: range.item.cidr,
          first: mark.item.address,
          last: mark.item.address,
          field: issue?.path || mark.item.field,
          ...(issue ? { issue } : {}),
        },
        first: mark.first,
        last: mark.last,
      });
    }
  }
  return result;
}
