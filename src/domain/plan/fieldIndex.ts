import type { DocumentKind } from '../kubeadm/documents.ts';
import type { IpFamily } from '../net/types.ts';
import { FIELD_TABLE, type FieldRow, type LabelKey, type NodeSplit } from './fields.ts';
import { stackFamilies, type ClusterPlan } from './plan.ts';
import type { StepId } from './steps.ts';

/** A concrete plan field path, taken apart by the table row it belongs to. */
export interface FieldRef {
  readonly row: FieldRow;
  /** The concrete path (`nodes.2.ips.ipv6`, `certSANs.1`). */
  readonly path: string;
  /** The path of the input that edits it: a list's entries are edited in the list's input. */
  readonly input: string;
  readonly node?: number;
  readonly family?: IpFamily;
  /** The entry of a list field (`certSANs.1` → 1). */
  readonly item?: number;
}

/** The row's field for a node and family (`nodes.{node}.ips.{family}` → `nodes.1.ips.ipv6`). */
export function fieldPath(pattern: string, node?: number, family?: IpFamily): string {
  return pattern
    .replace('{node}', node === undefined ? '{node}' : String(node))
    .replace('{family}', family ?? '{family}');
}

/** The plan's value at a dot-separated path (undefined where the path leads nowhere). */
export function planValueAt(plan: unknown, path: string): unknown {
  let node: unknown = plan;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Sets the plan's value at a dot-separated path whose parents exist. */
export function setPlanValue(plan: object, path: string, value: unknown): void {
  const parts = path.split('.');
  const key = parts.pop() ?? '';
  const parent = planValueAt(plan, parts.join('.') || '.');
  const holder = parts.length === 0 ? plan : parent;
  if (typeof holder === 'object' && holder !== null) {
    (holder as Record<string, unknown>)[key] = value;
  }
}

function patternOf(row: FieldRow): RegExp {
  const source = row.field
    .replace(/\./g, '\\.')
    .replace('{node}', '(?<node>\\d+)')
    .replace('{family}', '(?<family>ipv4|ipv6)');
  return new RegExp(`^${source}${row.value === 'list' ? '(?:\\.(?<item>\\d+))?' : ''}$`);
}

const PATTERNS = FIELD_TABLE.map((row) => ({ row, pattern: patternOf(row) }));

/** The table row behind a concrete plan field path, or undefined for a path the table lacks. */
export function fieldRef(path: string): FieldRef | undefined {
  for (const { row, pattern } of PATTERNS) {
    const match = pattern.exec(path);
    if (!match) continue;
    const { node, family, item } = match.groups ?? {};
    return {
      row,
      path,
      input: item === undefined ? path : path.slice(0, path.lastIndexOf('.')),
      ...(node !== undefined ? { node: Number(node) } : {}),
      ...(family === 'ipv4' || family === 'ipv6' ? { family } : {}),
      ...(item !== undefined ? { item: Number(item) } : {}),
    };
  }
  return undefined;
}

function forNode<T extends string>(
  value: T | NodeSplit<T> | undefined,
  node: number | undefined,
): T | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return node === 0 ? value.first : value.other;
}

/** The step that shows a field (undefined for fields no step shows). */
export function fieldStep(ref: FieldRef): StepId | undefined {
  return forNode(ref.row.step, ref.node);
}

/** The UI text key of a field's label. */
export function fieldLabelKey(ref: FieldRef): LabelKey | undefined {
  return forNode(ref.row.label, ref.node);
}

/** kubeadm's value for an empty field, for the field's family where it has one per family. */
export function fieldDefault(path: string): string | number | undefined {
  const ref = fieldRef(path);
  const value = ref?.row.default;
  if (typeof value !== 'object') return value;
  return ref?.family === undefined ? undefined : value[ref.family];
}

/** True when a node field does not apply to the node (advertise address and port of a worker). */
function notForNode(row: FieldRow, plan: ClusterPlan, node: number | undefined): boolean {
  return (
    node !== undefined &&
    row.controlPlaneOnly === true &&
    plan.nodes[node]?.role !== 'control-plane'
  );
}

/**
 * The fields a step shows, in screen order: cluster rows, then each node's rows, in table order;
 * a run of per-family rows is taken family by family (the Networking step groups each family's pod
 * subnet, service subnet and node mask).
 */
export function stepFields(step: StepId, plan: ClusterPlan): string[] {
  const onStep = (node?: number) =>
    FIELD_TABLE.filter(
      (row) =>
        row.field.includes('{node}') === (node !== undefined) &&
        forNode(row.step, node) === step &&
        !notForNode(row, plan, node),
    );
  return [
    ...familyMajor(onStep(), plan, undefined),
    ...plan.nodes.flatMap((_, n) => familyMajor(onStep(n), plan, n)),
  ];
}

/** The rows' fields, a run of consecutive per-family rows interleaved by family. */
function familyMajor(rows: readonly FieldRow[], plan: ClusterPlan, node: number | undefined) {
  const families = stackFamilies(plan.networking.stack);
  const fields: string[] = [];
  let run: FieldRow[] = [];
  const flush = () => {
    for (const family of families) {
      for (const row of run) fields.push(fieldPath(row.field, node, family));
    }
    run = [];
  };
  for (const row of rows) {
    if (row.field.includes('{family}')) {
      run.push(row);
      continue;
    }
    flush();
    fields.push(fieldPath(row.field, node));
  }
  flush();
  return fields;
}

/**
 * The plan field the table places at a document path (for a node's document, node `node`); a
 * per-family list's entry `entry` (default: the first) is that family of the stack.
 */
export function tableField(
  plan: ClusterPlan,
  kind: DocumentKind,
  path: string,
  node: number,
  entry?: number,
): string | undefined {
  for (const row of FIELD_TABLE) {
    const location = row.at.find(
      (l) =>
        l.kind === kind &&
        (l.arg === undefined ? l.path === path : path.startsWith(`${l.path}.`)) &&
        (l.arg === undefined || matchesArg(l.arg, path.slice(l.path.length + 1))),
    );
    if (!location) continue;
    const onNode = row.field.includes('{node}');
    if (onNode && node < 0) return undefined;
    const families = stackFamilies(plan.networking.stack);
    const family = row.field.includes('{family}')
      ? (argFamily(location.arg, path) ?? families[entry ?? 0])
      : undefined;
    return fieldPath(row.field, onNode ? node : undefined, family);
  }
  return undefined;
}

function matchesArg(pattern: string, name: string): boolean {
  return pattern.includes('{family}')
    ? name === pattern.replace('{family}', 'ipv4') || name === pattern.replace('{family}', 'ipv6')
    : name === pattern;
}

function argFamily(pattern: string | undefined, path: string): IpFamily | undefined {
  if (!pattern?.includes('{family}')) return undefined;
  return path.endsWith(pattern.replace('{family}', 'ipv6')) ? 'ipv6' : 'ipv4';
}
