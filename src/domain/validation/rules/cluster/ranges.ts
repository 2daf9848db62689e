import { lastArgValue } from '../../../kubeadm/wire.ts';
import {
  cidrContains,
  cidrContainsCidr,
  cidrFreeBlockNear,
  cidrsOverlap,
  formatCidr,
  formatIp,
} from '../../../net/index.ts';
import type { IpFamily } from '../../../net/types.ts';
import { makeIssue, type Issue } from '../../issues.ts';
import { ipOf } from '../documents/addresses.ts';
import { parseHostPort } from '../fields/endpoints.ts';
import { kcmNodeMasks, podSubnetCapacity } from '../fields/index.ts';
import { atCluster, atNode } from './location.ts';
import { nodeAddresses } from './node-ips.ts';
import type { ClusterSettings, ClusterView } from './view.ts';

/**
 * subnets_overlap per family. kubeadm has no overlap check; KCM reserves the service range inside
 * the cluster CIDR and fails when it covers the whole pod range (RULES.md §6), hence an error then.
 */
export function checkSubnetOverlap(view: ClusterView): Issue[] {
  const settings = view.settings;
  if (!settings?.podCidrs || !settings.serviceCidrs) return [];
  const services = settings.serviceCidrs;
  const pods = settings.podCidrs;
  return pods.flatMap((pod) => {
    const entry = services.findIndex((s) => s.family === pod.family);
    const service = services[entry];
    if (!service || !cidrsOverlap(pod, service)) return [];
    const coversPods = cidrContainsCidr(service, pod);
    const avoid = [...pods, ...services.filter((_, i) => i !== entry)];
    const ips = view.nodes.flatMap((node) => nodeAddresses(node).map((a) => a.ip));
    const free = cidrFreeBlockNear(pod, service.prefix, avoid, ips);
    return [
      makeIssue(
        'subnets_overlap',
        atCluster(settings, 'networking.serviceSubnet', entry),
        {
          family: pod.family,
          podSubnet: formatCidr(pod),
          serviceSubnet: formatCidr(service),
          coversPods,
          ...(free ? { suggestion: formatCidr(free) } : {}),
        },
        coversPods ? 'error' : 'warning',
      ),
    ];
  });
}

/** The cluster's pod subnets, then its service subnets, each with its kind. */
function clusterRanges(settings: ClusterSettings) {
  return [
    ...(settings.podCidrs ?? []).map((cidr) => ({ cidr, kind: 'pod' as const })),
    ...(settings.serviceCidrs ?? []).map((cidr) => ({ cidr, kind: 'service' as const })),
  ];
}

/** node_ip_in_cluster_range: a node address inside a pod or service subnet (SPEC §2.2). */
export function checkNodeAddressRanges(view: ClusterView): Issue[] {
  const settings = view.settings;
  if (!settings) return [];
  const ranges = clusterRanges(settings);
  return view.nodes.flatMap((node) =>
    nodeAddresses(node).flatMap((address) => {
      const range = ranges.find((r) => cidrContains(r.cidr, address.ip));
      if (!range) return [];
      return [
        makeIssue('node_ip_in_cluster_range', atNode(node, address.path, address.entry), {
          ip: formatIp(address.ip),
          range: formatCidr(range.cidr),
          rangeKind: range.kind,
        }),
      ];
    }),
  );
}

/**
 * endpoint_in_cluster_range: a controlPlaneEndpoint whose host is an IP inside a pod or service
 * subnet. Neither kubeadm nor the components check it; the pod range gets routed to pods and the
 * service range's IPs get handed to Services, so the endpoint stops reaching the API server.
 */
export function checkEndpointRange(view: ClusterView): Issue[] {
  const settings = view.settings;
  const endpoint = settings?.config?.controlPlaneEndpoint;
  if (!settings || typeof endpoint !== 'string') return [];
  const hostPort = parseHostPort(endpoint.trim());
  const ip = 'host' in hostPort ? ipOf(hostPort.host) : undefined;
  if (!ip) return [];
  const range = clusterRanges(settings).find((r) => cidrContains(r.cidr, ip));
  if (!range) return [];
  return [
    makeIssue('endpoint_in_cluster_range', atCluster(settings, 'controlPlaneEndpoint'), {
      ip: formatIp(ip),
      range: formatCidr(range.cidr),
      rangeKind: range.kind,
    }),
  ];
}

/**
 * pod_subnet_capacity: each pod subnet must hold a node block (at KCM's node mask) for every
 * node in the files, or at least two when only the init node is known.
 */
export function checkPodSubnetCapacity(view: ClusterView): Issue[] {
  const settings = view.settings;
  const pods = settings?.podCidrs;
  if (!settings || !pods || allocationOff(settings)) return [];
  const needed = Math.max(view.nodes.length, 2);
  const families = pods.map((c) => c.family);
  return pods.flatMap((pod, entry) => {
    const nodeMask = kcmNodeMask(settings, pod.family, families);
    // A mask shorter than the pod prefix is a field-level error already.
    if (nodeMask < pod.prefix) return [];
    const blocks = podSubnetCapacity(pod, nodeMask);
    if (blocks >= BigInt(needed)) return [];
    return [
      makeIssue('pod_subnet_capacity', atCluster(settings, 'networking.podSubnet', entry), {
        cidr: formatCidr(pod),
        blocks: blocks.toString(),
        nodes: needed,
        nodeMask,
      }),
    ];
  });
}

function allocationOff(settings: ClusterSettings): boolean {
  return (
    lastArgValue(settings.config?.controllerManager?.extraArgs, 'allocate-node-cidrs') === 'false'
  );
}

/**
 * The node mask KCM uses for a family: the per-family flag, else (single-stack only) the legacy
 * flag, else 24/64; a flag of 0 counts as unset (RULES.md §8, kcmNodeMasks).
 */
export function kcmNodeMask(
  settings: ClusterSettings,
  family: IpFamily,
  families: readonly IpFamily[],
): number {
  const args = settings.config?.controllerManager?.extraArgs;
  return kcmNodeMasks(Array.isArray(args) ? args : [], families)[family];
}
