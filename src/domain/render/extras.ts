// Pass-through fields (a plan's `extras`) merged into the documents the plan renders.
import { clonePlain, isPlainObject, withoutKeys, type PlainObject } from './plain.ts';

/** The type fields every document carries, which extras never override. */
export const TYPE_META = ['apiVersion', 'kind'];

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
