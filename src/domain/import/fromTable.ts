import type { DocumentKind } from '../kubeadm/documents.ts';
import { lastArgValue } from '../kubeadm/wire.ts';
import { IP_FAMILIES, type IpFamily } from '../net/types.ts';
import { FIELD_TABLE, type FieldLocation, type FieldRow } from '../plan/fields.ts';
import { fieldPath, planValueAt, setPlanValue } from '../plan/fieldIndex.ts';
import type { ClusterPlan } from '../plan/plan.ts';
import { buildFromTable } from '../render/build.ts';
import type { SourceDocument } from './extrasOf.ts';
import { byFamily, listEntries, type ListEntry } from './networking.ts';

const hasNode = (row: FieldRow) => row.field.includes('{node}');
const hasFamily = (row: FieldRow) => row.field.includes('{family}');
const isList = (row: FieldRow) => row.value === 'cidrs' || row.value === 'ips';

/** The value found at a location of a document (an extra arg's last value; RULES §22). */
function rawAt(doc: SourceDocument, location: FieldLocation, family?: IpFamily): unknown {
  const value = planValueAt(doc.document, location.path);
  if (location.arg === undefined) return value;
  const name = family === undefined ? location.arg : location.arg.replace('{family}', family);
  return Array.isArray(value) ? lastArgValue(value, name) : undefined;
}

/** A value from a file as the plan holds it; undefined when the plan cannot hold it. */
function planValueOf(row: FieldRow, raw: unknown): unknown {
  switch (row.value) {
    case 'text':
    case 'ip':
      return typeof raw === 'string' ? raw : undefined;
    case 'choice':
      return typeof raw === 'string' && row.choices?.includes(raw) ? raw : undefined;
    case 'list':
      return Array.isArray(raw) ? [...(raw as unknown[])] : undefined;
    case 'flag':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'port':
      return typeof raw === 'number' ? String(raw) : undefined;
    case 'cidrs':
    case 'ips':
      return typeof raw === 'string'
        ? listEntries(raw, row.value === 'cidrs' ? 'cidr' : 'ip')
        : undefined;
    case 'setting':
      return undefined;
  }
}

/** The empty value of a field: what the plan holds when a file does not set it. */
function emptyOf(row: FieldRow): unknown {
  if (row.value === 'list') return [];
  if (row.value === 'flag') return false;
  return '';
}

/** What reading the files found: per-family lists by plan field, for the stack to follow. */
export interface TableReading {
  /** Entries of each per-family list read (by the concrete field pattern for the node). */
  readonly lists: ReadonlyMap<string, readonly ListEntry[]>;
  /** Families whose per-family flags (node masks) a file set. */
  readonly flagFamilies: readonly IpFamily[];
}

/** Writes one read value into the plan's field(s) for a node; false when nothing was read. */
function assign(
  plan: ClusterPlan,
  row: FieldRow,
  read: (family?: IpFamily) => unknown,
  node: number | undefined,
  found: { lists: Map<string, readonly ListEntry[]>; flagFamilies: Set<IpFamily> },
): boolean {
  if (isList(row)) {
    const entries = read() as ListEntry[] | undefined;
    if (entries === undefined) return false;
    const values = byFamily(entries);
    for (const family of IP_FAMILIES) {
      setPlanValue(plan, fieldPath(row.field, node, family), values[family]);
    }
    found.lists.set(fieldPath(row.field, node), entries);
    return true;
  }
  if (hasFamily(row)) {
    let any = false;
    for (const family of IP_FAMILIES) {
      const value = read(family);
      if (value === undefined) continue;
      setPlanValue(plan, fieldPath(row.field, node, family), value);
      found.flagFamilies.add(family);
      any = true;
    }
    return any;
  }
  const value = read();
  if (value === undefined) return false;
  setPlanValue(plan, fieldPath(row.field, node), value);
  return true;
}

/** The documents a plan is read from, by kind, in the order their values count. */
export interface TableDocuments {
  byKind: (kind: DocumentKind) => readonly SourceDocument[];
  /** The document of each node (index in plan.nodes); undefined for an init node without one. */
  nodes: readonly (SourceDocument | undefined)[];
}

/**
 * Fills the plan's modelled fields from the documents through the field table. A cluster-wide
 * value comes from the first document that sets it (locations in table order, documents in file
 * order); a node's values come from its own document. `keepClusterDefaults` leaves the
 * ClusterConfiguration fields at the wizard's defaults (no init file); otherwise an unset field is
 * empty, meaning kubeadm's default.
 */
export function readTable(
  plan: ClusterPlan,
  docs: TableDocuments,
  keepClusterDefaults: boolean,
): TableReading {
  const found = {
    lists: new Map<string, readonly ListEntry[]>(),
    flagFamilies: new Set<IpFamily>(),
  };
  for (const row of FIELD_TABLE) {
    if (row.value === 'setting') continue;
    const locations = row.at.filter((l) => !l.mirror);
    if (hasNode(row)) {
      docs.nodes.forEach((doc, node) => {
        clear(plan, row, node);
        const location = locations.find((l) => l.kind === doc?.document.kind);
        if (!doc || !location) return;
        if (row.controlPlaneOnly && plan.nodes[node]?.role !== 'control-plane') return;
        assign(plan, row, (f) => planValueOf(row, rawAt(doc, location, f)), node, found);
      });
      continue;
    }
    if (keepClusterDefaults && locations.some((l) => l.kind === 'ClusterConfiguration')) continue;
    clear(plan, row, undefined);
    locations.some((location) =>
      docs
        .byKind(location.kind)
        .some((doc) =>
          assign(plan, row, (f) => planValueOf(row, rawAt(doc, location, f)), undefined, found),
        ),
    );
  }
  return { lists: found.lists, flagFamilies: [...found.flagFamilies] };
}

function clear(plan: ClusterPlan, row: FieldRow, node: number | undefined): void {
  const families = hasFamily(row) ? IP_FAMILIES : [undefined];
  for (const family of families)
    setPlanValue(plan, fieldPath(row.field, node, family), emptyOf(row));
}

/**
 * Empties each field with a derived fallback whose read value is what the renderer derives
 * anyway (an advertise address equal to the node's primary IP, an endpoint equal to the derived
 * one), so that editing the value it follows keeps them together.
 */
export function dropDerived(plan: ClusterPlan): void {
  for (const row of FIELD_TABLE) {
    if (row.fallback === undefined) continue;
    const nodes = hasNode(row) ? plan.nodes.map((_, i) => i) : [undefined];
    for (const node of nodes) {
      const target = documentFor(plan, row, node);
      if (!target) continue;
      const field = fieldPath(row.field, node);
      const value = planValueAt(plan, field);
      if (typeof value !== 'string' || value === '') continue;
      const written = writtenAt(plan, target);
      setPlanValue(plan, field, '');
      if (writtenAt(plan, target) !== written) setPlanValue(plan, field, value);
    }
  }
}

interface WrittenPlace {
  kind: DocumentKind;
  node?: number;
  path: string;
}

/** Where a row's value is written for a node: the node's own document, or the first join's. */
function documentFor(plan: ClusterPlan, row: FieldRow, node: number | undefined) {
  const firstJoin = plan.nodes.findIndex((_, i) => i > 0);
  const index = node ?? firstJoin;
  const kind: DocumentKind = index === 0 ? 'InitConfiguration' : 'JoinConfiguration';
  const location = row.at.find((l) => l.kind === kind);
  if (index < 0 || !location) return undefined;
  if (row.controlPlaneOnly && plan.nodes[index]?.role !== 'control-plane') return undefined;
  return { kind, node: index, path: location.path } satisfies WrittenPlace;
}

function writtenAt(plan: ClusterPlan, place: WrittenPlace): unknown {
  return planValueAt(buildFromTable(plan, place.kind, place.node).document, place.path);
}
