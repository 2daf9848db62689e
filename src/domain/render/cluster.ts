import type {
  Arg,
  ClusterConfiguration,
  KubeletConfiguration,
  KubeProxyConfiguration,
  Networking,
} from '../kubeadm/documents.ts';
import { IP_FAMILIES } from '../net/types.ts';
import { stackFamilies } from '../plan/plan.ts';
import type { ClusterPlan } from '../plan/plan.ts';
import { familyEntries, joinEntries, renderCidrText } from './addresses.ts';
import type { FamilyEntry } from './addresses.ts';
import { prefixSources, source } from './sources.ts';
import type { Built, LocalSource } from './sources.ts';

/** The plan's pod subnets as entries of kubeadm's comma list, primary family first. */
export function podSubnetEntries(plan: ClusterPlan): FamilyEntry[] {
  return familyEntries(plan.networking.podSubnet, plan.networking.stack, renderCidrText);
}

/** The plan's service subnets as entries of kubeadm's comma list, primary family first. */
export function serviceSubnetEntries(plan: ClusterPlan): FamilyEntry[] {
  return familyEntries(plan.networking.serviceSubnet, plan.networking.stack, renderCidrText);
}

/** The per-family source list of a comma-list field. */
function entrySources(path: string, field: string, entries: readonly FamilyEntry[]) {
  return entries.map((e) => source(path, `${field}.${e.family}`, e.family));
}

function buildNetworking(plan: ClusterPlan): Built<Networking> | undefined {
  const networking: Networking = {};
  const sources: LocalSource[] = [];
  const pods = podSubnetEntries(plan);
  if (pods.length > 0) {
    networking.podSubnet = joinEntries(pods);
    sources.push(...entrySources('podSubnet', 'networking.podSubnet', pods));
  }
  const services = serviceSubnetEntries(plan);
  if (services.length > 0) {
    networking.serviceSubnet = joinEntries(services);
    sources.push(...entrySources('serviceSubnet', 'networking.serviceSubnet', services));
  }
  if (plan.networking.dnsDomain.trim() !== '') {
    networking.dnsDomain = plan.networking.dnsDomain.trim();
    sources.push(source('dnsDomain', 'networking.dnsDomain'));
  }
  return sources.length === 0 ? undefined : { document: networking, sources };
}

/**
 * The KCM node-mask extra args the plan sets, ipv4 before ipv6 (the order `kubeadm config
 * migrate` gives). kubeadm never sets them itself (RULES §4), so unset masks stay out.
 */
export function nodeMaskArgs(plan: ClusterPlan): Built<Arg[]> {
  const families = stackFamilies(plan.networking.stack);
  const args: Arg[] = [];
  const sources: LocalSource[] = [];
  for (const family of IP_FAMILIES) {
    const value = plan.networking.nodeMask[family].trim();
    if (!families.includes(family) || value === '') continue;
    const name = `node-cidr-mask-size-${family}`;
    args.push({ name, value });
    sources.push(source(`extraArgs.${name}`, `networking.nodeMask.${family}`, family));
  }
  return { document: args, sources };
}

const CLUSTER_TEXT_FIELDS = [
  'kubernetesVersion',
  'clusterName',
  'controlPlaneEndpoint',
  'imageRepository',
] as const;

/** Copies each non-empty trimmed text field of the plan into the document, with its source. */
function copyTextFields(
  plan: ClusterPlan,
  doc: ClusterConfiguration,
  sources: LocalSource[],
): void {
  for (const field of CLUSTER_TEXT_FIELDS) {
    const value = plan[field].trim();
    if (value === '') continue;
    doc[field] = value;
    sources.push(source(field, field));
  }
  // encryptionAlgorithm exists only in v1beta4 (RULES §22); a v1beta3 file cannot carry it.
  if (plan.encryptionAlgorithm !== '' && plan.apiVersion === 'v1beta4') {
    doc.encryptionAlgorithm = plan.encryptionAlgorithm;
    sources.push(source('encryptionAlgorithm', 'encryptionAlgorithm'));
  }
}

/** The minimal ClusterConfiguration for the plan: every empty or defaulted value left out. */
export function buildClusterConfiguration(plan: ClusterPlan): Built<ClusterConfiguration> {
  const doc: ClusterConfiguration = { kind: 'ClusterConfiguration' };
  const sources: LocalSource[] = [];
  copyTextFields(plan, doc, sources);
  const sans: string[] = [];
  plan.certSANs.forEach((san, i) => {
    if (san.trim() === '') return;
    sources.push(source(`apiServer.certSANs.${sans.length}`, `certSANs.${i}`));
    sans.push(san.trim());
  });
  if (sans.length > 0) doc.apiServer = { certSANs: sans };
  const networking = buildNetworking(plan);
  if (networking) {
    doc.networking = networking.document;
    sources.push(...prefixSources('networking', networking.sources));
  }
  const masks = nodeMaskArgs(plan);
  if (masks.document.length > 0) {
    doc.controllerManager = { extraArgs: masks.document };
    sources.push(...prefixSources('controllerManager', masks.sources));
  }
  return { document: doc, sources };
}

/** A KubeletConfiguration holding only what the plan sets (the cgroup driver). */
export function buildKubeletConfiguration(plan: ClusterPlan): Built<KubeletConfiguration> {
  const doc: KubeletConfiguration = { kind: 'KubeletConfiguration' };
  const sources: LocalSource[] = [];
  if (plan.components.cgroupDriver !== '') {
    doc.cgroupDriver = plan.components.cgroupDriver;
    sources.push(source('cgroupDriver', 'components.cgroupDriver'));
  }
  return { document: doc, sources };
}

/** A KubeProxyConfiguration with clusterCIDR = the pod subnets (RULES §26 item 15) and the mode. */
export function buildKubeProxyConfiguration(plan: ClusterPlan): Built<KubeProxyConfiguration> {
  const doc: KubeProxyConfiguration = { kind: 'KubeProxyConfiguration' };
  const sources: LocalSource[] = [];
  const pods = podSubnetEntries(plan);
  if (pods.length > 0) {
    doc.clusterCIDR = joinEntries(pods);
    sources.push(...entrySources('clusterCIDR', 'networking.podSubnet', pods));
  }
  if (plan.components.proxyMode !== '') {
    doc.mode = plan.components.proxyMode;
    sources.push(source('mode', 'components.proxyMode'));
  }
  return { document: doc, sources };
}
