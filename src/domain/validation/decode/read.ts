import { KUBEADM_GROUP } from '../../kubeadm/documents.ts';
import { parseYamlStream, type YamlDuplicateKey, type YamlReadProblem } from '../../text/yaml.ts';
import { makeIssue, type Issue, type IssueLocation } from '../issues.ts';
import { apiVersionIssues, kubernetesMinor, splitApiVersion } from './api-versions.ts';
import { actualShape, isMapping } from './shapes.ts';

/** One non-empty YAML document of a file that names an apiVersion and a kind. */
export interface LoadedDocument {
  file: string;
  /** 0-based position in the file, counting empty documents. */
  index: number;
  apiVersion: string;
  kind: string;
  data: Record<string, unknown>;
}

export interface ReadOptions {
  /** The Kubernetes version the files are for (the CLI's --kubernetes-version). */
  kubernetesVersion?: string;
}

export interface ReadResult {
  documents: LoadedDocument[];
  issues: Issue[];
}

/** A file's non-empty YAML documents as plain data, and what kept the others from being read. */
export interface YamlData {
  documents: { index: number; data: unknown; duplicates?: YamlDuplicateKey[] }[];
  issues: Issue[];
}

/**
 * Reads any YAML (or JSON) text within the readers' limits, as kubeadm's reader would: text that
 * is not UTF-8, YAML problems and limits become issues; empty documents are skipped; never throws.
 */
export function readYamlData(file: string, text: string): YamlData {
  // A NUL never occurs in text (YAML forbids it): bytes decoded by a reader that could not refuse
  // them first (a browser's File.text()) are a binary file, as classifyEncoding says for bytes.
  // UTF-16 read as UTF-8 or Latin-1 starts with its byte order mark's two characters.
  if (text.includes('\u0000')) {
    const encoding = /^(\u00ff\u00fe|\u00fe\u00ff|\ufffd\ufffd)/u.test(text) ? 'utf-16' : 'binary';
    return {
      documents: [],
      issues: [makeIssue('file_encoding', { file, path: '' }, { encoding })],
    };
  }
  const stream = parseYamlStream(text);
  if (stream.problem)
    return { documents: [], issues: [problemIssue(stream.problem, { file, path: '' })] };
  const issues: Issue[] = [];
  const documents: YamlData['documents'] = [];
  for (const entry of stream.documents) {
    if (entry.problem) {
      issues.push(problemIssue(entry.problem, { file, document: entry.index, path: '' }));
      continue;
    }
    // kubeadm skips empty documents (a trailing `---`, a document of only comments).
    if (entry.data === null || entry.data === undefined) continue;
    documents.push(
      entry.duplicates
        ? { index: entry.index, data: entry.data, duplicates: entry.duplicates }
        : { index: entry.index, data: entry.data },
    );
  }
  return { documents, issues };
}

/**
 * Splits one config file into its documents as kubeadm's reader does (RULES.md §1 step 1, §22):
 * YAML problems, non-mapping documents, missing apiVersion/kind, and removed, deprecated, unknown
 * or ignored API versions and kinds become issues. Empty documents are skipped; never throws.
 */
export function readConfigFile(file: string, text: string, options: ReadOptions = {}): ReadResult {
  const read = readYamlData(file, text);
  const issues = [...read.issues];
  const documents: LoadedDocument[] = [];
  for (const entry of read.documents) {
    // kubeadm's strict decoding warns about each repeated key; its reader keeps the last value.
    for (const dup of entry.duplicates ?? []) {
      const params = { key: dup.key, path: dup.path };
      issues.push(
        makeIssue(
          'duplicate_key',
          { file, document: entry.index, path: dup.path },
          dup.line === undefined ? params : { ...params, line: dup.line },
        ),
      );
    }
    const loaded = loadDocument(file, entry.index, entry.data, issues);
    if (loaded) documents.push(loaded);
  }
  const nonEmpty = read.documents.length + read.issues.length;
  if (nonEmpty === 0) issues.push(makeIssue('required', { file, path: '' }, { field: '' }));
  const kubernetesVersion = options.kubernetesVersion ?? fileKubernetesVersion(documents);
  for (const doc of documents) {
    const at = { file, document: doc.index };
    issues.push(...apiVersionIssues(doc.apiVersion, doc.kind, at, kubernetesVersion));
  }
  // In document order (a stable sort keeps each document's own order; file-wide ones first).
  issues.sort((a, b) => (a.document ?? -1) - (b.document ?? -1));
  return { documents, issues };
}

function loadDocument(
  file: string,
  index: number,
  data: unknown,
  issues: Issue[],
): LoadedDocument | undefined {
  const at = { file, document: index };
  if (!isMapping(data)) {
    issues.push(
      makeIssue(
        'field_type',
        { ...at, path: '' },
        { expected: 'mapping', actual: actualShape(data) },
      ),
    );
    return undefined;
  }
  const apiVersion = typeMetaField(data, 'apiVersion', at, issues);
  const kind = typeMetaField(data, 'kind', at, issues);
  if (apiVersion === undefined || kind === undefined) return undefined;
  return { file, index, apiVersion, kind, data };
}

/** apiVersion or kind: a non-empty string, or an issue (kubeadm: "Object 'Kind' is missing"). */
function typeMetaField(
  data: Record<string, unknown>,
  field: 'apiVersion' | 'kind',
  at: Omit<IssueLocation, 'path'>,
  issues: Issue[],
): string | undefined {
  const value = data[field];
  if (typeof value === 'string' && value !== '') return value;
  if (value === undefined || value === null || value === '') {
    issues.push(makeIssue('required', { ...at, path: field }, { field }));
  } else {
    issues.push(
      makeIssue(
        'field_type',
        { ...at, path: field },
        { expected: 'string', actual: actualShape(value) },
      ),
    );
  }
  return undefined;
}

/**
 * The kubernetesVersion of the file's own ClusterConfiguration, when it names a 1.x minor: a 1.x
 * control plane needs kubeadm 1.x or newer, so it bounds which kubeadm API versions still work.
 */
function fileKubernetesVersion(documents: readonly LoadedDocument[]): string | undefined {
  for (const doc of documents) {
    const version = doc.data.kubernetesVersion;
    if (
      doc.kind === 'ClusterConfiguration' &&
      splitApiVersion(doc.apiVersion).group === KUBEADM_GROUP &&
      typeof version === 'string' &&
      kubernetesMinor(version) !== undefined
    ) {
      return version;
    }
  }
  return undefined;
}

function problemIssue(problem: YamlReadProblem, at: IssueLocation): Issue {
  switch (problem.kind) {
    case 'syntax':
      return makeIssue(
        'yaml_syntax',
        at,
        problem.line === undefined
          ? { detail: problem.detail }
          : { detail: problem.detail, line: problem.line },
      );
    case 'limit':
      return makeIssue('input_limit', at, { limit: problem.limit, max: problem.max });
  }
}
