/** Helpers for the plain JSON-like data kubeadm documents are made of. */

export type PlainObject = Record<string, unknown>;

/** True for a non-null, non-array object. */
export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy of plain data; keys whose value is undefined are left out. */
export function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => clonePlain(v)) as T;
  if (!isPlainObject(value)) return value;
  const copy: PlainObject = {};
  for (const [key, v] of Object.entries(value)) {
    if (v !== undefined) copy[key] = clonePlain(v);
  }
  return copy as T;
}

/** The object at a dot-separated path, or undefined when any step is not an object. */
export function objectAt(root: PlainObject, path: string): PlainObject | undefined {
  let current: unknown = root;
  for (const key of path.split('.')) {
    if (!isPlainObject(current)) return undefined;
    current = current[key];
  }
  return isPlainObject(current) ? current : undefined;
}

/** The object at a path, creating empty objects along the way. */
export function ensureObjectAt(root: PlainObject, path: string): PlainObject {
  let current = root;
  for (const key of path.split('.')) {
    const next = current[key];
    if (isPlainObject(next)) current = next;
    else {
      const created: PlainObject = {};
      current[key] = created;
      current = created;
    }
  }
  return current;
}

/** Deletes `key` from the object at `parentPath` ('' for the root); true when it was there. */
export function deleteAt(root: PlainObject, parentPath: string, key: string): boolean {
  const parent = parentPath === '' ? root : objectAt(root, parentPath);
  if (!parent || !(key in parent)) return false;
  delete parent[key];
  return true;
}

/** Removes objects left empty along a path, deepest first (never the root). */
export function pruneEmpty(root: PlainObject, path: string): void {
  const keys = path.split('.');
  for (let depth = keys.length; depth > 0; depth--) {
    const parentPath = keys.slice(0, depth - 1).join('.');
    const parent = parentPath === '' ? root : objectAt(root, parentPath);
    const key = keys[depth - 1];
    if (!parent || key === undefined) return;
    const child = parent[key];
    if (!isPlainObject(child) || Object.keys(child).length > 0) return;
    delete parent[key];
  }
}

/** A copy with every object's keys in sorted order, as Go's YAML writer emits maps. */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (!isPlainObject(value)) return value;
  const sorted: PlainObject = {};
  for (const key of Object.keys(value).sort()) {
    if (value[key] !== undefined) sorted[key] = sortKeysDeep(value[key]);
  }
  return sorted;
}

/** A shallow copy without the given keys. */
export function withoutKeys(value: Readonly<PlainObject>, keys: readonly string[]): PlainObject {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}
