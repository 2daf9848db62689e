import { stackFamilies } from '../plan/plan.ts';
import type { ClusterPlan, DiscoveryPlan, EncryptionAlgorithm, NodePlan } from '../plan/plan.ts';
import { createDefaultPlan } from '../plan/defaults.ts';
import { discoveryEndpoint } from '../render/discovery.ts';
import { kubeadmVersionOf, lastArgValue } from '../kubeadm/wire.ts';
import type { IpFamily } from '../net/types.ts';
import { extrasOf, type UnmodelledField, type UsedDocuments } from './extrasOf.ts';
import {
  CGROUP_DRIVERS,
  CLUSTER_FIELDS,
  ENCRYPTION_ALGORITHMS,
  INIT_FIELDS,
  JOIN_FIELDS,
  KUBELET_FIELDS,
  kubeProxyFields,
  NODE_MASK_ARGS,
  PROXY_MODES,
} from './modelled.ts';
import { byFamily, listEntries, stackOf } from './networking.ts';
import { importedNode, nodePlanOf, type ImportedNode } from './nodes.ts';

/** A value when it is one of the choices, else '' (the value then stays in the extras). */
function choice<T extends string>(value: string | undefined, choices: readonly T[]): T | '' {
  return choices.find((c) => c === value) ?? '';
}

/** The nodes the documents describe: the init node (a blank one without an init file), then joins. */
function importedNodes(used: UsedDocuments): ImportedNode[] {
  const init = used.init?.document;
  const first = init
    ? importedNode('control-plane', init.nodeRegistration, init.localAPIEndpoint)
    : { role: 'control-plane' as const, name: '', nodeIps: [] };
  const joins = used.joins.map(({ document: join }) =>
    importedNode(
      join.controlPlane ? 'control-plane' : 'worker',
      join.nodeRegistration,
      join.controlPlane?.localAPIEndpoint,
    ),
  );
  return [first, ...joins];
}

/** The cluster-wide values of the ClusterConfiguration (absent fields are kubeadm's defaults: ''). */
function clusterSettings(plan: ClusterPlan, used: UsedDocuments, nodes: ImportedNode[]): void {
  const config = used.cluster?.document;
  const services = listEntries(config?.networking?.serviceSubnet, 'cidr');
  const pods = listEntries(config?.networking?.podSubnet, 'cidr');
  const args = config?.controllerManager?.extraArgs;
  const masks = NODE_MASK_ARGS.map((name) => lastArgValue(args, name));
  const maskFamilies = (['ipv4', 'ipv6'] as IpFamily[]).filter((_, i) => masks[i] !== undefined);
  plan.kubernetesVersion = config?.kubernetesVersion ?? '';
  plan.clusterName = config?.clusterName ?? '';
  plan.controlPlaneEndpoint = config?.controlPlaneEndpoint ?? '';
  plan.imageRepository = config?.imageRepository ?? '';
  plan.certSANs = [...(config?.apiServer?.certSANs ?? [])];
  plan.encryptionAlgorithm = choice<EncryptionAlgorithm>(
    config?.encryptionAlgorithm,
    ENCRYPTION_ALGORITHMS,
  );
  const nodeIps = nodes.map((n) => n.nodeIps);
  plan.networking = {
    stack: stackOf([services, pods, ...nodeIps], maskFamilies, 'ipv4'),
    podSubnet: byFamily(pods),
    serviceSubnet: byFamily(services),
    dnsDomain: config?.networking?.dnsDomain ?? '',
    nodeMask: { ipv4: masks[0] ?? '', ipv6: masks[1] ?? '' },
  };
}

/** The first value the join files give (each file in order), else undefined. */
function fromJoins<T>(used: UsedDocuments, pick: (join: UsedDocuments['joins'][number]) => T) {
  return used.joins.map(pick).find((value) => value !== undefined);
}

/** Token and discovery values: the init file's token first, then the first join file's values. */
function discoveryOf(used: UsedDocuments): DiscoveryPlan {
  const token = used.init?.document.bootstrapTokens?.[0];
  const fromJoin = (j: UsedDocuments['joins'][number]) => j.document.discovery?.bootstrapToken;
  return {
    apiServerEndpoint: fromJoins(used, (j) => fromJoin(j)?.apiServerEndpoint) ?? '',
    token: token?.token ?? fromJoins(used, (j) => fromJoin(j)?.token) ?? '',
    tokenTtl: token?.ttl ?? '',
    caCertHashes: [...(fromJoins(used, (j) => fromJoin(j)?.caCertHashes) ?? [])],
    certificateKey:
      used.init?.document.certificateKey ??
      fromJoins(used, (j) => j.document.controlPlane?.certificateKey) ??
      '',
    unsafeSkipCAVerification:
      fromJoins(used, (j) => fromJoin(j)?.unsafeSkipCAVerification) ?? false,
  };
}

/** The discovery endpoint stays empty when it is what the renderer derives anyway. */
function simplifyEndpoint(plan: ClusterPlan): void {
  const written = plan.discovery.apiServerEndpoint;
  if (written === '') return;
  const derived = discoveryEndpoint({
    ...plan,
    discovery: { ...plan.discovery, apiServerEndpoint: '' },
  });
  if (derived?.value === written) plan.discovery.apiServerEndpoint = '';
}

/**
 * Builds the plan from the documents chosen by importConfigFiles. Without an init file the
 * cluster-wide settings are the wizard's defaults, the stack follows the join nodes' IPs when
 * they name a family, and node 0 is an empty control-plane node for `kubeadm init`.
 */
export function buildPlan(
  used: UsedDocuments,
  hasInitFile: boolean,
): { plan: ClusterPlan; unmodelled: UnmodelledField[] } {
  const plan = createDefaultPlan();
  const nodes = importedNodes(used);
  if (hasInitFile) clusterSettings(plan, used, nodes);
  else {
    const fallback = plan.networking.stack;
    plan.networking.stack = stackOf(
      nodes.map((n) => n.nodeIps),
      [],
      fallback,
    );
  }
  const first = used.cluster ?? used.init ?? used.joins[0];
  plan.apiVersion = kubeadmVersionOf(first?.apiVersion ?? '');
  plan.criSocket = nodes.find((n) => n.criSocket !== undefined)?.criSocket ?? '';
  plan.nodes = nodes.map((n): NodePlan => nodePlanOf(n, plan.networking.stack));
  plan.discovery = discoveryOf(used);
  simplifyEndpoint(plan);
  const kubelet = used.kubelet?.document;
  const proxy = used.kubeProxy?.document;
  plan.components = {
    kubelet: kubelet !== undefined,
    cgroupDriver: choice(kubelet?.cgroupDriver, CGROUP_DRIVERS),
    kubeProxy: proxy !== undefined,
    proxyMode: choice(proxy?.mode, PROXY_MODES),
  };
  const hasPods = stackFamilies(plan.networking.stack).some(
    (f) => plan.networking.podSubnet[f] !== '',
  );
  const { extras, unmodelled } = extrasOf(used, {
    cluster: CLUSTER_FIELDS,
    init: INIT_FIELDS,
    join: JOIN_FIELDS,
    kubelet: KUBELET_FIELDS,
    kubeProxy: kubeProxyFields(hasPods),
  });
  plan.extras = extras;
  return { plan, unmodelled };
}
