import {
  KUBE_PROXY_API_VERSION,
  KUBEADM_GROUP,
  KUBELET_API_VERSION,
  type DocumentKind,
} from '../kubeadm/documents.ts';
import { TYPE_META } from '../render/extras.ts';
import { isPlainObject, withoutKeys, type PlainObject } from '../render/plain.ts';
import { decodeDocument } from '../validation/decode/decode.ts';
import { makeIssue, relocateIssues, type Issue } from '../validation/issues.ts';
import type { PlanExtras } from '../plan/plan.ts';

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
