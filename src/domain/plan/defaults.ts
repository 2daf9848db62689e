import type { ClusterPlan, NodePlan, NodeRole } from './plan.ts';

/** Every default of the wizard, in one place. */
export const DEFAULT_KUBERNETES_VERSION = 'v1.35.0';

export function createNode(role: NodeRole = 'worker', name = ''): NodePlan {
  return { name, role, ips: { ipv4: '', ipv6: '' }, advertiseAddress: '', bindPort: '' };
}

/** A dual-stack, IPv4-primary plan with private ranges and one control-plane node. */
export function createDefaultPlan(): ClusterPlan {
  return {
    schemaVersion: 2,
    kubernetesVersion: DEFAULT_KUBERNETES_VERSION,
    apiVersion: 'v1beta4',
    clusterName: '',
    controlPlaneEndpoint: '',
    certSANs: [],
    criSocket: '',
    imageRepository: '',
    encryptionAlgorithm: '',
    networking: {
      stack: 'dual-ipv4-primary',
      podSubnet: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/56' },
      serviceSubnet: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:96::/112' },
      dnsDomain: '',
      nodeMask: { ipv4: '', ipv6: '' },
    },
    nodes: [
      {
        name: 'cp-1',
        role: 'control-plane',
        ips: { ipv4: '192.168.10.11', ipv6: 'fd00:192:168:10::11' },
        advertiseAddress: '',
        bindPort: '',
      },
    ],
    discovery: {
      apiServerEndpoint: '',
      token: '',
      tokenTtl: '',
      caCertHashes: [],
      certificateKey: '',
      unsafeSkipCAVerification: false,
    },
    components: {
      kubelet: false,
      cgroupDriver: '',
      kubeProxy: false,
      proxyMode: '',
      proxyBindAddress: '',
    },
    extras: {},
  };
}
