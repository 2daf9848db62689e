import { makeIssue, type Issue, type IssueParamsByCode } from '../issues.ts';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field of a mapping as a mapping, or an empty one. */
export function recordAt(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const inner = value[key];
  return isRecord(inner) ? inner : {};
}

/** A field as a string, or '' when it is absent or not a string. */
export function stringAt(value: Record<string, unknown>, key: string): string {
  const inner = value[key];
  return typeof inner === 'string' ? inner : '';
}

/** `namespace/name` of an object (`name` alone without a namespace), or `#<n>` without a name. */
export function objectName(item: Record<string, unknown>, index: number): string {
  const metadata = recordAt(item, 'metadata');
  const name = stringAt(metadata, 'name');
  const namespace = stringAt(metadata, 'namespace');
  if (!name) return `#${index + 1}`;
  return namespace ? `${namespace}/${name}` : name;
}

type Expected = IssueParamsByCode['wrong_object']['expected'];

/** One object read from a pasted list: where it sits (`items.<index>.`, '' for a lone object). */
export interface ListedObject {
  item: Record<string, unknown>;
  index: number;
  prefix: string;
}

/**
 * The objects of `kind` in what kubectl prints (a List, a `<kind>List`, or one object); anything
 * else, and list entries of another kind, become wrong_object issues.
 */
export function listedObjects(
  file: string,
  data: unknown,
  kind: 'Pod' | 'Service',
  issues: Issue[],
): ListedObject[] {
  const found = isRecord(data) ? stringAt(data, 'kind') : '';
  if (isRecord(data) && found === kind) return [{ item: data, index: 0, prefix: '' }];
  const list = `${kind}List` as Expected;
  if (!isRecord(data) || (found !== 'List' && found !== list) || !Array.isArray(data.items)) {
    issues.push(
      makeIssue('wrong_object', { file, path: '' }, { expected: list, found: found || '—' }),
    );
    return [];
  }
  const items: unknown[] = data.items;
  const kindOf = (item: unknown) => (isRecord(item) ? item.kind : undefined);
  // A List of only other objects (the nodes pasted where the pods go) is one wrong object, not many.
  const other = items.map(kindOf).find((k) => typeof k === 'string' && k !== kind);
  if (items.length > 0 && !items.some((i) => kindOf(i) === kind || kindOf(i) === undefined)) {
    const shown = typeof other === 'string' ? other : '—';
    issues.push(makeIssue('wrong_object', { file, path: '' }, { expected: list, found: shown }));
    return [];
  }
  return items.flatMap((item, index): ListedObject[] => {
    const itemKind = isRecord(item) ? item.kind : undefined;
    if (isRecord(item) && (itemKind === undefined || itemKind === kind)) {
      return [{ item, index, prefix: `items.${index}.` }];
    }
    const shown = typeof itemKind === 'string' ? itemKind : '—';
    issues.push(
      makeIssue('wrong_object', { file, path: `items.${index}` }, { expected: kind, found: shown }),
    );
    return [];
  });
}
