import { KUBEADM_GROUP } from '../kubeadm/documents.ts';
import type {
  Arg,
  DocumentKind,
  KubeadmApiVersion,
  KubeadmKind,
  VersionedDocument,
} from '../kubeadm/documents.ts';
import { isPlainObject, objectAt, sortKeysDeep } from './plain.ts';
import type { PlainObject } from './plain.ts';

/** Where each kubeadm kind keeps lists of extra args (RULES §22: list in v1beta4, map in v1beta3). */
export const EXTRA_ARGS_PATHS: { readonly [K in KubeadmKind]: readonly string[] } = {
  ClusterConfiguration: [
    'apiServer.extraArgs',
    'controllerManager.extraArgs',
    'scheduler.extraArgs',
    'etcd.local.extraArgs',
  ],
  InitConfiguration: ['nodeRegistration.kubeletExtraArgs'],
  JoinConfiguration: ['nodeRegistration.kubeletExtraArgs'],
};

/** True for the kinds whose apiVersion is kubeadm's own (the others keep theirs). */
export function isKubeadmKind(kind: DocumentKind): kind is KubeadmKind {
  return kind in EXTRA_ARGS_PATHS;
}

/** The kubeadm API version an apiVersion string names; anything but v1beta3 counts as v1beta4. */
export function kubeadmVersionOf(apiVersion: string): KubeadmApiVersion {
  return apiVersion === `${KUBEADM_GROUP}/v1beta3` ? 'v1beta3' : 'v1beta4';
}

/** v1beta3's map form of an arg list: the last duplicate wins (RULES §22), values as strings. */
export function argsToMap(args: readonly Arg[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const arg of args) map[arg.name] = String(arg.value);
  return map;
}

function isArgList(value: unknown): value is Arg[] {
  return Array.isArray(value) && value.every((a) => isPlainObject(a) && typeof a.name === 'string');
}

function splitPath(path: string): { parent: string; key: string } {
  const dot = path.lastIndexOf('.');
  return { parent: path.slice(0, dot), key: path.slice(dot + 1) };
}

/**
 * The plain object written to YAML for one document: apiVersion and kind first, then the fields
 * in sorted order as kubeadm itself writes them (sigs.k8s.io/yaml sorts keys). For kubeadm kinds,
 * `target` (default: the document's own version) sets the apiVersion and the extraArgs shape;
 * fields that moved between versions are converted by convertDocuments, not here.
 */
export function toWireDocument(
  doc: VersionedDocument,
  target?: KubeadmApiVersion,
): Record<string, unknown> {
  const { kind, ...fields } = doc.document;
  const body = sortKeysDeep(fields) as PlainObject;
  if (!isKubeadmKind(kind)) return { apiVersion: doc.apiVersion, kind, ...body };
  const version = target ?? kubeadmVersionOf(doc.apiVersion);
  const apiVersion = target ? `${KUBEADM_GROUP}/${target}` : doc.apiVersion;
  if (version === 'v1beta3') {
    for (const path of EXTRA_ARGS_PATHS[kind]) {
      const { parent, key } = splitPath(path);
      const holder = objectAt(body, parent);
      const args = holder?.[key];
      if (holder && isArgList(args)) holder[key] = sortKeysDeep(argsToMap(args));
    }
  }
  return { apiVersion, kind, ...body };
}
