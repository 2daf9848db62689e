import { KUBEADM_DEFAULTS } from '../kubeadm/documents.ts';
import type { ApiEndpoint, Arg, NodeRegistration } from '../kubeadm/documents.ts';
import { stackFamilies } from '../plan/plan.ts';
import type { ClusterPlan, NodePlan } from '../plan/plan.ts';
import { familyEntries, joinEntries, renderIpText } from './addresses.ts';
import { source } from './sources.ts';
import type { Built, LocalSource } from './sources.ts';

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

/** The node's API endpoint (advertise address when known, bind port always). */
export function buildApiEndpoint(plan: ClusterPlan, nodeIndex: number): Built<ApiEndpoint> {
  const node = plan.nodes[nodeIndex];
  const endpoint: ApiEndpoint = {};
  const sources: LocalSource[] = [];
  const advertise = resolveAdvertiseAddress(plan, nodeIndex);
  if (advertise) {
    endpoint.advertiseAddress = advertise.value;
    sources.push(source('advertiseAddress', advertise.field));
  }
  endpoint.bindPort = node ? resolveBindPort(node) : KUBEADM_DEFAULTS.bindPort;
  if (node) sources.push(source('bindPort', `nodes.${nodeIndex}.bindPort`));
  return { document: endpoint, sources };
}

/** The node's kubelet `node-ip`: its IPs of the stack's families, primary first (RULES §19). */
export function nodeIpArg(plan: ClusterPlan, nodeIndex: number): Built<Arg> | undefined {
  const node = plan.nodes[nodeIndex];
  if (!node) return undefined;
  const entries = familyEntries(node.ips, plan.networking.stack, renderIpText);
  if (entries.length === 0) return undefined;
  return {
    document: { name: 'node-ip', value: joinEntries(entries) },
    sources: entries.map((e) =>
      source('kubeletExtraArgs.node-ip', `nodes.${nodeIndex}.ips.${e.family}`, e.family),
    ),
  };
}

/** The node's nodeRegistration, or undefined when every field would be kubeadm's default. */
export function buildNodeRegistration(
  plan: ClusterPlan,
  nodeIndex: number,
): Built<NodeRegistration> | undefined {
  const node = plan.nodes[nodeIndex];
  const registration: NodeRegistration = {};
  const sources: LocalSource[] = [];
  if (node && node.name.trim() !== '') {
    registration.name = node.name.trim();
    sources.push(source('name', `nodes.${nodeIndex}.name`));
  }
  if (plan.criSocket.trim() !== '') {
    registration.criSocket = plan.criSocket.trim();
    sources.push(source('criSocket', 'criSocket'));
  }
  const nodeIp = nodeIpArg(plan, nodeIndex);
  if (nodeIp) {
    registration.kubeletExtraArgs = [nodeIp.document];
    sources.push(...nodeIp.sources);
  }
  return sources.length === 0 ? undefined : { document: registration, sources };
}
