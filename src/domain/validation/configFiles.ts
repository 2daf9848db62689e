import { YAML_LIMITS } from '../text/yaml.ts';
import { classifyEncoding } from '../text/encoding.ts';
import { hasErrors, makeIssue, type Issue } from './issues.ts';
import { decodeDocument, readConfigFile } from './decode/index.ts';
import { readYamlData } from './decode/read.ts';
import {
  validateDocuments,
  type DecodedFile,
  type ValidateOptions,
} from './rules/cluster/index.ts';

/** One input file as bytes; `truncated` when it was larger than the reader's limit. */
export interface ConfigSource {
  name: string;
  bytes: Uint8Array;
  truncated?: boolean;
}

export interface ConfigTextSource {
  name: string;
  text: string;
}

export interface ConfigValidation {
  valid: boolean;
  issues: Issue[];
  files: DecodedFile[];
}

export interface ConfigValidationOptions {
  kubernetesVersion?: string;
  /** Nodes already in the cluster, to check the files' nodes against (see ValidateOptions). */
  existingNodes?: NonNullable<ValidateOptions['existingNodes']>;
}

/** The largest input the readers accept, in bytes. */
export const MAX_CONFIG_BYTES = YAML_LIMITS.maxBytes;

/** Why bytes cannot be read as a config file (too large, UTF-16, not text), or undefined when they can. */
export function sourceProblem(source: ConfigSource): Issue | undefined {
  const at = { file: source.name, path: '' };
  if (source.truncated || source.bytes.length > MAX_CONFIG_BYTES) {
    return makeIssue('input_limit', at, { limit: 'size', max: MAX_CONFIG_BYTES });
  }
  const encoding = classifyEncoding(source.bytes);
  return encoding === 'utf-8' ? undefined : makeIssue('file_encoding', at, { encoding });
}

/** An input_limit issue when pasted text is larger than the readers accept, else undefined. */
export function textSizeProblem(name: string, text: string): Issue | undefined {
  return text.length > MAX_CONFIG_BYTES
    ? makeIssue('input_limit', { file: name, path: '' }, { limit: 'size', max: MAX_CONFIG_BYTES })
    : undefined;
}

/** The key of the kubeadm-config ConfigMap that holds the ClusterConfiguration, as YAML text. */
const CONFIG_MAP_KEY = 'ClusterConfiguration';

/**
 * The ClusterConfiguration inside a pasted kubeadm-config ConfigMap (`kubectl -n kube-system get
 * configmap kubeadm-config -o yaml` on a running cluster), named `<file> (data.ClusterConfiguration)`;
 * any other text as it is.
 */
export function unwrapKubeadmConfigMap(source: ConfigTextSource): ConfigTextSource {
  if (!source.text.includes('ConfigMap')) return source;
  const [first] = readYamlData(source.name, source.text).documents;
  const object = first?.data as Record<string, unknown> | null | undefined;
  const data = object?.kind === 'ConfigMap' ? (object.data as Record<string, unknown>) : undefined;
  const inner = data?.[CONFIG_MAP_KEY];
  return typeof inner === 'string'
    ? { name: `${source.name} (data.${CONFIG_MAP_KEY})`, text: inner }
    : source;
}

/**
 * Reads, decodes and checks config files that together describe one cluster (an init file and
 * any number of join files): every document alone, then the cluster as a whole.
 */
export function validateConfigTexts(
  sources: readonly ConfigTextSource[],
  options: ConfigValidationOptions = {},
): ConfigValidation {
  const issues: Issue[] = [];
  const files: DecodedFile[] = [];
  for (const given of sources) {
    const source = unwrapKubeadmConfigMap(given);
    const read = readConfigFile(source.name, source.text, options);
    issues.push(...read.issues);
    const file: DecodedFile = { name: source.name, documents: [] };
    for (const loaded of read.documents) {
      const decoded = decodeDocument(loaded);
      issues.push(...decoded.issues);
      if (decoded.document) {
        file.documents.push({
          index: loaded.index,
          apiVersion: decoded.document.apiVersion,
          document: decoded.document.document,
        });
      }
    }
    files.push(file);
  }
  issues.push(...validateDocuments(files, options));
  const ordered = sortIssues(
    issues,
    files.map((f) => f.name),
  );
  return { valid: !hasErrors(ordered), issues: ordered, files };
}

/** Issues in file order, then document order; the rules' own order within a document is kept. */
function sortIssues(issues: Issue[], fileOrder: string[]): Issue[] {
  const rank = (name: string | undefined) => (name === undefined ? -1 : fileOrder.indexOf(name));
  return issues
    .map((issue, position) => ({ issue, position }))
    .sort(
      (a, b) =>
        rank(a.issue.file) - rank(b.issue.file) ||
        (a.issue.document ?? -1) - (b.issue.document ?? -1) ||
        a.position - b.position,
    )
    .map((entry) => entry.issue);
}
