import type { EncryptionAlgorithm, ProxyMode } from '../plan/plan.ts';
import type { ModelledFields } from './split.ts';

/** The encryption algorithms the plan offers (others are passed through as written). */
export const ENCRYPTION_ALGORITHMS: readonly EncryptionAlgorithm[] = [
  'RSA-2048',
  'RSA-3072',
  'RSA-4096',
  'ECDSA-P256',
  'ECDSA-P384',
];
/** The kubelet cgroup drivers the plan offers. */
export const CGROUP_DRIVERS = ['systemd', 'cgroupfs'] as const;
/** The kube-proxy modes the plan offers. */
export const PROXY_MODES: readonly ProxyMode[] = ['iptables', 'ipvs', 'nftables'];

/** A predicate: the value is '' or one of the plan's choices (other values are passed through). */
function oneOf(choices: readonly string[]) {
  return (value: unknown) => typeof value === 'string' && (value === '' || choices.includes(value));
}

/** The per-family kube-controller-manager node-mask args, ipv4 then ipv6 (RULES §4). */
export const NODE_MASK_ARGS = ['node-cidr-mask-size-ipv4', 'node-cidr-mask-size-ipv6'];
/** The kubelet arg that holds a node's IPs (RULES §19). */
export const NODE_IP_ARG = 'node-ip';

/** ClusterConfiguration fields the plan holds (the legacy node-cidr-mask-size is passed through). */
export const CLUSTER_FIELDS: ModelledFields = {
  leaves: {
    kubernetesVersion: true,
    clusterName: true,
    controlPlaneEndpoint: true,
    imageRepository: true,
    encryptionAlgorithm: oneOf(ENCRYPTION_ALGORITHMS),
    'apiServer.certSANs': true,
    'networking.podSubnet': true,
    'networking.serviceSubnet': true,
    'networking.dnsDomain': true,
  },
  // Every arg list, so unmodelled args are listed by name (RULES §22: extraArgs paths).
  args: {
    'apiServer.extraArgs': [],
    'controllerManager.extraArgs': NODE_MASK_ARGS,
    'scheduler.extraArgs': [],
    'etcd.local.extraArgs': [],
  },
  indexed: [],
  containers: ['apiServer', 'networking', 'controllerManager', 'controllerManager.extraArgs'],
};

const NODE_REGISTRATION = {
  leaves: { 'nodeRegistration.name': true, 'nodeRegistration.criSocket': true },
  args: { 'nodeRegistration.kubeletExtraArgs': [NODE_IP_ARG] },
  containers: ['nodeRegistration', 'nodeRegistration.kubeletExtraArgs'],
} as const;

/** InitConfiguration fields the plan holds: the init node, the first bootstrap token, the key. */
export const INIT_FIELDS: ModelledFields = {
  leaves: {
    ...NODE_REGISTRATION.leaves,
    'bootstrapTokens.0.token': true,
    'bootstrapTokens.0.ttl': true,
    'localAPIEndpoint.advertiseAddress': true,
    'localAPIEndpoint.bindPort': true,
    certificateKey: true,
  },
  args: NODE_REGISTRATION.args,
  indexed: ['bootstrapTokens'],
  containers: [...NODE_REGISTRATION.containers, 'bootstrapTokens', 'localAPIEndpoint'],
};

/** JoinConfiguration fields the plan holds: the node, token discovery, the control-plane part. */
export const JOIN_FIELDS: ModelledFields = {
  leaves: {
    ...NODE_REGISTRATION.leaves,
    'discovery.bootstrapToken.apiServerEndpoint': true,
    'discovery.bootstrapToken.token': true,
    'discovery.bootstrapToken.caCertHashes': true,
    'discovery.bootstrapToken.unsafeSkipCAVerification': true,
    'controlPlane.localAPIEndpoint.advertiseAddress': true,
    'controlPlane.localAPIEndpoint.bindPort': true,
    'controlPlane.certificateKey': true,
  },
  args: NODE_REGISTRATION.args,
  indexed: [],
  containers: [
    ...NODE_REGISTRATION.containers,
    'discovery',
    'discovery.bootstrapToken',
    'controlPlane',
    'controlPlane.localAPIEndpoint',
  ],
};

/** KubeletConfiguration: the plan holds the cgroup driver. */
export const KUBELET_FIELDS: ModelledFields = {
  leaves: { cgroupDriver: oneOf(CGROUP_DRIVERS) },
  args: {},
  indexed: [],
  containers: [],
};

/**
 * KubeProxyConfiguration: the plan holds the mode, and clusterCIDR when the pod subnets are set
 * (the renderer writes them there, RULES §26 item 15); without pod subnets it is passed through.
 */
export function kubeProxyFields(hasPodSubnet: boolean): ModelledFields {
  return {
    leaves: hasPodSubnet
      ? { mode: oneOf(PROXY_MODES), clusterCIDR: true }
      : { mode: oneOf(PROXY_MODES) },
    args: {},
    indexed: [],
    containers: [],
  };
}
