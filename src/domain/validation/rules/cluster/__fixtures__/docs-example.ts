import type { DecodedFile } from '../../documents/context.ts';
import { CA_HASH, clusterConfig, file, nodeIpArgs, TOKEN } from './builders.ts';

/**
 * The kubeadm "Dual-stack support with kubeadm" page's examples (zh-cn revision, seed copy),
 * decoded by hand. The worker join is written as v1beta4 here; the page's v1beta3 header with
 * a list-form kubeletExtraArgs does not decode (RULES.md §24.5).
 */
export const docsInitFile: DecodedFile = file(
  'kubeadm-config.yaml',
  clusterConfig({
    podSubnet: '10.244.0.0/16,2001:db8:42:0::/56',
    serviceSubnet: '10.96.0.0/16,2001:db8:42:1::/112',
  }),
  {
    kind: 'InitConfiguration',
    localAPIEndpoint: { advertiseAddress: '10.100.0.1', bindPort: 6443 },
    nodeRegistration: { kubeletExtraArgs: nodeIpArgs('10.100.0.2,fd00:1:2:3::2') },
  },
);

const discovery = {
  bootstrapToken: {
    apiServerEndpoint: '10.100.0.1:6443',
    token: TOKEN,
    caCertHashes: [CA_HASH],
  },
};

export const docsWorkerFile: DecodedFile = file('join-worker.yaml', {
  kind: 'JoinConfiguration',
  discovery,
  nodeRegistration: { kubeletExtraArgs: nodeIpArgs('10.100.0.2,fd00:1:2:3::3') },
});

export const docsControlPlaneFile: DecodedFile = file('join-control-plane.yaml', {
  kind: 'JoinConfiguration',
  controlPlane: { localAPIEndpoint: { advertiseAddress: '10.100.0.2', bindPort: 6443 } },
  discovery,
  nodeRegistration: { kubeletExtraArgs: nodeIpArgs('10.100.0.2,fd00:1:2:3::4') },
});

export const docsSingleStackFile: DecodedFile = file(
  'single-stack.yaml',
  clusterConfig({ podSubnet: '10.244.0.0/16', serviceSubnet: '10.96.0.0/16' }),
);
