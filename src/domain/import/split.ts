import { isPlainObject, type PlainObject } from '../render/plain.ts';

/** Which fields of one kind of document the plan models; everything else is passed through. */
export interface ModelledFields {
  /** Leaf paths the plan holds; a predicate decides by value (a value the plan cannot hold stays). */
  leaves: Readonly<Record<string, true | ((value: unknown) => boolean)>>;
  /** Arg-list paths and the arg names the plan holds there. */
  args: Readonly<Record<string, readonly string[]>>;
  /** Lists whose entries are split one by one (bootstrapTokens: the plan holds entry 0's token). */
  indexed: readonly string[];
  /** Objects and lists that exist only to hold modelled fields: dropped when left empty. */
  containers: readonly string[];
}

/** The unmodelled part of a document and the paths of its leaves, in kubeadm's JSON names. */
export interface SplitDocument {
  /** Only the fields the plan does not model; undefined when there are none. */
  extras?: PlainObject;
  /** Leaf paths of `extras` (extra args by name), in document order. */
  paths: string[];
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function argName(value: unknown): string | undefined {
  return isPlainObject(value) && typeof value.name === 'string' ? value.name : undefined;
}

interface Walk {
  spec: ModelledFields;
  paths: string[];
}

/** What is left of a value at `path`; undefined when nothing the plan does not model is left. */
function rest(value: unknown, path: string, walk: Walk): { value: unknown } | undefined {
  const { spec, paths } = walk;
  const leaf = spec.leaves[path];
  if (leaf === true || (leaf !== undefined && leaf(value))) return undefined;
  const names = spec.args[path];
  if (names && Array.isArray(value)) {
    const kept = value.filter((arg) => !names.includes(argName(arg) ?? ''));
    if (kept.length === 0 && (value.length > 0 || spec.containers.includes(path))) return undefined;
    if (kept.length === 0) paths.push(path);
    for (const arg of kept) paths.push(join(path, argName(arg) ?? ''));
    return { value: kept };
  }
  if (spec.indexed.includes(path) && Array.isArray(value)) {
    const entries = value.map((entry, i) => rest(entry, join(path, String(i)), walk));
    while (entries.length > 0 && entries[entries.length - 1] === undefined) entries.pop();
    if (entries.length === 0 && (value.length > 0 || spec.containers.includes(path))) {
      return undefined;
    }
    return { value: entries.map((entry) => (entry === undefined ? {} : entry.value)) };
  }
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    const kept: PlainObject = {};
    for (const [key, child] of Object.entries(value)) {
      const left = rest(child, join(path, key), walk);
      if (left) kept[key] = left.value;
    }
    return Object.keys(kept).length === 0 ? undefined : { value: kept };
  }
  if (isPlainObject(value) && spec.containers.includes(path)) return undefined;
  // An empty list or object the user wrote is kept: `taints: []` differs from no taints.
  paths.push(path);
  return { value };
}

/**
 * Splits a decoded document (without apiVersion and kind) into what the plan does not model and
 * the paths of those fields; the document itself is not changed.
 */
export function splitDocument(body: PlainObject, spec: ModelledFields): SplitDocument {
  const walk: Walk = { spec, paths: [] };
  const kept: PlainObject = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === 'kind' || key === 'apiVersion') continue;
    const left = rest(value, key, walk);
    if (left) kept[key] = left.value;
  }
  return Object.keys(kept).length === 0
    ? { paths: walk.paths }
    : { extras: kept, paths: walk.paths };
}
