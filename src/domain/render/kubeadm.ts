import {
  KUBE_PROXY_API_VERSION,
  KUBEADM_GROUP,
  KUBELET_API_VERSION,
} from '../kubeadm/documents.ts';
import type { VersionedDocument } from '../kubeadm/documents.ts';
import { EXTRA_ARGS_PATHS } from '../kubeadm/wire.ts';
import type { ClusterPlan } from '../plan/plan.ts';
import { buildFromTable } from './build.ts';
import { convertDocuments } from './convert.ts';
import { mergeExtras } from './extras.ts';
import { initNodeIndex } from './nodes.ts';
import { placeSources } from './sources.ts';
import type { Built, FieldSource } from './sources.ts';

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

/**
 * The documents and field sources of the init node's file: ClusterConfiguration,
 * InitConfiguration, then KubeletConfiguration and KubeProxyConfiguration when the plan asks;
 * each with the plan's pass-through fields (plan.extras) merged in.
 */
export function buildInitFile(plan: ClusterPlan): BuiltFile {
  const apiVersion = BUILD_API_VERSION;
  const { extras } = plan;
  const init = initNodeIndex(plan);
  const parts: Array<{ apiVersion: string; built: Built<VersionedDocument['document']> }> = [
    {
      apiVersion,
      built: withExtras(buildFromTable(plan, 'ClusterConfiguration'), extras.clusterConfiguration),
    },
    {
      apiVersion,
      built: withExtras(buildFromTable(plan, 'InitConfiguration', init), extras.initConfiguration),
    },
  ];
  if (plan.components.kubelet) {
    parts.push({
      apiVersion: KUBELET_API_VERSION,
      built: withExtras(buildFromTable(plan, 'KubeletConfiguration'), extras.kubeletConfiguration),
    });
  }
  if (plan.components.kubeProxy) {
    parts.push({
      apiVersion: KUBE_PROXY_API_VERSION,
      built: withExtras(
        buildFromTable(plan, 'KubeProxyConfiguration'),
        extras.kubeProxyConfiguration,
      ),
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
  if (!plan.nodes[nodeIndex]) throw new RangeError(`no node at index ${nodeIndex}`);
  const { document: doc, sources } = buildFromTable(plan, 'JoinConfiguration', nodeIndex);
  // The wizard's joins always discover the cluster with a bootstrap token.
  doc.discovery ??= { bootstrapToken: {} };
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
