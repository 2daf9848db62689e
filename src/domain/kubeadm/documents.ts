/**
 * The kubeadm, kubelet and kube-proxy documents this project reads and writes, in kubeadm's own
 * JSON field names. The in-memory form is v1beta4's (extraArgs as a list of {name, value}); the
 * v1beta3 map form exists only in YAML text, converted when writing or reading.
 */

export const KUBEADM_GROUP = 'kubeadm.k8s.io';
export const KUBELET_GROUP = 'kubelet.config.k8s.io';
export const KUBE_PROXY_GROUP = 'kubeproxy.config.k8s.io';

export type KubeadmApiVersion = 'v1beta3' | 'v1beta4';
export const KUBEADM_API_VERSIONS: readonly KubeadmApiVersion[] = ['v1beta4', 'v1beta3'];
export const KUBELET_API_VERSION = 'kubelet.config.k8s.io/v1beta1';
export const KUBE_PROXY_API_VERSION = 'kubeproxy.config.k8s.io/v1alpha1';

export type KubeadmKind = 'ClusterConfiguration' | 'InitConfiguration' | 'JoinConfiguration';
export type ComponentKind = 'KubeletConfiguration' | 'KubeProxyConfiguration';
export type DocumentKind = KubeadmKind | ComponentKind;

export interface Arg {
  name: string;
  value: string;
}

export interface ApiEndpoint {
  advertiseAddress?: string;
  bindPort?: number;
}

export interface NodeRegistration {
  name?: string;
  criSocket?: string;
  kubeletExtraArgs?: Arg[];
  taints?: unknown[] | null;
  ignorePreflightErrors?: string[];
  imagePullPolicy?: string;
  imagePullSerial?: boolean;
}

export interface BootstrapToken {
  token?: string;
  description?: string;
  ttl?: string;
  expires?: string;
  usages?: string[];
  groups?: string[];
}

export interface ControlPlaneComponent {
  extraArgs?: Arg[];
  extraVolumes?: unknown[];
  extraEnvs?: unknown[];
}

export interface ApiServer extends ControlPlaneComponent {
  certSANs?: string[];
  /** v1beta3 only; v1beta4 moved it to InitConfiguration.timeouts.controlPlaneComponentHealthCheck. */
  timeoutForControlPlane?: string;
}

export interface Networking {
  podSubnet?: string;
  serviceSubnet?: string;
  dnsDomain?: string;
}

export interface Etcd {
  local?: {
    imageRepository?: string;
    imageTag?: string;
    dataDir?: string;
    extraArgs?: Arg[];
    serverCertSANs?: string[];
    peerCertSANs?: string[];
  };
  external?: { endpoints?: string[]; caFile?: string; certFile?: string; keyFile?: string };
}

export interface Timeouts {
  controlPlaneComponentHealthCheck?: string;
  kubeletHealthCheck?: string;
  kubernetesAPICall?: string;
  etcdAPICall?: string;
  tlsBootstrap?: string;
  discovery?: string;
  upgradeManifests?: string;
}

export interface ClusterConfiguration {
  kind: 'ClusterConfiguration';
  kubernetesVersion?: string;
  clusterName?: string;
  controlPlaneEndpoint?: string;
  certificatesDir?: string;
  imageRepository?: string;
  encryptionAlgorithm?: string;
  featureGates?: Record<string, boolean>;
  networking?: Networking;
  apiServer?: ApiServer;
  controllerManager?: ControlPlaneComponent;
  scheduler?: ControlPlaneComponent;
  etcd?: Etcd;
  dns?: { imageRepository?: string; imageTag?: string; disabled?: boolean };
  proxy?: { disabled?: boolean };
}

export interface InitConfiguration {
  kind: 'InitConfiguration';
  bootstrapTokens?: BootstrapToken[];
  nodeRegistration?: NodeRegistration;
  localAPIEndpoint?: ApiEndpoint;
  certificateKey?: string;
  skipPhases?: string[];
  patches?: { directory?: string };
  timeouts?: Timeouts;
  dryRun?: boolean;
}

export interface Discovery {
  bootstrapToken?: {
    token?: string;
    apiServerEndpoint?: string;
    caCertHashes?: string[];
    unsafeSkipCAVerification?: boolean;
  };
  file?: { kubeConfigPath?: string };
  tlsBootstrapToken?: string;
  /** v1beta3 only; v1beta4 moved it to JoinConfiguration.timeouts.discovery. */
  timeout?: string;
}

export interface JoinConfiguration {
  kind: 'JoinConfiguration';
  nodeRegistration?: NodeRegistration;
  caCertPath?: string;
  discovery?: Discovery;
  controlPlane?: { localAPIEndpoint?: ApiEndpoint; certificateKey?: string };
  skipPhases?: string[];
  patches?: { directory?: string };
  timeouts?: Timeouts;
  dryRun?: boolean;
}

export interface KubeletConfiguration {
  kind: 'KubeletConfiguration';
  cgroupDriver?: string;
  clusterDNS?: string[];
  clusterDomain?: string;
  address?: string;
  healthzBindAddress?: string;
  featureGates?: Record<string, boolean>;
  failSwapOn?: boolean;
  [field: string]: unknown;
}

export interface KubeProxyConfiguration {
  kind: 'KubeProxyConfiguration';
  mode?: string;
  clusterCIDR?: string;
  bindAddress?: string;
  featureGates?: Record<string, boolean>;
  [field: string]: unknown;
}

export type KubeadmDocument =
  | ClusterConfiguration
  | InitConfiguration
  | JoinConfiguration
  | KubeletConfiguration
  | KubeProxyConfiguration;

/** A document of a known kind with the apiVersion it is (or will be) written with. */
export interface VersionedDocument {
  apiVersion: string;
  document: KubeadmDocument;
}

/** kubeadm's defaults that the rules and the renderer need (RULES.md §2). */
export const KUBEADM_DEFAULTS = {
  serviceSubnet: '10.96.0.0/12',
  dnsDomain: 'cluster.local',
  bindPort: 6443,
  clusterName: 'kubernetes',
  tokenTtl: '24h',
  caCertPath: '/etc/kubernetes/pki/ca.crt',
} as const;

/** kubeadm constants (RULES.md §2). */
export const KUBEADM_LIMITS = {
  minServiceAddresses: 10,
  minPodAddresses: 14,
  maxServiceHostBits: 20,
  podNodeMaskMaxDiff: 16,
  certificateKeyHexLength: 64,
} as const;
