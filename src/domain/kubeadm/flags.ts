import type { IpFamily } from '../net/types.ts';

/**
 * Component flags that carry networking values, as kubeadm passes them through extraArgs. Rules
 * that read any kubeadm file and the wizard's field table both name them from here.
 */

/** kubelet's node IPs: one IP, or one per family in a dual-stack cluster (RULES §19). */
export const NODE_IP_ARG = 'node-ip';

/**
 * A node-ip value's entries as kubelet reads them: split on ',', each trimmed, empty ones skipped
 * (RULES §19); `entry` is each one's 0-based place in the comma list.
 */
export function nodeIpEntries(value: string): { text: string; entry: number }[] {
  return value
    .split(',')
    .map((text, entry) => ({ text: text.trim(), entry }))
    .filter((part) => part.text !== '');
}

/** Where a node document holds its node-ip, as the CLI reports it. */
export const NODE_IP_PATH = `nodeRegistration.kubeletExtraArgs.${NODE_IP_ARG}`;

/** kube-controller-manager's per-family node mask flag, `{family}` being ipv4 or ipv6 (RULES §4). */
export const NODE_MASK_FLAG = 'node-cidr-mask-size-{family}';

/** The single-stack flag that the per-family ones replace (refused in a dual-stack cluster). */
export const LEGACY_NODE_MASK_FLAG = 'node-cidr-mask-size';

/** The per-family node mask flag's name. */
export function nodeMaskFlag(family: IpFamily): string {
  return NODE_MASK_FLAG.replace('{family}', family);
}

/** The node masks kube-controller-manager uses when no flag sets them (kubeadm sets none). */
export const NODE_MASK_DEFAULT: Readonly<Record<IpFamily, number>> = { ipv4: 24, ipv6: 64 };
