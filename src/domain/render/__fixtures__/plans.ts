import { createDefaultPlan, createNode } from '../../plan/defaults.ts';
import type { ClusterPlan, NodePlan } from '../../plan/plan.ts';

/** A plan with every optional value empty, for scenarios to fill in. */
function emptyPlan(): ClusterPlan {
  const plan = createDefaultPlan();
  plan.kubernetesVersion = '';
  plan.nodes = [];
  return plan;
}

function node(role: NodePlan['role'], name: string, ipv4: string, ipv6: string): NodePlan {
  return { ...createNode(role, name), ips: { ipv4, ipv6 } };
}

/** The plan behind the first example of the "Dual-stack support with kubeadm" page. */
export function docsDualStackPlan(): ClusterPlan {
  const plan = emptyPlan();
  plan.networking.stack = 'dual-ipv4-primary';
  plan.networking.podSubnet = { ipv4: '10.244.0.0/16', ipv6: '2001:db8:42:0::/56' };
  plan.networking.serviceSubnet = { ipv4: '10.96.0.0/16', ipv6: '2001:db8:42:1::/112' };
  plan.nodes = [
    {
      ...node('control-plane', '', '10.100.0.2', 'fd00:1:2:3::2'),
      advertiseAddress: '10.100.0.1',
      bindPort: '6443',
    },
  ];
  return plan;
}

/** IPv4 only: one control-plane node and one worker. */
export function ipv4OnlyPlan(): ClusterPlan {
  const plan = emptyPlan();
  plan.kubernetesVersion = 'v1.34.2';
  plan.networking.stack = 'ipv4';
  plan.networking.podSubnet = { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/56' };
  plan.networking.serviceSubnet = { ipv4: '10.96.0.0/12', ipv6: '' };
  plan.networking.nodeMask = { ipv4: '24', ipv6: '64' };
  plan.nodes = [node('control-plane', 'cp-1', '192.168.1.10', ''), node('worker', 'w-1', '192.168.1.20', '')];
  plan.discovery.token = 'abcdef.0123456789abcdef';
  plan.discovery.caCertHashes = [`sha256:${'a'.repeat(64)}`];
  return plan;
}

/** IPv6 only, with a KubeProxyConfiguration in ipvs mode and a custom DNS domain. */
export function ipv6OnlyPlan(): ClusterPlan {
  const plan = emptyPlan();
  plan.networking.stack = 'ipv6';
  plan.networking.podSubnet = { ipv4: '', ipv6: 'fd00:10:244::/56' };
  plan.networking.serviceSubnet = { ipv4: '', ipv6: 'fd00:10:96::/112' };
  plan.networking.dnsDomain = 'k8s.example';
  plan.nodes = [node('control-plane', 'cp-1', '', 'fd00:192:168:10::11')];
  plan.components = {
    ...plan.components,
    kubelet: true,
    cgroupDriver: 'systemd',
    kubeProxy: true,
    proxyMode: 'ipvs',
  };
  return plan;
}

/** Dual-stack with IPv6 first: every comma list starts with the IPv6 entry. */
export function dualIpv6PrimaryPlan(): ClusterPlan {
  const plan = emptyPlan();
  plan.networking.stack = 'dual-ipv6-primary';
  plan.networking.podSubnet = { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/56' };
  plan.networking.serviceSubnet = { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:96::/112' };
  plan.networking.nodeMask = { ipv4: '', ipv6: '64' };
  plan.nodes = [
    node('control-plane', 'cp-1', '192.168.10.11', 'fd00:192:168:10::11'),
    node('worker', 'w-1', '192.168.10.21', 'fd00:192:168:10::21'),
  ];
  plan.discovery.token = 'abcdef.0123456789abcdef';
  plan.discovery.unsafeSkipCAVerification = true;
  plan.components = { ...plan.components, kubeProxy: true };
  return plan;
}

/** Three control-plane nodes behind a load balancer and three workers, dual-stack. */
export function haPlan(): ClusterPlan {
  const plan = emptyPlan();
  plan.kubernetesVersion = 'v1.35.0';
  plan.controlPlaneEndpoint = 'k8s-api.example.internal';
  plan.certSANs = ['k8s-api.example.internal', '10.0.0.100'];
  plan.criSocket = 'unix:///run/containerd/containerd.sock';
  plan.encryptionAlgorithm = 'ECDSA-P256';
  plan.networking.podSubnet = { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/56' };
  plan.networking.serviceSubnet = { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:96::/112' };
  plan.nodes = [1, 2, 3].map((n) => node('control-plane', `cp-${n}`, `10.0.0.1${n}`, `fd00::1${n}`));
  plan.nodes.push(...[1, 2, 3].map((n) => node('worker', `worker-${n}`, `10.0.0.2${n}`, `fd00::2${n}`)));
  plan.discovery = {
    apiServerEndpoint: '',
    token: 'abcdef.0123456789abcdef',
    tokenTtl: '2h',
    caCertHashes: [`sha256:${'0123456789abcdef'.repeat(4)}`],
    certificateKey: 'f'.repeat(64),
    unsafeSkipCAVerification: false,
  };
  return plan;
}
