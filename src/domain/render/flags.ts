import { NODE_IP_PATH } from '../kubeadm/flags.ts';
import type { ClusterPlan } from '../plan/plan.ts';
import { buildFromTable } from './build.ts';
import { shellFlag } from './commands.ts';
import {
  hasControlPlaneJoins,
  initNodeIndex,
  resolveAdvertiseAddress,
  resolveBindPort,
} from './nodes.ts';

/** Why the plan needs a config file: what no `kubeadm init` flag can express. */
export type FlagsBlockerReason = 'node_ip' | 'node_mask' | 'components' | 'encryption_algorithm';

/** One thing the flags form cannot carry, with the plan field that asks for it. */
export interface FlagsBlocker {
  reason: FlagsBlockerReason;
  field: string;
}

function networkingFlagList(plan: ClusterPlan): string[] {
  const flags: string[] = [];
  // The same comma lists the config file holds.
  const { networking } = buildFromTable(plan, 'ClusterConfiguration').document;
  if (networking?.podSubnet) flags.push(shellFlag('pod-network-cidr', networking.podSubnet));
  if (networking?.serviceSubnet) flags.push(shellFlag('service-cidr', networking.serviceSubnet));
  return flags;
}

/**
 * `kubeadm init` with only the plan's `--pod-network-cidr` and `--service-cidr`, as on the
 * dual-stack docs page; always available, even when the rest of the plan needs a file.
 */
export function networkingFlags(plan: ClusterPlan): string {
  return ['kubeadm init', ...networkingFlagList(plan)].join(' ');
}

/** What in the plan no init flag can express (RULES §23: node-ip, KCM masks, component configs). */
export function flagsBlockers(plan: ClusterPlan): FlagsBlocker[] {
  const blockers: FlagsBlocker[] = [];
  const init = buildFromTable(plan, 'InitConfiguration', initNodeIndex(plan));
  for (const s of init.sources) {
    if (s.path === NODE_IP_PATH) {
      blockers.push({ reason: 'node_ip', field: s.field });
    }
  }
  for (const s of buildFromTable(plan, 'ClusterConfiguration').sources) {
    if (s.path.startsWith('controllerManager.extraArgs.')) {
      blockers.push({ reason: 'node_mask', field: s.field });
    }
  }
  if (plan.components.kubelet) blockers.push({ reason: 'components', field: 'components.kubelet' });
  if (plan.components.kubeProxy) {
    blockers.push({ reason: 'components', field: 'components.kubeProxy' });
  }
  if (plan.encryptionAlgorithm !== '') {
    blockers.push({ reason: 'encryption_algorithm', field: 'encryptionAlgorithm' });
  }
  return blockers;
}

/** The init flags for the plan's values, in the order the docs page and RULES §23 list them. */
function initFlagList(plan: ClusterPlan): string[] {
  const flags = networkingFlagList(plan);
  const text = (value: string) => value.trim();
  const add = (name: string, value: string) => {
    if (text(value) !== '') flags.push(shellFlag(name, text(value)));
  };
  add('service-dns-domain', plan.networking.dnsDomain);
  const nodeIndex = initNodeIndex(plan);
  const node = plan.nodes[nodeIndex];
  add('apiserver-advertise-address', resolveAdvertiseAddress(plan, nodeIndex)?.value ?? '');
  if (node && node.bindPort.trim() !== '')
    add('apiserver-bind-port', String(resolveBindPort(node)));
  add('control-plane-endpoint', plan.controlPlaneEndpoint);
  add('apiserver-cert-extra-sans', plan.certSANs.map(text).filter(Boolean).join(','));
  add('cri-socket', plan.criSocket);
  add('kubernetes-version', plan.kubernetesVersion);
  add('image-repository', plan.imageRepository);
  add('node-name', node?.name ?? '');
  if (hasControlPlaneJoins(plan)) flags.push('--upload-certs');
  add('token', plan.discovery.token);
  if (text(plan.discovery.token) !== '') add('token-ttl', plan.discovery.tokenTtl);
  add('certificate-key', plan.discovery.certificateKey);
  return flags;
}

/**
 * `kubeadm init` with flags only (no --config, so no mixing, RULES §23); `command` is present
 * only when no blocker stops flags from expressing the whole plan.
 */
export function flagsOnlyInitCommand(plan: ClusterPlan): {
  command?: string;
  blockers: FlagsBlocker[];
} {
  const blockers = flagsBlockers(plan);
  if (blockers.length > 0) return { blockers };
  return { command: ['kubeadm init', ...initFlagList(plan)].join(' '), blockers };
}
