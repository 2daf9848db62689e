import type { IpFamily } from '../net/types.ts';
import { planCapacity, type FamilyCapacity } from '../plan/capacity.ts';
import { stackFamilies, type ClusterPlan } from '../plan/plan.ts';
import { toYaml } from './yaml.ts';

/** A companion CNI file of the download bundle. */
export interface CniFile {
  /** Path inside the bundle, under `cni/`. */
  path: string;
  text: string;
}

/** Why a Calico pool's blockSize differs from the family's node mask. */
export interface CalicoBlockSizeNote {
  family: IpFamily;
  nodeMask: number;
  blockSize: number;
  /** `calico_range`: the node mask is outside what Calico accepts; `pool_prefix`: a block cannot be larger than its pool. */
  reason: 'calico_range' | 'pool_prefix';
}

/** Calico's IPPool blockSize limits and defaults per family (Calico IPPool reference). */
const CALICO_BLOCK: Record<IpFamily, { min: number; max: number; default: number }> = {
  ipv4: { min: 20, max: 32, default: 26 },
  ipv6: { min: 116, max: 128, default: 122 },
};

const FAMILY_LABEL: Record<IpFamily, string> = { ipv4: 'IPv4', ipv6: 'IPv6' };

interface CalicoPool {
  family: IpFamily;
  cidr: string;
  blockSize: number;
  note?: CalicoBlockSizeNote;
}

/** The stack's families whose pod subnet is a CIDR of that family, primary first. */
function podFamilies(plan: ClusterPlan): Array<FamilyCapacity & { podSubnet: string }> {
  return planCapacity(plan).filter(
    (c): c is FamilyCapacity & { podSubnet: string } => c.podSubnet !== undefined,
  );
}

function calicoPools(plan: ClusterPlan): CalicoPool[] {
  return podFamilies(plan).map(({ family, podSubnet, nodeMask }) => {
    const limits = CALICO_BLOCK[family];
    const podPrefix = Number(podSubnet.slice(podSubnet.indexOf('/') + 1));
    let blockSize = nodeMask;
    let reason: CalicoBlockSizeNote['reason'] | undefined;
    if (blockSize < limits.min || blockSize > limits.max) {
      blockSize = limits.default;
      reason = 'calico_range';
    }
    if (blockSize < podPrefix) {
      blockSize = podPrefix;
      reason = 'pool_prefix';
    }
    const pool: CalicoPool = { family, cidr: podSubnet, blockSize };
    if (reason !== undefined) pool.note = { family, nodeMask, blockSize, reason };
    return pool;
  });
}

/** Where a Calico pool's blockSize differs from the plan's node mask, and why. */
export function calicoBlockSizeNotes(plan: ClusterPlan): CalicoBlockSizeNote[] {
  return calicoPools(plan).flatMap((p) => (p.note ? [p.note] : []));
}

function noteComment(note: CalicoBlockSizeNote): string {
  const family = FAMILY_LABEL[note.family];
  const { min, max } = CALICO_BLOCK[note.family];
  return note.reason === 'calico_range'
    ? `# ${family} blockSize is ${note.blockSize}, Calico's default: the node mask /${note.nodeMask} is outside the ${min} to ${max} Calico allows.`
    : `# ${family} blockSize is ${note.blockSize}, the pool's own prefix: a block cannot be larger than its pool.`;
}

/**
 * Calico `projectcalico.org/v3` IPPools, one per family of the stack with a pod subnet: cidr = the
 * canonical pod subnet, blockSize = the node mask when Calico accepts it (see calicoBlockSizeNotes).
 * This API group is what calicoctl, or kubectl with the Calico API server, applies.
 */
export function calicoIpPools(plan: ClusterPlan): string {
  const pools = calicoPools(plan);
  const header = [
    "# Calico IP pools matching kubeadm's podSubnet (projectcalico.org/v3).",
    '# Apply with `calicoctl apply -f`, or `kubectl apply -f` when the Calico API server is installed.',
    '# With the Tigera operator, give the same cidr and blockSize in Installation.spec.calicoNetwork.ipPools.',
    ...pools.flatMap((p) => (p.note ? [noteComment(p.note)] : [])),
  ];
  const documents = pools.map((p) => ({
    apiVersion: 'projectcalico.org/v3',
    kind: 'IPPool',
    metadata: { name: `default-${p.family}-ippool` },
    spec: {
      cidr: p.cidr,
      blockSize: p.blockSize,
      // VXLAN only between subnets for IPv4; IPv6 pools are routed natively (BGP) here.
      ipipMode: 'Never',
      vxlanMode: p.family === 'ipv4' ? 'CrossSubnet' : 'Never',
      natOutgoing: true,
      nodeSelector: 'all()',
    },
  }));
  return `${header.join('\n')}\n${toYaml(documents)}`;
}

/**
 * Routing keys for an IPv6-only plan, written for Cilium 1.15 to 1.18.
 *
 * Cilium's default, `routingMode: tunnel`, puts VXLAN on an IPv4 underlay: on a host without IPv4
 * the agent cannot derive its IPv4 node address and stops. Cilium 1.18 added `underlayProtocol:
 * ipv6` for an IPv6 tunnel underlay (IPv6-only clusters only); 1.15 to 1.17 have no such key, so
 * this file uses native routing, which all four versions accept:
 * - `routingMode: native` (the key since 1.14; it replaced `tunnel: disabled`);
 * - `ipv6NativeRoutingCIDR` = the pod subnet: traffic inside it is routed, not masqueraded.
 *   Cilium refuses native routing with masquerading and no native-routing CIDR;
 * - `autoDirectNodeRoutes: true`: each agent adds routes to the other nodes' podCIDRs. This needs
 *   every node on one L2 segment; otherwise leave it false and have the network route the podCIDRs
 *   (BGP, static routes);
 * - `enableIPv6Masquerade: true` (Cilium's default, written out): pods reach addresses outside
 *   the cluster from the node's address.
 * On 1.18 or later, an IPv6 tunnel is the other choice: `routingMode: tunnel`, `underlayProtocol:
 * ipv6`, no native-routing keys.
 * `kubeProxyReplacement` is not set: kubeadm's kube-proxy stays, and native routing does not need it.
 */
function ipv6OnlyRouting(podSubnet: string): Record<string, unknown> {
  return {
    routingMode: 'native',
    ipv6NativeRoutingCIDR: podSubnet,
    autoDirectNodeRoutes: true,
    enableIPv6Masquerade: true,
  };
}

/**
 * Cilium Helm values for the plan's stack, with `ipam.mode: kubernetes` so Cilium uses the
 * podCIDRs kube-controller-manager allocates from kubeadm's podSubnet (required per family that has one).
 * An IPv6-only plan routes natively (see ipv6OnlyRouting); other stacks keep Cilium's default
 * VXLAN tunnel over the hosts' IPv4 addresses.
 */
export function ciliumHelmValues(plan: ClusterPlan): string {
  const families = stackFamilies(plan.networking.stack);
  const pods = podFamilies(plan);
  const withPods = new Set(pods.map((c) => c.family));
  const ipv6Pods = pods.find((c) => c.family === 'ipv6')?.podSubnet;
  const ipv6Only = !families.includes('ipv4') && ipv6Pods !== undefined;
  const values = {
    ipv4: { enabled: families.includes('ipv4') },
    ipv6: { enabled: families.includes('ipv6') },
    ...(ipv6Only ? ipv6OnlyRouting(ipv6Pods) : {}),
    ipam: { mode: 'kubernetes' },
    k8s: {
      requireIPv4PodCIDR: withPods.has('ipv4'),
      requireIPv6PodCIDR: withPods.has('ipv6'),
    },
  };
  const header = [
    '# Cilium Helm values matching the kubeadm plan.',
    '# helm install cilium cilium/cilium --namespace kube-system --values cilium-values.yaml',
    "# ipam.mode kubernetes: each node's pods get addresses from the podCIDRs kube-controller-manager allocates from podSubnet.",
    ...(ipv6Only
      ? [
          '# IPv6-only (Cilium 1.15 to 1.18): native routing over IPv6, as the default VXLAN tunnel needs IPv4 on the hosts.',
          '# autoDirectNodeRoutes needs all nodes on one L2 segment; otherwise set it to false and route the podCIDRs (BGP or static routes).',
          '# Cilium 1.18 or later can tunnel over IPv6 instead: routingMode tunnel, underlayProtocol ipv6, without the native-routing keys.',
        ]
      : []),
  ];
  return `${header.join('\n')}\n${toYaml([values])}`;
}

/**
 * Flannel's net-conf.json (the kube-flannel ConfigMap key): Network/SubnetLen and
 * IPv6Network/IPv6SubnetLen from the pod subnets and node masks, EnableIPv4/EnableIPv6 per stack.
 */
export function flannelNetConf(plan: ClusterPlan): string {
  const families = stackFamilies(plan.networking.stack);
  const pods = new Map(podFamilies(plan).map((c) => [c.family, c]));
  const v4 = pods.get('ipv4');
  const v6 = pods.get('ipv6');
  const conf: Record<string, unknown> = {};
  if (v4) {
    conf.Network = v4.podSubnet;
    conf.SubnetLen = v4.nodeMask;
  }
  conf.EnableIPv4 = families.includes('ipv4');
  conf.EnableIPv6 = families.includes('ipv6');
  if (v6) {
    conf.IPv6Network = v6.podSubnet;
    conf.IPv6SubnetLen = v6.nodeMask;
  }
  conf.Backend = { Type: 'vxlan' };
  return `${JSON.stringify(conf, null, 2)}\n`;
}

/** The companion CNI files of the bundle: Calico IPPools, Cilium Helm values, Flannel net-conf.json. */
export function cniFiles(plan: ClusterPlan): CniFile[] {
  return [
    { path: 'cni/calico-ippools.yaml', text: calicoIpPools(plan) },
    { path: 'cni/cilium-values.yaml', text: ciliumHelmValues(plan) },
    { path: 'cni/flannel-net-conf.json', text: flannelNetConf(plan) },
  ];
}
