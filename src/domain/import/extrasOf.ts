import { KUBEADM_GROUP, type DocumentKind, type KubeadmDocument } from '../kubeadm/documents.ts';
import { convertDocuments } from '../render/convert.ts';
import { mergeExtras } from '../render/extras.ts';
import type { PlainObject } from '../render/plain.ts';
import type { PlacedDocument } from '../validation/rules/cluster/view.ts';
import type { PlanExtras } from '../plan/plan.ts';
import { splitDocument, type ModelledFields } from './split.ts';

/** A decoded document of the files, with where it is. */
export type SourceDocument = PlacedDocument;

/** A decoded document of one kind. */
export type SourceOf<K extends DocumentKind> = PlacedDocument & {
  document: Extract<KubeadmDocument, { kind: K }>;
};

/** A field the plan does not model, carried into the output unchanged. */
export interface UnmodelledField {
  file: string;
  /** 0-based position of the document in its file. */
  document: number;
  /** kubeadm's JSON field names, dot-separated; extra args by name. */
  path: string;
}

/** What splitting the used documents gives: the plan's extras and where they came from. */
export interface ExtrasResult {
  extras: PlanExtras;
  unmodelled: UnmodelledField[];
}

type Slot = keyof PlanExtras;

/** Splits one document, noting the unmodelled paths (each once: a repeated arg is one field). */
function split(doc: SourceDocument, spec: ModelledFields, unmodelled: UnmodelledField[]) {
  const { extras, paths } = splitDocument(doc.document as unknown as PlainObject, spec);
  for (const path of new Set(paths)) unmodelled.push({ file: doc.file, document: doc.index, path });
  return extras;
}

/**
 * The extras of kubeadm documents, in v1beta4's in-memory shape: v1beta3 ones are converted the
 * way `kubeadm config migrate` does (RULES §22), together, so a field that moves from one kind to
 * another (timeoutForControlPlane) lands in its v1beta4 place.
 */
function toV1beta4(parts: ReadonlyArray<{ doc: SourceDocument; extras: PlainObject }>) {
  const converted = convertDocuments(
    parts.map((p) => ({
      apiVersion: p.doc.apiVersion,
      document: { ...p.extras, kind: p.doc.document.kind },
    })),
    'v1beta4',
  );
  return converted.documents.map((d) => {
    const body: PlainObject = { ...(d.document as unknown as PlainObject) };
    delete body.kind;
    return Object.keys(body).length === 0 ? undefined : body;
  });
}

/** The documents a plan is built from: the init file's, and one JoinConfiguration per join file. */
export interface UsedDocuments {
  cluster?: SourceOf<'ClusterConfiguration'>;
  init?: SourceOf<'InitConfiguration'>;
  joins: readonly SourceOf<'JoinConfiguration'>[];
  kubelet?: SourceOf<'KubeletConfiguration'>;
  kubeProxy?: SourceOf<'KubeProxyConfiguration'>;
}

export interface ExtrasSpecs {
  cluster: ModelledFields;
  init: ModelledFields;
  join: ModelledFields;
  kubelet: ModelledFields;
  kubeProxy: ModelledFields;
}

/**
 * Splits every used document into what the plan models and what it passes through. Join files
 * share one set of extras: the first file's value of a field wins, and extra args of all join
 * files are collected (one per name).
 */
export function extrasOf(docs: UsedDocuments, specs: ExtrasSpecs): ExtrasResult {
  const unmodelled: UnmodelledField[] = [];
  const extras: PlanExtras = {};
  const at = (slot: Slot, value: PlainObject | undefined) => {
    if (value !== undefined) extras[slot] = value;
  };
  const initParts = [
    docs.cluster && { doc: docs.cluster, extras: split(docs.cluster, specs.cluster, unmodelled) },
    docs.init && { doc: docs.init, extras: split(docs.init, specs.init, unmodelled) },
  ];
  // Both present (even when empty), so a moving field has somewhere to go.
  const [cluster, init] = toV1beta4(
    [
      initParts[0] ?? placeholder('ClusterConfiguration'),
      initParts[1] ?? placeholder('InitConfiguration'),
    ].map((p) => ({ doc: p.doc, extras: p.extras ?? {} })),
  );
  at('clusterConfiguration', cluster);
  at('initConfiguration', init);
  let join: PlainObject | undefined;
  for (const doc of docs.joins) {
    const own = split(doc, specs.join, unmodelled);
    const [converted] = own ? toV1beta4([{ doc, extras: own }]) : [undefined];
    if (converted) join = join ? mergeExtras(join, converted, JOIN_ARG_PATHS) : converted;
  }
  at('joinConfiguration', join);
  if (docs.kubelet) at('kubeletConfiguration', split(docs.kubelet, specs.kubelet, unmodelled));
  if (docs.kubeProxy) {
    at('kubeProxyConfiguration', split(docs.kubeProxy, specs.kubeProxy, unmodelled));
  }
  return { extras, unmodelled };
}

const JOIN_ARG_PATHS = ['nodeRegistration.kubeletExtraArgs'];

function placeholder(kind: 'ClusterConfiguration' | 'InitConfiguration') {
  const doc: SourceDocument = {
    file: '',
    index: -1,
    apiVersion: `${KUBEADM_GROUP}/v1beta4`,
    document: { kind },
  };
  return { doc, extras: undefined };
}
