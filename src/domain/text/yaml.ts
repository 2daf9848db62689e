import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  YAMLParseError,
  type Tags,
} from 'yaml';

// Reading config text as YAML: the stream reader kubeadm's Go reader would agree with, within the
// limits every reader in this project keeps to. Writing YAML is render/yaml.ts.

/** Limits on what any reader of YAML in this project accepts (hostile-input safety). */
export const YAML_LIMITS = {
  /** bytes of text in one file */
  maxBytes: 2 * 1024 * 1024,
  /** documents in one file */
  maxDocuments: 1000,
  /** nesting of mappings and lists */
  maxDepth: 64,
  /** alias expansions while turning a document into data */
  maxAliases: 100,
  /** duplicate keys reported in one file (the rest are still read, last value winning) */
  maxDuplicateKeys: 100,
} as const;

/** A key written twice in one mapping; the reader keeps the last value, as Go's does. */
export interface YamlDuplicateKey {
  /** The key as text. */
  key: string;
  /** Dotted path of the repeated key from the document's root, list items by index. */
  path: string;
  /** 1-based line of the repeated (later) occurrence. */
  line?: number;
}

export type YamlReadProblem =
  | { kind: 'syntax'; detail: string; line?: number }
  | { kind: 'limit'; limit: 'size' | 'depth' | 'aliases' | 'documents'; max: number };

export interface YamlStreamDocument {
  /** 0-based position of the document in the stream, counting empty ones. */
  index: number;
  /** Plain data (null for an empty document); undefined when the document could not be read. */
  data?: unknown;
  problem?: YamlReadProblem;
  /** Keys repeated within one mapping (only for a document that was read). */
  duplicates?: YamlDuplicateKey[];
}

export interface YamlStream {
  documents: YamlStreamDocument[];
  /** A problem with the file as a whole (size, document count); no documents are read then. */
  problem?: YamlReadProblem;
}

/**
 * YAML 1.1 as Go's reader (gopkg.in/yaml.v2 under sigs.k8s.io/yaml) resolves it: booleans such as
 * `yes`/`on` and octal `010` as in 1.1, but no base-60 numbers (`1:20`) and no timestamps, which stay
 * strings.
 */
function goYamlTags(tags: Tags): Tags {
  return tags.filter(
    (tag) =>
      !(
        typeof tag === 'object' &&
        (tag.format === 'TIME' || tag.tag === 'tag:yaml.org,2002:timestamp')
      ),
  );
}

/** Reads a multi-document YAML text as YAML 1.1 data, within YAML_LIMITS; never throws. */
export function parseYamlStream(text: string): YamlStream {
  if (text.length > YAML_LIMITS.maxBytes) {
    return { documents: [], problem: { kind: 'limit', limit: 'size', max: YAML_LIMITS.maxBytes } };
  }
  // The parser itself recurses on flow collections: refuse deep [ { nesting before it sees it.
  // So does the composer on deep block nesting, and V8 can die outright (not throw) when it has to
  // compile a regular expression that deep in the stack: refuse deep block nesting up front too.
  if (flowDepth(text) > YAML_LIMITS.maxDepth || blockDepth(text) > YAML_LIMITS.maxDepth) {
    return { documents: [], problem: { kind: 'limit', limit: 'depth', max: YAML_LIMITS.maxDepth } };
  }
  let parsed;
  // Counts lines so syntax problems can name theirs (prettyErrors would also rewrite the message).
  const lineCounter = new LineCounter();
  try {
    parsed = parseAllDocuments(text, {
      version: '1.1',
      customTags: goYamlTags,
      uniqueKeys: false,
      prettyErrors: false,
      lineCounter,
    });
  } catch (error) {
    return { documents: [], problem: problemFromError(error) };
  }
  if (!Array.isArray(parsed)) {
    // parseAllDocuments returns an EmptyStream for a text with no documents.
    return { documents: [] };
  }
  if (parsed.length > YAML_LIMITS.maxDocuments) {
    return {
      documents: [],
      problem: { kind: 'limit', limit: 'documents', max: YAML_LIMITS.maxDocuments },
    };
  }
  const budget = { left: YAML_LIMITS.maxDuplicateKeys };
  return {
    documents: parsed.map((doc, index): YamlStreamDocument => {
      // Deep block nesting overflows the composer's stack; the library reports that as
      // RESOURCE_EXHAUSTION, which is the depth limit, not a syntax mistake of the user's.
      if (doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION')) {
        return { index, problem: { kind: 'limit', limit: 'depth', max: YAML_LIMITS.maxDepth } };
      }
      const error = doc.errors[0];
      if (error) return { index, problem: syntaxProblem(error, lineCounter) };
      if (nodeDepth(doc.contents, 0) > YAML_LIMITS.maxDepth) {
        return { index, problem: { kind: 'limit', limit: 'depth', max: YAML_LIMITS.maxDepth } };
      }
      try {
        const data = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliases }) as unknown;
        const duplicates: YamlDuplicateKey[] = [];
        findDuplicateKeys(doc.contents, [], duplicates, budget, lineCounter);
        return duplicates.length > 0 ? { index, data, duplicates } : { index, data };
      } catch (err) {
        return { index, problem: problemFromError(err) };
      }
    }),
  };
}

function syntaxProblem(error: YAMLParseError, lines?: LineCounter): YamlReadProblem {
  const line = error.linePos?.[0].line ?? lines?.linePos(error.pos[0]).line;
  const detail = error.message.split('\n')[0] ?? error.code;
  return line === undefined ? { kind: 'syntax', detail } : { kind: 'syntax', detail, line };
}

function problemFromError(error: unknown): YamlReadProblem {
  if (error instanceof RangeError)
    return { kind: 'limit', limit: 'depth', max: YAML_LIMITS.maxDepth };
  if (error instanceof ReferenceError && /alias/i.test(error.message)) {
    return { kind: 'limit', limit: 'aliases', max: YAML_LIMITS.maxAliases };
  }
  if (error instanceof YAMLParseError) return syntaxProblem(error);
  return { kind: 'syntax', detail: error instanceof Error ? error.message : String(error) };
}

/**
 * Collects keys written twice in one mapping, at any depth (kubeadm's strict decoding warns about
 * them; its reader keeps the last value). Keys are compared as the values they resolve to (so `1`
 * and "1" differ, as for Go's reader); merge keys (`<<`) and non-scalar keys are left out. Aliases
 * are not followed, the depth is bounded already (nodeDepth), and at most `budget.left` are kept.
 */
function findDuplicateKeys(
  node: unknown,
  path: readonly string[],
  found: YamlDuplicateKey[],
  budget: { left: number },
  lines: LineCounter,
): void {
  if (budget.left <= 0) return;
  if (isSeq(node)) {
    node.items.forEach((item, i) => {
      findDuplicateKeys(item, [...path, String(i)], found, budget, lines);
    });
    return;
  }
  if (!isMap(node)) return;
  const seen = new Set<string>();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? pair.key : undefined;
    const text = key === undefined ? undefined : String(key.value);
    if (key !== undefined && text !== undefined && text !== '<<') {
      const identity = `${typeof key.value}:${text}`;
      if (seen.has(identity) && budget.left > 0) {
        budget.left--;
        const offset = key.range?.[0];
        const at = { key: text, path: [...path, text].join('.') };
        found.push(offset === undefined ? at : { ...at, line: lines.linePos(offset).line });
      }
      seen.add(identity);
    }
    if (text !== undefined) findDuplicateKeys(pair.value, [...path, text], found, budget, lines);
  }
}

function nodeDepth(node: unknown, depth: number): number {
  if (depth > YAML_LIMITS.maxDepth) return depth;
  if (isMap(node)) {
    let max = depth + 1;
    for (const pair of node.items) max = Math.max(max, nodeDepth(pair.value, depth + 1));
    return max;
  }
  if (isSeq(node)) {
    let max = depth + 1;
    for (const item of node.items) max = Math.max(max, nodeDepth(item, depth + 1));
    return max;
  }
  return depth;
}

/**
 * An upper bound of the block nesting in the text: each line is one level deeper than the lines
 * of smaller indentation it follows, plus one level per compact `- ` that starts it. Lines of a
 * block scalar (after a `|` or `>` header) are its content, not nesting, and are skipped.
 */
function blockDepth(text: string): number {
  const indents: number[] = [];
  let scalarIndent = -1;
  let max = 0;
  for (const line of text.split('\n')) {
    const content = line.trimStart();
    const indent = line.length - content.length;
    if (content === '' || content.startsWith('#')) continue;
    if (scalarIndent >= 0 && indent > scalarIndent) continue;
    scalarIndent = -1;
    while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop();
    indents.push(indent);
    let dashes = 0;
    while (content.startsWith('- ', dashes * 2) || content.startsWith('-\t', dashes * 2)) dashes++;
    max = Math.max(max, indents.length + dashes);
    if (/[|>][0-9+-]*\s*(#.*)?$/.test(content)) scalarIndent = indent;
  }
  return max;
}

/** The deepest nesting of [ and { in the text, skipping quoted scalars and comments. */
function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = '';
      } else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const prev = text[i - 1];
      if (prev === undefined || /[\s[{,:]/.test(prev)) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (c === '[' || c === '{') {
      depth++;
      if (depth > max) max = depth;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return max;
}
