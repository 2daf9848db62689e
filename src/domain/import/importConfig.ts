import {
  validateConfigTexts,
  type ConfigTextSource,
  type ConfigValidationOptions,
} from '../validation/configFiles.ts';
import type { Issue, IssueCode } from '../validation/issues.ts';
import {
  buildClusterView,
  firstOfKind,
  type PlacedDocument,
} from '../validation/rules/cluster/view.ts';
import { buildPlan } from './assemble.ts';
import type { UnmodelledField, UsedDocuments } from './extrasOf.ts';
import type { ClusterPlan } from '../plan/plan.ts';

export type { UnmodelledField } from './extrasOf.ts';

/** A whole document the plan does not use (kubeadm ignores it there, or another file won). */
export interface IgnoredDocument {
  file: string;
  document: number;
  kind: string;
}

/** What importing config files gives. */
export interface ImportResult {
  /** Absent when a file could not be read, or no file holds a kubeadm document. */
  plan?: ClusterPlan;
  /** Every issue the checks find in the files (the same as validateConfigTexts). */
  issues: Issue[];
  /** Fields the plan does not model: held in plan.extras and written out unchanged. */
  unmodelled: UnmodelledField[];
  /** Decoded documents the plan leaves out entirely (not carried into the output). */
  ignored: IgnoredDocument[];
}

/**
 * Issues that mean a file was not read as kubeadm would read it (bad YAML, too large, not text,
 * no documents, a document that is not a mapping or lacks apiVersion/kind): kubeadm would stop,
 * so the import stops too and the current plan stays as it is.
 */
function isReadingError(issue: Issue): boolean {
  if (FILE_PROBLEMS.has(issue.code)) return true;
  return issue.code === 'required' && ['', 'apiVersion', 'kind'].includes(issue.path);
}

// A wrong shape anywhere (field_type) is fatal to kubeadm's decoder, so it is fatal here too: the
// wizard cannot tell what the user meant by a map where a list belongs.
const FILE_PROBLEMS: ReadonlySet<IssueCode> = new Set([
  'yaml_syntax',
  'input_limit',
  'file_encoding',
  'field_type',
]);

/** `{ [key]: value }`, or nothing when the value is undefined (exactOptionalPropertyTypes). */
function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

/**
 * Reads kubeadm config files that together describe one cluster (an init file and any number of
 * join files) into a plan: the first init file gives the cluster settings and node 0, each join
 * file one more node in file order. Fields the plan does not model are kept in plan.extras and
 * listed in `unmodelled`; the plan is present even when the files have errors, for the user to
 * fix in the wizard. Without an init file the cluster settings are the wizard's defaults, with an
 * empty control-plane node 0 for `kubeadm init`; later init files are ignored (see `ignored`).
 */
export function importConfigFiles(
  sources: readonly ConfigTextSource[],
  options: ConfigValidationOptions = {},
): ImportResult {
  const validation = validateConfigTexts(sources, options);
  const issues = validation.issues;
  if (issues.some(isReadingError)) return { issues, unmodelled: [], ignored: [] };
  const files = buildClusterView(validation.files).files;
  const initFile = files.find((f) => f.role === 'init');
  const joinFiles = files.filter((f) => f.role === 'join');
  if (!initFile && joinFiles.length === 0) return { issues, unmodelled: [], ignored: [] };

  const used: UsedDocuments = {
    ...defined('cluster', initFile && firstOfKind(initFile, 'ClusterConfiguration')),
    ...defined('init', initFile && firstOfKind(initFile, 'InitConfiguration')),
    ...defined('kubelet', initFile && firstOfKind(initFile, 'KubeletConfiguration')),
    ...defined('kubeProxy', initFile && firstOfKind(initFile, 'KubeProxyConfiguration')),
    joins: joinFiles.flatMap((f) => firstOfKind(f, 'JoinConfiguration') ?? []),
  };
  const usedDocs: (PlacedDocument | undefined)[] = [
    used.cluster,
    used.init,
    used.kubelet,
    used.kubeProxy,
    ...used.joins,
  ];
  const ignored = files.flatMap((f) =>
    f.documents
      .filter((d) => !usedDocs.includes(d))
      .map((d) => ({ file: d.file, document: d.index, kind: d.document.kind })),
  );
  const built = buildPlan(used, initFile !== undefined);
  const order = (file: string) => files.findIndex((f) => f.name === file);
  const unmodelled = [...built.unmodelled].sort(
    (a, b) => order(a.file) - order(b.file) || a.document - b.document,
  );
  return { plan: built.plan, issues, unmodelled, ignored };
}
