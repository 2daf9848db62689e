// fast-check generators of whole plans for the import and share tests; only tests import this.
import fc from 'fast-check';
import { planArbitrary } from '../../render/__fixtures__/arbitraries.ts';
import type { ClusterPlan, EncryptionAlgorithm, ProxyMode } from '../../plan/plan.ts';

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
const token = fc.stringMatching(/^[a-z0-9]{6}\.[a-z0-9]{16}$/);

/** Per joining node: its role, name and (for control-plane joins) advertise address and port. */
const joinNode = fc.record({
  controlPlane: fc.boolean(),
  name: fc.constantFrom('', 'cp-2', 'cp-3', 'worker-1', 'worker-1', 'gpu.node-7'),
  advertise: fc.constantFrom('', '10.0.0.50', 'fd00::50'),
  bindPort: fc.constantFrom('', '6443', '8443'),
});

/**
 * Plans of both API versions and every stack, with the init node first, control-plane and worker
 * joins, cluster-wide settings, discovery values and component documents.
 */
export const fullPlanArbitrary: fc.Arbitrary<ClusterPlan> = planArbitrary.chain(({ plan }) =>
  fc
    .record({
      kubernetesVersion: fc.constantFrom('', 'v1.30.2', 'v1.35.0'),
      clusterName: fc.constantFrom('', 'prod', 'lab.example'),
      controlPlaneEndpoint: fc.constantFrom(
        '',
        'api.example.internal',
        'api.example.internal:6443',
        '10.0.0.100',
        '[fd00::100]:443',
      ),
      certSANs: fc.array(fc.constantFrom('api.example.internal', '10.0.0.100', 'fd00::100'), {
        maxLength: 3,
      }),
      criSocket: fc.constantFrom('', 'unix:///run/containerd/containerd.sock'),
      imageRepository: fc.constantFrom('', 'registry.example.internal/k8s'),
      encryptionAlgorithm: fc.constantFrom<EncryptionAlgorithm>('', 'RSA-3072', 'ECDSA-P256'),
      dnsDomain: fc.constantFrom('', 'cluster.example'),
      nodeMask: fc.record({
        ipv4: fc.constantFrom('', '24', '26'),
        ipv6: fc.constantFrom('', '64', '80'),
      }),
      joins: fc.array(joinNode, { minLength: plan.nodes.length - 1, maxLength: plan.nodes.length - 1 }),
      discovery: fc.record({
        apiServerEndpoint: fc.constantFrom('', 'lb.example.internal:6443', '[fd00::200]:6443'),
        token: fc.option(token, { nil: '' }),
        tokenTtl: fc.constantFrom('', '2h', '0s'),
        caCertHashes: fc.array(hex64.map((h) => `sha256:${h}`), { maxLength: 2 }),
        certificateKey: fc.option(hex64, { nil: '' }),
        unsafeSkipCAVerification: fc.boolean(),
      }),
      components: fc.record({
        kubelet: fc.boolean(),
        cgroupDriver: fc.constantFrom('' as const, 'systemd' as const, 'cgroupfs' as const),
        kubeProxy: fc.boolean(),
        proxyMode: fc.constantFrom<ProxyMode>('', 'iptables', 'ipvs', 'nftables'),
        proxyBindAddress: fc.constantFrom('', '0.0.0.0', '::', '192.168.10.11'),
      }),
    })
    .map(({ joins, nodeMask, dnsDomain, ...settings }) => {
      const full: ClusterPlan = {
        ...plan,
        ...settings,
        networking: { ...plan.networking, nodeMask, dnsDomain },
        nodes: plan.nodes.map((node, i) => {
          const join = joins[i - 1];
          if (!join) return node;
          return join.controlPlane
            ? { ...node, role: 'control-plane', name: join.name, advertiseAddress: join.advertise, bindPort: join.bindPort }
            : { ...node, role: 'worker', name: join.name };
        }),
      };
      return full;
    }),
);
