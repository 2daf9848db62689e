import {
  KUBE_PROXY_API_VERSION,
  KUBEADM_GROUP,
  KUBELET_API_VERSION,
} from '../kubeadm/documents.ts';
import type {
  InitConfiguration,
  JoinConfiguration,
  VersionedDocument,
} from '../kubeadm/documents.ts';
import { EXTRA_ARGS_PATHS } from '../kubeadm/wire.ts';
import type { ClusterPlan } from '../plan/plan.ts';
import {
  buildClusterConfiguration,
  buildKubeletConfiguration,
  buildKubeProxyConfiguration,
} from './cluster.ts';
import { convertDocuments } from './convert.ts';
import { mergeExtras } from './extras.ts';
import { buildDiscovery } from './discovery.ts';
import { buildApiEndpoint, buildNodeRegistration, initNodeIndex } from './nodes.ts';
import { placeSources, prefixSources, source } from './sources.ts';
import type { Built, FieldSource, LocalSource } from './sources.ts';

/** Documents of one file and where each rendered value came from. */
export interface BuiltFile {
  documents: VersionedDocument[];
  sources: FieldSource[];
}

/** Documents are built in the in-memory (v1beta4) shape, pass-through fields included. */
const BUILD_API_VERSION = `${KUBEADM_GROUP}/v1beta4`;

/**
 * The built documents in the plan's API version: for v1beta3, converted the way `kubeadm config
 * migrate` does (RULES §22), so pass-through fields that moved between versions land in place.
 */
function inPlanVersion(plan: ClusterPlan, documents: VersionedDocument[]): VersionedDocument[] {
  return plan.apiVersion === 'v1beta4'
    ? documents
    : convertDocuments(documents, plan.apiVersion).documents;
}

/** The built document with the plan's pass-through fields for it merged in (plan values win). */
function withExtras<T extends VersionedDocument['document']>(
  built: Built<T>,
  extras: Readonly<Record<string, unknown>> | undefined,
): Built<T> {
  const kind = built.document.kind;
  const argPaths =
    kind in EXTRA_ARGS_PATHS ? EXTRA_ARGS_PATHS[kind as keyof typeof EXTRA_ARGS_PATHS] : [];
  return { document: mergeExtras(built.document, extras, argPaths), sources: built.sources };
}

/** Adds the node's nodeRegistration (when it sets anything) to an Init or Join document. */
function addNodeRegistration(
  plan: ClusterPlan,
  nodeIndex: number,
  doc: InitConfiguration | JoinConfiguration,
  sources: LocalSource[],
): void {
  const registration = buildNodeRegistration(plan, nodeIndex);
  if (!registration) return;
  doc.nodeRegistration = registration.document;
  sources.push(...prefixSources('nodeRegistration', registration.sources));
}

function buildInitConfiguration(plan: ClusterPlan): Built<InitConfiguration> {
  const nodeIndex = initNodeIndex(plan);
  const doc: InitConfiguration = { kind: 'InitConfiguration' };
  const sources: LocalSource[] = [];
  const token = plan.discovery.token.trim();
  if (token !== '') {
    const ttl = plan.discovery.tokenTtl.trim();
    doc.bootstrapTokens = [ttl === '' ? { token } : { token, ttl }];
    sources.push(source('bootstrapTokens.0.token', 'discovery.token'));
    if (ttl !== '') sources.push(source('bootstrapTokens.0.ttl', 'discovery.tokenTtl'));
  }
  addNodeRegistration(plan, nodeIndex, doc, sources);
  // bindPort is always written, so a reader sees the port the join endpoint was derived from.
  const endpoint = buildApiEndpoint(plan, nodeIndex);
  doc.localAPIEndpoint = endpoint.document;
  sources.push(...prefixSources('localAPIEndpoint', endpoint.sources));
  if (plan.discovery.certificateKey.trim() !== '') {
    doc.certificateKey = plan.discovery.certificateKey.trim();
    sources.push(source('certificateKey', 'discovery.certificateKey'));
  }
  return { document: doc, sources };
}

/**
 * The documents and field sources of the init node's file: ClusterConfiguration,
 * InitConfiguration, then KubeletConfiguration and KubeProxyConfiguration when the plan asks;
 * each with the plan's pass-through fields (plan.extras) merged in.
 */
export function buildInitFile(plan: ClusterPlan): BuiltFile {
  const apiVersion = BUILD_API_VERSION;
  const { extras } = plan;
  const parts: Array<{ apiVersion: string; built: Built<VersionedDocument['document']> }> = [
    { apiVersion, built: withExtras(buildClusterConfiguration(plan), extras.clusterConfiguration) },
    { apiVersion, built: withExtras(buildInitConfiguration(plan), extras.initConfiguration) },
  ];
  if (plan.components.kubelet) {
    parts.push({
      apiVersion: KUBELET_API_VERSION,
      built: withExtras(buildKubeletConfiguration(plan), extras.kubeletConfiguration),
    });
  }
  if (plan.components.kubeProxy) {
    parts.push({
      apiVersion: KUBE_PROXY_API_VERSION,
      built: withExtras(buildKubeProxyConfiguration(plan), extras.kubeProxyConfiguration),
    });
  }
  return {
    documents: inPlanVersion(
      plan,
      parts.map((p) => ({ apiVersion: p.apiVersion, document: p.built.document })),
    ),
    sources: parts.flatMap((p, i) => placeSources(i, p.built.sources)),
  };
}

/**
 * The documents and field sources of a joining node's file: one JoinConfiguration, with
 * `controlPlane` for a control-plane node, and the join pass-through fields (every join file gets
 * them). Throws a RangeError for an index outside plan.nodes.
 */
export function buildJoinFile(plan: ClusterPlan, nodeIndex: number): BuiltFile {
  const node = plan.nodes[nodeIndex];
  if (!node) throw new RangeError(`no node at index ${nodeIndex}`);
  const doc: JoinConfiguration = { kind: 'JoinConfiguration' };
  const sources: LocalSource[] = [];
  addNodeRegistration(plan, nodeIndex, doc, sources);
  const discovery = buildDiscovery(plan);
  doc.discovery = discovery.document;
  sources.push(...prefixSources('discovery', discovery.sources));
  if (node.role === 'control-plane') {
    const endpoint = buildApiEndpoint(plan, nodeIndex);
    doc.controlPlane = { localAPIEndpoint: endpoint.document };
    sources.push(...prefixSources('controlPlane.localAPIEndpoint', endpoint.sources));
    if (plan.discovery.certificateKey.trim() !== '') {
      doc.controlPlane.certificateKey = plan.discovery.certificateKey.trim();
      sources.push(source('controlPlane.certificateKey', 'discovery.certificateKey'));
    }
  }
  const built = withExtras({ document: doc, sources }, plan.extras.joinConfiguration);
  return {
    documents: inPlanVersion(plan, [{ apiVersion: BUILD_API_VERSION, document: built.document }]),
    sources: placeSources(0, sources),
  };
}

/** The init node's documents (kubeadm-config.yaml), minimal: defaulted values are left out. */
export function buildInitDocuments(plan: ClusterPlan): VersionedDocument[] {
  return buildInitFile(plan).documents;
}

/** The documents of the node at `nodeIndex` when it joins (one JoinConfiguration). */
export function buildJoinDocuments(plan: ClusterPlan, nodeIndex: number): VersionedDocument[] {
  return buildJoinFile(plan, nodeIndex).documents;
}
