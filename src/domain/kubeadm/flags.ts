/**
 * Component flags that carry networking values, as kubeadm passes them through extraArgs. Rules
 * that read any kubeadm file and the wizard's field table both name them from here.
 */

/** kubelet's node IPs: one IP, or one per family in a dual-stack cluster (RULES §19). */
export const NODE_IP_ARG = 'node-ip';

/** kube-controller-manager's per-family node mask flag, `{family}` being ipv4 or ipv6 (RULES §4). */
export const NODE_MASK_FLAG = 'node-cidr-mask-size-{family}';
