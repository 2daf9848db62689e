import { formatIp, ipEquals, ipKind } from '../../../net/index.ts';
import { makeIssue, type Issue } from '../../issues.ts';
import { isSet } from '../documents/context.ts';
import { atCluster, atNode, describeNode } from './location.ts';
import { nodeAddresses } from './node-ips.ts';
import type { ClusterView, NodeView } from './view.ts';

/** duplicate_node_name: two nodes whose names are equal after kubeadm's trim and lower-casing. */
export function checkDuplicateNames(view: ClusterView): Issue[] {
  const first = new Map<string, NodeView>();
  return view.nodes.flatMap((node) => {
    if (!node.name) return [];
    const earlier = first.get(node.name.value);
    if (!earlier) {
      first.set(node.name.value, node);
      return [];
    }
    return [
      makeIssue('duplicate_node_name', atNode(node, node.name.path), {
        name: node.name.value,
        other: earlier.file,
      }),
    ];
  });
}

/** duplicate_node_ip: an address claimed by two nodes, reported on the later one (RULES.md §24). */
export function checkDuplicateAddresses(view: ClusterView): Issue[] {
  const owners = new Map<string, NodeView>();
  return view.nodes.flatMap((node) =>
    nodeAddresses(node).flatMap((address) => {
      const key = `${address.ip.family}/${address.ip.value}`;
      const earlier = owners.get(key);
      if (!earlier) {
        owners.set(key, node);
        return [];
      }
      return [
        makeIssue('duplicate_node_ip', atNode(node, address.path, address.entry), {
          ip: formatIp(address.ip),
          other: describeNode(earlier),
        }),
      ];
    }),
  );
}

/**
 * node_ip_mismatch: on a control-plane node the node-ip entry of the advertise family should be
 * the advertise address itself (RULES.md §19, §24).
 */
export function checkAdvertiseNodeIp(view: ClusterView): Issue[] {
  return view.nodes.flatMap((node) => {
    const advertise = node.advertise;
    if (!advertise || ipKind(advertise.ip) !== 'unicast') return [];
    const nodeIp = node.nodeIps.entries.find((ip) => ip.family === advertise.ip.family);
    if (!nodeIp || ipKind(nodeIp) === 'unspecified' || ipEquals(nodeIp, advertise.ip)) return [];
    return [
      makeIssue('node_ip_mismatch', atNode(node, node.nodeIps.path, nodeIp.entry), {
        nodeIp: formatIp(nodeIp),
        advertiseAddress: formatIp(advertise.ip),
      }),
    ];
  });
}

/**
 * control_plane_endpoint_required: joining a second control-plane node needs the cluster to have
 * been initialised with a controlPlaneEndpoint (RULES.md §12).
 */
export function checkControlPlaneEndpoint(view: ClusterView): Issue[] {
  const settings = view.settings;
  if (!settings?.config || isSet(settings.config.controlPlaneEndpoint)) return [];
  const joins = view.nodes.filter((n) => n.kind === 'join' && n.role === 'control-plane');
  if (joins.length === 0) return [];
  const controlPlaneNodes = view.nodes.filter((n) => n.role === 'control-plane').length;
  return [
    makeIssue('control_plane_endpoint_required', atCluster(settings, 'controlPlaneEndpoint'), {
      controlPlaneNodes,
    }),
  ];
}
