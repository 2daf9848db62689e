import { KUBEADM_GROUP } from '../kubeadm/documents.ts';
import type { Arg, KubeadmApiVersion, VersionedDocument } from '../kubeadm/documents.ts';
import { EXTRA_ARGS_PATHS, isKubeadmKind, kubeadmVersionOf } from '../kubeadm/wire.ts';
import {
  clonePlain,
  deleteAt,
  ensureObjectAt,
  isPlainObject,
  objectAt,
  pruneEmpty,
} from './plain.ts';
import type { PlainObject } from './plain.ts';

/**
 * What a conversion did beyond reshaping: a field with no place in the target version was
 * dropped, a field moved (possibly to another document), or a duplicate extra arg was dropped
 * because v1beta3's map keeps only the last one. Paths are kubeadm JSON paths.
 */
export type ConversionNote =
  | { kind: 'dropped'; document: number; path: string }
  | { kind: 'moved'; document: number; path: string; toDocument: number; toPath: string }
  | { kind: 'duplicate_arg'; document: number; path: string; name: string };

/** v1beta4-only fields that v1beta3 cannot hold, as [parent path, key] (RULES §22). */
const V1BETA4_ONLY_CLUSTER: ReadonlyArray<[string, string]> = [
  ['', 'encryptionAlgorithm'],
  ['', 'certificateValidityPeriod'],
  ['', 'caCertificateValidityPeriod'],
  ['dns', 'disabled'],
  ['proxy', 'disabled'],
  ['apiServer', 'extraEnvs'],
  ['controllerManager', 'extraEnvs'],
  ['scheduler', 'extraEnvs'],
  ['etcd.local', 'extraEnvs'],
];
const V1BETA4_ONLY_NODE: ReadonlyArray<[string, string]> = [
  ['', 'dryRun'],
  ['nodeRegistration', 'imagePullSerial'],
];

const HEALTH_CHECK = 'timeouts.controlPlaneComponentHealthCheck';
const TIMEOUT_FOR_CONTROL_PLANE = 'apiServer.timeoutForControlPlane';

interface Work {
  bodies: PlainObject[];
  kinds: string[];
  notes: ConversionNote[];
}

function valueAt(root: PlainObject, path: string): unknown {
  const dot = path.lastIndexOf('.');
  const parent = dot < 0 ? root : objectAt(root, path.slice(0, dot));
  return parent?.[path.slice(dot + 1)];
}

/**
 * Moves a value between documents (or within one), noting it; when the target already holds a
 * value, the source value is dropped instead (with a note), so nothing disappears unnoticed.
 */
function moveOrDrop(work: Work, from: [number, string], to: [number, string]): void {
  const [fromDoc, fromPath] = from;
  const [toDoc, toPath] = to;
  const source = work.bodies[fromDoc];
  const target = work.bodies[toDoc];
  const value = source ? valueAt(source, fromPath) : undefined;
  if (!source || value === undefined) return;
  if (!target || valueAt(target, toPath) !== undefined) {
    drop(work, fromDoc, fromPath);
    return;
  }
  remove(source, fromPath);
  const dot = toPath.lastIndexOf('.');
  const holder = dot < 0 ? target : ensureObjectAt(target, toPath.slice(0, dot));
  holder[toPath.slice(dot + 1)] = value;
  work.notes.push({ kind: 'moved', document: fromDoc, path: fromPath, toDocument: toDoc, toPath });
}

function remove(root: PlainObject, path: string): boolean {
  const dot = path.lastIndexOf('.');
  const parent = dot < 0 ? '' : path.slice(0, dot);
  const removed = deleteAt(root, parent, path.slice(dot + 1));
  if (removed && parent !== '') pruneEmpty(root, parent);
  return removed;
}

function drop(work: Work, index: number, path: string): void {
  const body = work.bodies[index];
  if (body && remove(body, path)) work.notes.push({ kind: 'dropped', document: index, path });
}

function argLists(work: Work, index: number): Array<{ path: string; holder: PlainObject }> {
  const kind = work.kinds[index] ?? '';
  const body = work.bodies[index];
  if (!body || !(kind in EXTRA_ARGS_PATHS)) return [];
  return EXTRA_ARGS_PATHS[kind as keyof typeof EXTRA_ARGS_PATHS].flatMap((path) => {
    const dot = path.lastIndexOf('.');
    const holder = objectAt(body, path.slice(0, dot));
    const list = holder?.[path.slice(dot + 1)];
    return holder && Array.isArray(list) ? [{ path, holder }] : [];
  });
}

/** Keeps the last of each duplicate arg name, as v1beta3's map would (RULES §22). */
function dedupeArgs(work: Work, index: number): void {
  for (const { path, holder } of argLists(work, index)) {
    const key = path.slice(path.lastIndexOf('.') + 1);
    const args = (holder[key] as unknown[]).filter(isPlainObject) as unknown as Arg[];
    const lastIndex = new Map(args.map((a, i) => [a.name, i]));
    holder[key] = args.filter((a, i) => {
      const keep = lastIndex.get(a.name) === i;
      if (!keep) work.notes.push({ kind: 'duplicate_arg', document: index, path, name: a.name });
      return keep;
    });
  }
}

/** Sorts each arg list by name, as converting v1beta3's map to v1beta4's list does. */
function sortArgs(work: Work, index: number): void {
  for (const { path, holder } of argLists(work, index)) {
    const key = path.slice(path.lastIndexOf('.') + 1);
    const args = (holder[key] as unknown[]).filter(isPlainObject) as unknown as Arg[];
    holder[key] = [...args].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

function toV1beta3(work: Work, index: number): void {
  const kind = work.kinds[index];
  if (kind === 'ClusterConfiguration') {
    for (const [parent, key] of V1BETA4_ONLY_CLUSTER) {
      drop(work, index, parent === '' ? key : `${parent}.${key}`);
    }
  } else if (kind === 'InitConfiguration' || kind === 'JoinConfiguration') {
    // Only one value fits in ClusterConfiguration: the first Init/Join document's wins.
    const cluster = work.kinds.indexOf('ClusterConfiguration');
    moveOrDrop(work, [index, HEALTH_CHECK], [cluster, TIMEOUT_FOR_CONTROL_PLANE]);
    if (kind === 'JoinConfiguration') {
      moveOrDrop(work, [index, 'timeouts.discovery'], [index, 'discovery.timeout']);
    }
    const body = work.bodies[index];
    const timeouts = body ? objectAt(body, 'timeouts') : undefined;
    for (const key of Object.keys(timeouts ?? {})) drop(work, index, `timeouts.${key}`);
    for (const [parent, key] of V1BETA4_ONLY_NODE) {
      drop(work, index, parent === '' ? key : `${parent}.${key}`);
    }
  }
  dedupeArgs(work, index);
}

function toV1beta4(work: Work, index: number): void {
  const kind = work.kinds[index];
  if (kind === 'ClusterConfiguration') {
    // v1beta4 keeps the health check in Init/Join timeouts; the first such document takes it.
    const receiver = work.kinds.findIndex(
      (k) => k === 'InitConfiguration' || k === 'JoinConfiguration',
    );
    moveOrDrop(work, [index, TIMEOUT_FOR_CONTROL_PLANE], [receiver, HEALTH_CHECK]);
  } else if (kind === 'JoinConfiguration') {
    moveOrDrop(work, [index, 'discovery.timeout'], [index, 'timeouts.discovery']);
  }
  sortArgs(work, index);
}

/**
 * The documents converted to `target` the way `kubeadm config migrate` does (RULES §22): the
 * control-plane health-check timeout and the discovery timeout move, arg lists are sorted
 * (to v1beta4) or de-duplicated (to v1beta3), v1beta4-only fields are dropped going to v1beta3,
 * each with a note. Documents already at `target` and non-kubeadm kinds are kept as they are.
 */
export function convertDocuments(
  docs: readonly VersionedDocument[],
  target: KubeadmApiVersion,
): { documents: VersionedDocument[]; notes: ConversionNote[] } {
  const work: Work = {
    bodies: docs.map((d) => clonePlain(d.document) as unknown as PlainObject),
    kinds: docs.map((d) => d.document.kind),
    notes: [],
  };
  const converting = docs.map(
    (d) => isKubeadmKind(d.document.kind) && kubeadmVersionOf(d.apiVersion) !== target,
  );
  converting.forEach((yes, i) => {
    if (yes) (target === 'v1beta3' ? toV1beta3 : toV1beta4)(work, i);
  });
  return {
    documents: docs.map((d, i) => ({
      apiVersion: converting[i] ? `${KUBEADM_GROUP}/${target}` : d.apiVersion,
      document: work.bodies[i] as unknown as VersionedDocument['document'],
    })),
    notes: work.notes,
  };
}
