import {
  KUBE_PROXY_API_VERSION,
  KUBEADM_GROUP,
  KUBELET_API_VERSION,
  type DocumentKind,
} from '../../kubeadm/documents.ts';
import { clonePlain, isPlainObject, type PlainObject } from '../../render/plain.ts';
import { decodeDocument } from '../../validation/decode/decode.ts';
import { makeIssue, relocateIssues, type Issue } from '../../validation/issues.ts';
import type { PlanExtras } from '../plan.ts';

/** The document kind each extras slot belongs to. */
export const EXTRAS_KINDS: { readonly [K in keyof PlanExtras]-?: DocumentKind } = {
  clusterConfiguration: 'ClusterConfiguration',
  initConfiguration: 'InitConfiguration',
  joinConfiguration: 'JoinConfiguration',
  kubeletConfiguration: 'KubeletConfiguration',
  kubeProxyConfiguration: 'KubeProxyConfiguration',
};

/** The apiVersion extras of a kind are decoded with: kubeadm kinds are held in v1beta4's shape. */
function extrasApiVersion(kind: DocumentKind): string {
  if (kind === 'KubeletConfiguration') return KUBELET_API_VERSION;
  if (kind === 'KubeProxyConfiguration') return KUBE_PROXY_API_VERSION;
  return `${KUBEADM_GROUP}/v1beta4`;
}

function argName(value: unknown): string | undefined {
  return isPlainObject(value) && typeof value.name === 'string' ? value.name : undefined;
}

/**
 * The plan's extra args first, then each extra arg whose name the plan does not set: the plan's
 * value replaces a pass-through arg of the same name.
 */
function mergeArgs(built: readonly unknown[], extra: readonly unknown[]): unknown[] {
  const planNames = new Set(built.map(argName));
  return [...built, ...extra.filter((a) => !planNames.has(argName(a))).map(clonePlain)];
}

function mergeValue(
  built: unknown,
  extra: unknown,
  path: string,
  argPaths: ReadonlySet<string>,
): unknown {
  if (built === undefined) return clonePlain(extra);
  if (isPlainObject(built) && isPlainObject(extra))
    return mergeObject(built, extra, path, argPaths);
  if (Array.isArray(built) && Array.isArray(extra)) {
    if (argPaths.has(path)) return mergeArgs(built, extra);
    // Lists of objects merge entry by entry (bootstrapTokens: the plan's token over the rest of
    // the first entry); further entries of the longer list are kept.
    const length = Math.max(built.length, extra.length);
    return Array.from({ length }, (_, i): unknown =>
      mergeValue(built[i], extra[i], `${path}.${i}`, argPaths),
    );
  }
  return built;
}

function mergeObject(
  built: PlainObject,
  extra: PlainObject,
  path: string,
  argPaths: ReadonlySet<string>,
): PlainObject {
  const result: PlainObject = { ...built };
  for (const [key, value] of Object.entries(extra)) {
    const at = path === '' ? key : `${path}.${key}`;
    result[key] = mergeValue(built[key], value, at, argPaths);
  }
  return result;
}

/**
 * The built document with the pass-through fields deep-merged in: values the plan sets win, arg
 * lists at `argPaths` are concatenated (the plan's arg replacing an extra of the same name), lists
 * of objects merge entry by entry. Neither input is changed.
 */
export function mergeExtras<T extends object>(
  document: T,
  extras: Readonly<Record<string, unknown>> | undefined,
  argPaths: readonly string[] = [],
): T {
  if (!extras || Object.keys(extras).length === 0) return document;
  return mergeObject(
    document as PlainObject,
    withoutKeys(extras, TYPE_META),
    '',
    new Set(argPaths),
  ) as T;
}

const TYPE_META = ['apiVersion', 'kind'];

/** A shallow copy without the given keys. */
function withoutKeys(value: Readonly<PlainObject>, keys: readonly string[]): PlainObject {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

/**
 * Reads the `extras` of a saved plan: each slot is decoded against the fields kubeadm (or the
 * component) knows, in v1beta4's shape, so a hand-edited or hostile file cannot put values of the
 * wrong type into rendered documents; problems are reported under `extras.<slot>`.
 */
export function readPlanExtras(value: unknown, file: string, issues: Issue[]): PlanExtras {
  if (value === undefined) return {};
  if (!isPlainObject(value)) {
    const actual = Array.isArray(value) ? 'list' : value === null ? 'null' : 'other';
    issues.push(makeIssue('field_type', { file, path: 'extras' }, { expected: 'mapping', actual }));
    return {};
  }
  const extras: PlanExtras = {};
  for (const [slot, data] of Object.entries(value)) {
    const path = `extras.${slot}`;
    if (!Object.hasOwn(EXTRAS_KINDS, slot)) {
      issues.push(makeIssue('unknown_field', { file, path }, { field: slot }));
      continue;
    }
    if (!isPlainObject(data)) {
      const actual = Array.isArray(data) ? 'list' : data === null ? 'null' : 'other';
      issues.push(makeIssue('field_type', { file, path }, { expected: 'mapping', actual }));
      continue;
    }
    const kind = EXTRAS_KINDS[slot as keyof PlanExtras];
    const apiVersion = extrasApiVersion(kind);
    const decoded = decodeDocument({
      file,
      index: 0,
      apiVersion,
      kind,
      data: { ...data, apiVersion, kind },
    });
    // A saved plan has no documents: the issues name the plan field, not a document.
    for (const issue of relocateIssues(decoded.issues, { prefix: path })) {
      issues.push(makeIssue(issue.code, { file, path: issue.path }, issue.params, issue.severity));
    }
    const kept = withoutKeys((decoded.document?.document ?? {}) as PlainObject, TYPE_META);
    if (Object.keys(kept).length > 0) extras[slot as keyof PlanExtras] = kept;
  }
  return extras;
}
