import type { IpFamily } from '../net/types.ts';
import type { KubeadmApiVersion } from '../kubeadm/documents.ts';

/** Which families the cluster has, and which one comes first in every comma list. */
export type StackMode = 'ipv4' | 'ipv6' | 'dual-ipv4-primary' | 'dual-ipv6-primary';
export type NodeRole = 'control-plane' | 'worker';
export type ProxyMode = '' | 'iptables' | 'ipvs' | 'nftables';
export type CgroupDriver = '' | 'systemd' | 'cgroupfs';
export type EncryptionAlgorithm =
  '' | 'RSA-2048' | 'RSA-3072' | 'RSA-4096' | 'ECDSA-P256' | 'ECDSA-P384';

/** One value per family, as the user typed it ('' when unused or unset). */
export interface PerFamily<T = string> {
  ipv4: T;
  ipv6: T;
}

/**
 * One node of the cluster. The first control-plane node is the one `kubeadm init` runs on; every
 * other node gets its own join file.
 */
export interface NodePlan {
  /** '' means "the host name" (kubeadm's default). */
  name: string;
  role: NodeRole;
  /** kubelet node-ip per family; the cluster's primary family comes first in the rendered list. */
  ips: PerFamily;
  /** Control-plane nodes only; '' means "this node's IP of the primary family". */
  advertiseAddress: string;
  /** Control-plane nodes only; '' means 6443. Text as typed. */
  bindPort: string;
}

export interface NetworkingPlan {
  stack: StackMode;
  podSubnet: PerFamily;
  serviceSubnet: PerFamily;
  dnsDomain: string;
  /** kube-controller-manager --node-cidr-mask-size-ipv4/-ipv6; '' means the default (24 / 64). */
  nodeMask: PerFamily;
}

export interface DiscoveryPlan {
  /** host:port the joining nodes dial; '' means derive it (controlPlaneEndpoint, else the first node). */
  apiServerEndpoint: string;
  token: string;
  tokenTtl: string;
  caCertHashes: string[];
  /** Certificate key for control-plane joins (64 hex); with it, init runs with --upload-certs. */
  certificateKey: string;
  unsafeSkipCAVerification: boolean;
}

export interface ComponentsPlan {
  /** Emit a KubeletConfiguration document. */
  kubelet: boolean;
  cgroupDriver: CgroupDriver;
  /** Emit a KubeProxyConfiguration document (clusterCIDR = the pod subnets). */
  kubeProxy: boolean;
  proxyMode: ProxyMode;
  /** kube-proxy's bindAddress; '' means kubeadm's default (0.0.0.0, or :: for an IPv6 advertise address). */
  proxyBindAddress: string;
}

/**
 * The fields of imported documents that the plan does not model, kept so rendering carries them
 * through unchanged: each holds only the unmodelled leaves, in the v1beta4 in-memory shape
 * (extraArgs as lists of {name, value}). The renderer merges them into the documents it builds.
 */
export interface PlanExtras {
  clusterConfiguration?: Record<string, unknown>;
  initConfiguration?: Record<string, unknown>;
  /** Applied to every join file. */
  joinConfiguration?: Record<string, unknown>;
  kubeletConfiguration?: Record<string, unknown>;
  kubeProxyConfiguration?: Record<string, unknown>;
}

/** Everything the wizard collects; every field has a default in defaults.ts. */
export interface ClusterPlan {
  /** Saved-plan format version; bump when the model changes and add a migration. */
  schemaVersion: 2;
  /** '' means kubeadm's default (its own version). */
  kubernetesVersion: string;
  apiVersion: KubeadmApiVersion;
  clusterName: string;
  controlPlaneEndpoint: string;
  certSANs: string[];
  criSocket: string;
  imageRepository: string;
  encryptionAlgorithm: EncryptionAlgorithm;
  networking: NetworkingPlan;
  nodes: NodePlan[];
  discovery: DiscoveryPlan;
  components: ComponentsPlan;
  /** Imported fields the wizard does not model, passed through to the output ({} when none). */
  extras: PlanExtras;
}

/** The families of a stack, primary first. */
export function stackFamilies(stack: StackMode): IpFamily[] {
  switch (stack) {
    case 'ipv4':
      return ['ipv4'];
    case 'ipv6':
      return ['ipv6'];
    case 'dual-ipv4-primary':
      return ['ipv4', 'ipv6'];
    case 'dual-ipv6-primary':
      return ['ipv6', 'ipv4'];
  }
}

export function isDualStack(stack: StackMode): boolean {
  return stack === 'dual-ipv4-primary' || stack === 'dual-ipv6-primary';
}
