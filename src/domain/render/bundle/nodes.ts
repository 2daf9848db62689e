import { initCommand, joinCommand } from '../commands.ts';
import { INIT_FILE_NAME, joinFileNames } from '../files.ts';
import { initNodeIndex } from '../nodes.ts';
import type { ClusterPlan, NodeRole, StackMode } from '../../plan/plan.ts';

/** One node's part of the bundle: the file it takes and the command it runs. */
export interface BundleNode {
  /** Index in plan.nodes; -1 for the init step of a plan without a control-plane node. */
  nodeIndex: number;
  /** How scripts and the README name the node: its name when plain, else "node N". */
  label: string;
  role: NodeRole;
  /** True for the first control-plane node, the one `kubeadm init` runs on. */
  init: boolean;
  file: string;
  /** The commands.sh step that runs the node's command (file name without .yaml, or `init`). */
  step: string;
}

// Names go into shell comments and plain text: only a plain DNS label list may appear as typed.
const PLAIN_NAME = /^[a-z0-9](?:[a-z0-9.-]{0,61}[a-z0-9])?$/u;

/** The node's name when it is plain lowercase DNS text, else `node <index+1>`. */
export function nodeLabel(plan: ClusterPlan, nodeIndex: number): string {
  const name = plan.nodes[nodeIndex]?.name.trim().toLowerCase() ?? '';
  return PLAIN_NAME.test(name) ? name : `node ${nodeIndex + 1}`;
}

/** The init node (always present, even when the plan names none), then every joining node in plan order. */
export function bundleNodes(plan: ClusterPlan): BundleNode[] {
  const initIndex = initNodeIndex(plan);
  const nodes: BundleNode[] = [
    {
      nodeIndex: initIndex,
      label: initIndex < 0 ? 'the first control-plane node' : nodeLabel(plan, initIndex),
      role: 'control-plane',
      init: true,
      file: INIT_FILE_NAME,
      step: 'init',
    },
  ];
  for (const [nodeIndex, file] of joinFileNames(plan)) {
    nodes.push({
      nodeIndex,
      label: nodeLabel(plan, nodeIndex),
      role: plan.nodes[nodeIndex]?.role ?? 'worker',
      init: false,
      file,
      step: file.replace(/\.yaml$/u, ''),
    });
  }
  return nodes;
}

/** The node's kubeadm command (init or join). */
export function nodeCommand(plan: ClusterPlan, node: BundleNode): string {
  return node.init ? initCommand(plan) : joinCommand(plan, node.nodeIndex);
}

const STACK_TEXT: Record<StackMode, string> = {
  ipv4: 'IPv4 only',
  ipv6: 'IPv6 only',
  'dual-ipv4-primary': 'dual-stack, IPv4 primary',
  'dual-ipv6-primary': 'dual-stack, IPv6 primary',
};

/** One line about the cluster: its stack and how many nodes of each role. */
export function clusterSummary(plan: ClusterPlan): string {
  const cp = plan.nodes.filter((n) => n.role === 'control-plane').length;
  const workers = plan.nodes.length - cp;
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  return `${STACK_TEXT[plan.networking.stack]}, ${count(cp, 'control-plane node')}, ${count(workers, 'worker')}`;
}
