import type { IpFamily } from '../net/types.ts';

/**
 * Where a rendered value came from: `path` is the kubeadm field (dot-separated JSON names, extra
 * args by name) in document `document` of the file, `field` the plan's form field path. A comma
 * list built from per-family fields has one source per entry, tagged with `family` and `entry`.
 */
export interface FieldSource {
  document: number;
  path: string;
  field: string;
  family?: IpFamily;
  /** The entry of the comma list at `path` that the field wrote (each entry has one source). */
  entry?: number;
}

/** A source before its document's position in the file is known. */
export type LocalSource = Omit<FieldSource, 'document'>;

/** A document under construction together with the sources of its values. */
export interface Built<T> {
  document: T;
  sources: LocalSource[];
}

/** A source, with `family` and `entry` only when given (exactOptionalPropertyTypes). */
export function source(
  path: string,
  field: string,
  family?: IpFamily,
  entry?: number,
): LocalSource {
  return {
    path,
    field,
    ...(family !== undefined ? { family } : {}),
    ...(entry !== undefined ? { entry } : {}),
  };
}

/** The sources, with the document index they belong to. */
export function placeSources(document: number, sources: readonly LocalSource[]): FieldSource[] {
  return sources.map((s) => ({ document, ...s }));
}
