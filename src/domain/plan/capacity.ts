import { NODE_MASK_DEFAULT } from '../kubeadm/flags.ts';
import { cidrAddressAt, cidrOfFamily, cidrSize, formatCidr } from '../net/cidr.ts';
import { familyBits, formatIp } from '../net/ip.ts';
import type { IpFamily } from '../net/types.ts';
import { stackFamilies } from './plan.ts';
import type { ClusterPlan } from './plan.ts';

/** What one family of the plan's networking holds: node blocks, pods per node and service IPs. */
export interface FamilyCapacity {
  family: IpFamily;
  /** Canonical pod subnet; absent when the text is not a CIDR of this family. */
  podSubnet?: string;
  /** The node mask KCM allocates with: the plan's when valid, else 24 / 64. */
  nodeMask: number;
  /** Addresses in one node's pod block, 2^(bits − nodeMask). */
  podsPerNode?: bigint;
  /** Node blocks in the pod subnet; 0 when the pod prefix is longer than the node mask. */
  maxNodes?: bigint;
  /** Canonical service subnet; absent when the text is not a CIDR of this family. */
  serviceSubnet?: string;
  serviceAddresses?: bigint;
  /** The `kubernetes` Service's ClusterIP, index 1 of the service subnet. */
  kubernetesServiceIp?: string;
  /** The cluster DNS Service IP, index 10 of the cluster's first service subnet only. */
  clusterDnsIp?: string;
  nodesPlanned: number;
  /** Whether the pod subnet has a node block for every planned node. */
  fits?: boolean;
}

/** Well-known Service IP indexes (k8s GetIndexedIP): the API server VIP and kubeadm's DNS IP. */
const KUBERNETES_SERVICE_INDEX = 1n;
const CLUSTER_DNS_INDEX = 10n;

/**
 * The capacity of each family of the plan's stack, primary family first; values that depend on
 * a subnet are left out when that subnet's text is not a CIDR of the family.
 */
export function planCapacity(plan: ClusterPlan): FamilyCapacity[] {
  const families = stackFamilies(plan.networking.stack);
  const dnsFamily = clusterDnsFamily(plan, families);
  return families.map((family) => familyCapacity(plan, family, family === dnsFamily));
}

function familyCapacity(plan: ClusterPlan, family: IpFamily, hasDns: boolean): FamilyCapacity {
  const nodeMask = planNodeMask(plan.networking.nodeMask[family], family);
  const nodesPlanned = plan.nodes.length;
  const result: FamilyCapacity = { family, nodeMask, nodesPlanned };
  const pod = cidrOfFamily(plan.networking.podSubnet[family], family);
  if (pod) {
    const maxNodes = pod.prefix > nodeMask ? 0n : 1n << BigInt(nodeMask - pod.prefix);
    result.podSubnet = formatCidr(pod);
    result.podsPerNode = 1n << BigInt(familyBits(family) - nodeMask);
    result.maxNodes = maxNodes;
    result.fits = maxNodes >= BigInt(nodesPlanned);
  }
  const service = cidrOfFamily(plan.networking.serviceSubnet[family], family);
  if (service) {
    result.serviceSubnet = formatCidr(service);
    result.serviceAddresses = cidrSize(service);
    const vip = cidrAddressAt(service, KUBERNETES_SERVICE_INDEX);
    if (vip) result.kubernetesServiceIp = formatIp(vip);
    const dns = hasDns ? cidrAddressAt(service, CLUSTER_DNS_INDEX) : undefined;
    if (dns) result.clusterDnsIp = formatIp(dns);
  }
  return result;
}

/**
 * kubeadm's GetDNSIP takes index 10 of the first entry of serviceSubnet; the rendered list skips
 * empty families, so that entry belongs to the first family (primary first) with any text.
 */
function clusterDnsFamily(plan: ClusterPlan, families: readonly IpFamily[]): IpFamily | undefined {
  return families.find((family) => plan.networking.serviceSubnet[family].trim() !== '');
}

/**
 * The plan's node mask when it is a decimal integer within the family's bits (an optional '+' as
 * Go's Atoi allows, no leading zero, which KCM would read as octal), else KCM's default (RULES.md §8).
 */
function planNodeMask(text: string, family: IpFamily): number {
  const trimmed = text.trim();
  if (!/^\+?(?:0|[1-9]\d{0,2})$/u.test(trimmed)) return NODE_MASK_DEFAULT[family];
  const value = Number(trimmed);
  return value <= familyBits(family) ? value : NODE_MASK_DEFAULT[family];
}
