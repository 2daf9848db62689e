import type { Arg } from '../../kubeadm/documents.ts';
import { makeIssue, type ExpectedShape, type Issue } from '../issues.ts';
import type { FieldSpec, Fields } from './schema.ts';
import { actualShape, asString, isGoDuration, isMapping } from './shapes.ts';

/** Where the walked document is, and where its issues go. */
export interface WalkContext {
  readonly file: string;
  readonly document: number;
  readonly issues: Issue[];
}

/** A value that survives decoding; undefined means it is dropped. */
type Kept = { readonly value: unknown } | undefined;

/**
 * Decodes a mapping against the known fields, as Go's JSON decoder would: a wrong type is a
 * field_type error and the field is dropped; an unknown field is an unknown_field warning and is
 * dropped (kubeadm ignores it); an explicit null is the same as an absent field.
 */
export function walkStruct(
  value: unknown,
  fields: Fields,
  path: string,
  ctx: WalkContext,
): Record<string, unknown> | undefined {
  if (!isMapping(value)) {
    mismatch(ctx, path, 'mapping', value);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const at = join(path, key);
    const spec = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (spec === undefined) {
      ctx.issues.push(makeIssue('unknown_field', { ...location(ctx), path: at }, { field: key }));
      continue;
    }
    if (child === null) {
      // nil and [] differ for taints: nil gets the default control-plane taint.
      if (spec.type === 'list' && spec.keepNull === true) out[key] = null;
      continue;
    }
    const kept = walkValue(child, spec, at, ctx);
    if (kept) out[key] = kept.value;
  }
  return out;
}

function walkValue(value: unknown, spec: FieldSpec, path: string, ctx: WalkContext): Kept {
  switch (spec.type) {
    case 'any':
      return { value };
    case 'string': {
      const text = asString(value);
      return text === undefined ? mismatch(ctx, path, 'string', value) : { value: text };
    }
    case 'boolean':
      return typeof value === 'boolean' ? { value } : mismatch(ctx, path, 'boolean', value);
    case 'integer':
      return typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= spec.min &&
        value <= spec.max
        ? { value }
        : mismatch(ctx, path, 'integer', value);
    case 'duration':
      return typeof value === 'string' && isGoDuration(value)
        ? { value }
        : mismatch(ctx, path, 'duration', value);
    case 'mapping':
      return isMapping(value) ? { value } : mismatch(ctx, path, 'mapping', value);
    case 'object': {
      const decoded = walkStruct(value, spec.fields, path, ctx);
      return decoded && { value: decoded };
    }
    case 'list':
      return walkList(value, spec.item, path, ctx, 'list');
    case 'strings':
      return walkList(value, { type: 'string' }, path, ctx, 'list of strings');
    case 'stringMap':
      return walkMap(value, { type: 'string' }, path, ctx, 'map of strings');
    case 'boolMap':
      return walkMap(value, { type: 'boolean' }, path, ctx, 'map of booleans');
    case 'argMap': {
      const map = walkMap(value, { type: 'string' }, path, ctx, 'map of strings');
      return map && { value: argsFromMap(map.value as Record<string, string>) };
    }
    case 'argList':
      return walkArgList(value, path, ctx);
  }
}

function walkList(
  value: unknown,
  item: FieldSpec,
  path: string,
  ctx: WalkContext,
  expected: ExpectedShape,
): Kept {
  if (!Array.isArray(value)) return mismatch(ctx, path, expected, value);
  const out: unknown[] = [];
  value.forEach((entry: unknown, index) => {
    const at = join(path, String(index));
    const kept = entry === null ? zeroValue(item, at, ctx) : walkValue(entry, item, at, ctx);
    if (kept) out.push(kept.value);
  });
  return { value: out };
}

function walkMap(
  value: unknown,
  item: FieldSpec,
  path: string,
  ctx: WalkContext,
  expected: ExpectedShape,
): Kept {
  if (!isMapping(value)) return mismatch(ctx, path, expected, value);
  const entries: [string, unknown][] = [];
  for (const [key, entry] of Object.entries(value)) {
    const at = join(path, key);
    const kept = entry === null ? zeroValue(item, at, ctx) : walkValue(entry, item, at, ctx);
    if (kept) entries.push([key, kept.value]);
  }
  // fromEntries defines own properties, so a key such as __proto__ stays an ordinary key.
  return { value: Object.fromEntries(entries) };
}

/** v1beta3 → v1beta4 conversion turns the extraArgs map into a list sorted by name (RULES.md §22). */
function argsFromMap(map: Record<string, string>): Arg[] {
  return Object.keys(map)
    .sort()
    .map((name) => ({ name, value: map[name] ?? '' }));
}

/**
 * v1beta4 extraArgs; issue paths name the argument (`kubeletExtraArgs.node-ip`) where they can: a
 * name given to more than one entry (v1beta4 allows it) does not tell them apart, so those entries
 * are named by their index, and two entries' unknown fields never share a path.
 */
function walkArgList(value: unknown, path: string, ctx: WalkContext): Kept {
  if (!Array.isArray(value)) return mismatch(ctx, path, 'list of {name, value}', value);
  const out: Arg[] = [];
  const uses = new Map<string, number>();
  for (const entry of value as unknown[]) {
    const name = isMapping(entry) ? asString(entry.name ?? '') : undefined;
    if (name !== undefined) uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  value.forEach((entry: unknown, index) => {
    if (entry === null) {
      out.push({ name: '', value: '' });
      return;
    }
    if (!isMapping(entry)) {
      mismatch(ctx, join(path, String(index)), 'mapping', entry);
      return;
    }
    // Go leaves a missing or null name/value as "".
    const rawName = entry.name ?? '';
    const rawValue = entry.value ?? '';
    const name = asString(rawName);
    const value = asString(rawValue);
    const unique = name !== undefined && name !== '' && uses.get(name) === 1;
    const label = unique ? name : String(index);
    if (name === undefined) mismatch(ctx, join(path, `${index}.name`), 'string', rawName);
    if (value === undefined) mismatch(ctx, join(path, label), 'string', rawValue);
    for (const key of Object.keys(entry)) {
      if (key === 'name' || key === 'value') continue;
      const at = join(path, `${label}.${key}`);
      ctx.issues.push(makeIssue('unknown_field', { ...location(ctx), path: at }, { field: key }));
    }
    if (name !== undefined && value !== undefined) out.push({ name, value });
  });
  return { value: out };
}

/** What Go leaves in a list item or map value that is null: the type's zero value. */
function zeroValue(spec: FieldSpec, path: string, ctx: WalkContext): Kept {
  if (spec.type === 'string') return { value: '' };
  if (spec.type === 'boolean') return { value: false };
  if (spec.type === 'integer') return { value: 0 };
  if (spec.type === 'object') return { value: walkStruct({}, spec.fields, path, ctx) };
  return undefined;
}

function mismatch(ctx: WalkContext, path: string, expected: ExpectedShape, value: unknown): Kept {
  const actual = actualShape(value);
  ctx.issues.push(makeIssue('field_type', { ...location(ctx), path }, { expected, actual }));
  return undefined;
}

function location(ctx: WalkContext): { file: string; document: number } {
  return { file: ctx.file, document: ctx.document };
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
