import { lastArgValue } from '../../../kubeadm/wire.ts';
import { formatCidr, ipKind } from '../../../net/index.ts';
import type { IpFamily } from '../../../net/types.ts';
import { makeIssue, type Issue } from '../../issues.ts';
import { atCluster, atNode, familyList, familyName } from './location.ts';
import { nodeIpFamilies } from './node-ips.ts';
import type { ClusterView, NodeView } from './view.ts';

/**
 * family_mismatch: kube-apiserver refuses an advertise address whose family differs from the
 * first service subnet's, and the default service subnet is IPv4 (RULES.md §5). The check is
 * skipped only with `--endpoint-reconciler-type=none` (RULES.md §7).
 */
export function checkAdvertiseFamilies(view: ClusterView): Issue[] {
  const primary = view.settings?.serviceCidrs?.[0];
  const apiServerArgs = view.settings?.config?.apiServer?.extraArgs;
  if (!primary || lastArgValue(apiServerArgs, 'endpoint-reconciler-type') === 'none') return [];
  return view.nodes.flatMap((node) => {
    const advertise = node.advertise;
    // 0.0.0.0 and :: mean "detect"; the family is not known from the file.
    if (!advertise || ipKind(advertise.ip) === 'unspecified') return [];
    if (advertise.ip.family === primary.family) return [];
    return [
      makeIssue('family_mismatch', atNode(node, advertise.path), {
        address: advertise.text,
        addressFamily: advertise.ip.family,
        subnet: formatCidr(primary),
        subnetFamily: primary.family,
      }),
    ];
  });
}

/** stack_mismatch between the pod and service subnets: kubeadm does not compare them (RULES.md §5). */
export function checkPodServiceStacks(view: ClusterView): Issue[] {
  const settings = view.settings;
  const pods = settings?.podCidrs?.map((c) => c.family);
  const services = settings?.serviceCidrs?.map((c) => c.family);
  if (!settings || !pods || !services || pods.length === 0) return [];
  const at = atCluster(settings, 'networking.podSubnet');
  if (!sameSet(pods, services)) {
    return [
      makeIssue('stack_mismatch', at, {
        reason: 'pod_service_families',
        expected: familyList(services),
        actual: familyList(pods),
      }),
    ];
  }
  if (pods[0] !== services[0] && pods[0] && services[0]) {
    return [
      makeIssue('stack_mismatch', at, {
        reason: 'pod_service_order',
        expected: familyName(services[0]),
        actual: familyName(pods[0]),
      }),
    ];
  }
  return [];
}

/**
 * stack_mismatch for a node's node-ip: in a dual-stack cluster each node should have one IP per
 * family, primary first (RULES.md §19); in a single-stack cluster, one of the cluster's family.
 */
export function checkNodeStacks(view: ClusterView): Issue[] {
  const services = view.settings?.serviceCidrs?.map((c) => c.family);
  if (!services) return [];
  return view.nodes.flatMap((node) => nodeStackIssues(node, services));
}

function nodeStackIssues(node: NodeView, cluster: readonly IpFamily[]): Issue[] {
  const families = nodeIpFamilies(node.nodeIps);
  if (!families) return [];
  const at = atNode(node, node.nodeIps.path);
  const dual = cluster.length === 2;
  const covered = dual ? sameSet(families, cluster) : families.some((f) => f === cluster[0]);
  if (!covered) {
    return [
      makeIssue('stack_mismatch', at, {
        reason: 'node_ip_families',
        expected: familyList(cluster),
        actual: familyList(families),
      }),
    ];
  }
  if (dual && families[0] !== cluster[0] && families[0] && cluster[0]) {
    return [
      makeIssue('stack_mismatch', at, {
        reason: 'node_ip_order',
        expected: familyName(cluster[0]),
        actual: familyName(families[0]),
      }),
    ];
  }
  return [];
}

function sameSet(a: readonly IpFamily[], b: readonly IpFamily[]): boolean {
  return a.length === b.length && a.every((f) => b.includes(f));
}
