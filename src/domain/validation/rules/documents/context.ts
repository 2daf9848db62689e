import type { KubeadmDocument } from '../../../kubeadm/documents.ts';
import type { NodeView } from '../cluster/view.ts';
import {
  makeIssue,
  relocateIssues,
  type Issue,
  type IssueCode,
  type IssueParamsByCode,
} from '../../issues.ts';

/** The decoded documents of one file, each with its 0-based index in the file. */
export interface DecodedFile {
  name: string;
  documents: Array<{ index: number; apiVersion: string; document: KubeadmDocument }>;
}

/** Settings that apply to every file, such as the CLI's `--kubernetes-version`. */
export interface ValidateOptions {
  kubernetesVersion?: string;
  /**
   * Nodes already in the cluster (read from `kubectl get nodes`): the join files' nodes are
   * checked against them (names, addresses, control-plane count, capacity), not they against the
   * files; an init file is then the running cluster's config, its node one of these.
   */
  existingNodes?: readonly NodeView[];
}

/** Where a document sits, and what its checks need to know about it. */
export interface DocumentContext {
  readonly file: string;
  readonly document: number;
  readonly apiVersion: string;
  readonly kubernetesVersion?: string;
}

/** Places field-level issues (whose paths are relative) under `path` in the document. */
export function placeAt(issues: readonly Issue[], ctx: DocumentContext, path: string): Issue[] {
  return relocateIssues(issues, { file: ctx.file, document: ctx.document, prefix: path });
}

/** Builds one issue at a field path of the document. */
export function issueAt<C extends IssueCode>(
  code: C,
  ctx: Pick<DocumentContext, 'file' | 'document'>,
  path: string,
  params: IssueParamsByCode[C],
): Issue {
  return makeIssue(code, { file: ctx.file, document: ctx.document, path }, params);
}

/** True when an object field is present (a YAML `key:` with no value decodes as null). */
export function isPresent<T extends object>(value: T | null | undefined): value is T {
  return typeof value === 'object' && value !== null;
}

/** True when a string field is present and not empty (kubeadm defaults empty fields). */
export function isSet(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** The kubeadm API version part of an apiVersion (`kubeadm.k8s.io/v1beta3` → `v1beta3`). */
export function apiVersionOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/');
  return slash === -1 ? apiVersion : apiVersion.slice(slash + 1);
}
