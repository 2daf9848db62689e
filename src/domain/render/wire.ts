import { KUBEADM_GROUP } from '../kubeadm/documents.ts';
import type { Arg, KubeadmApiVersion, VersionedDocument } from '../kubeadm/documents.ts';
import { argsToMap, EXTRA_ARGS_PATHS, isKubeadmKind, kubeadmVersionOf } from '../kubeadm/wire.ts';
import { isPlainObject, objectAt, sortKeysDeep } from './plain.ts';
import type { PlainObject } from './plain.ts';

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
