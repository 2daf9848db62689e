import { KUBEADM_DEFAULTS } from '../kubeadm/documents.ts';
import { stackFamilies } from '../plan/plan.ts';
import type { ClusterPlan, NodePlan } from '../plan/plan.ts';
import { renderIpText } from './addresses.ts';

/** The index of the node `kubeadm init` runs on (the first control-plane node), or -1 when none. */
export function initNodeIndex(plan: ClusterPlan): number {
  return plan.nodes.findIndex((n) => n.role === 'control-plane');
}

/** True when more control-plane nodes join after init, so init needs `--upload-certs` (RULES §15). */
export function hasControlPlaneJoins(plan: ClusterPlan): boolean {
  return plan.nodes.filter((n) => n.role === 'control-plane').length > 1;
}

/**
 * The node's bind port as a number: 6443 when the plan says '' (RULES §2), the typed number
 * otherwise (even out of range, for validation to report); text that is no number also gives 6443.
 */
export function resolveBindPort(node: NodePlan): number {
  const text = node.bindPort.trim();
  return /^[0-9]{1,9}$/.test(text) ? Number(text) : KUBEADM_DEFAULTS.bindPort;
}

/** The node's advertise address and its plan field: the typed one, else its primary-family IP. */
export function resolveAdvertiseAddress(
  plan: ClusterPlan,
  nodeIndex: number,
): { value: string; field: string } | undefined {
  const node = plan.nodes[nodeIndex];
  if (!node) return undefined;
  if (node.advertiseAddress.trim() !== '') {
    return {
      value: renderIpText(node.advertiseAddress),
      field: `nodes.${nodeIndex}.advertiseAddress`,
    };
  }
  const primary = stackFamilies(plan.networking.stack)[0] ?? 'ipv4';
  if (node.ips[primary].trim() === '') return undefined;
  return { value: renderIpText(node.ips[primary]), field: `nodes.${nodeIndex}.ips.${primary}` };
}
