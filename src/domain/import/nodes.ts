import type { ApiEndpoint, NodeRegistration } from '../kubeadm/documents.ts';
import { lastArgValue } from '../kubeadm/wire.ts';
import { renderIpText } from '../render/addresses.ts';
import { createNode } from '../plan/defaults.ts';
import { stackFamilies, type NodePlan, type NodeRole, type StackMode } from '../plan/plan.ts';
import { NODE_IP_ARG } from './modelled.ts';
import { byFamily, listEntries, type ListEntry } from './networking.ts';

/** A node as the files describe it, before the cluster's stack is known. */
export interface ImportedNode {
  role: NodeRole;
  name: string;
  nodeIps: ListEntry[];
  endpoint?: ApiEndpoint;
  criSocket?: string;
}

/** The node an Init or Join document registers. */
export function importedNode(
  role: NodeRole,
  registration: NodeRegistration | undefined,
  endpoint: ApiEndpoint | undefined,
): ImportedNode {
  const node: ImportedNode = {
    role,
    name: registration?.name ?? '',
    nodeIps: listEntries(lastArgValue(registration?.kubeletExtraArgs, NODE_IP_ARG), 'ip'),
  };
  if (endpoint) node.endpoint = endpoint;
  if (registration?.criSocket !== undefined) node.criSocket = registration.criSocket;
  return node;
}

/**
 * The node in the plan's terms. The advertise address stays empty when it is the node's IP of
 * the primary family (what the renderer derives anyway), so editing that IP keeps them together.
 */
export function nodePlanOf(node: ImportedNode, stack: StackMode): NodePlan {
  const plan = createNode(node.role, node.name);
  plan.ips = byFamily(node.nodeIps);
  const advertise = node.endpoint?.advertiseAddress ?? '';
  const primary = stackFamilies(stack)[0] ?? 'ipv4';
  const derived = plan.ips[primary].trim() === '' ? undefined : renderIpText(plan.ips[primary]);
  if (node.role === 'control-plane' && renderIpText(advertise) !== derived) {
    plan.advertiseAddress = advertise;
  }
  const port = node.endpoint?.bindPort;
  if (node.role === 'control-plane' && port !== undefined) plan.bindPort = String(port);
  return plan;
}
