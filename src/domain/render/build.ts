import type { DocumentKind, KubeadmDocument } from '../kubeadm/documents.ts';
import { IP_FAMILIES } from '../net/types.ts';
import { FIELD_TABLE, type FieldLocation, type FieldRow } from '../plan/fields.ts';
import { fieldPath, planValueAt } from '../plan/fieldIndex.ts';
import { stackFamilies, type ClusterPlan } from '../plan/plan.ts';
import { renderCidrText, renderIpText } from './addresses.ts';
import { discoveryEndpoint } from './discovery.ts';
import { resolveAdvertiseAddress, resolveBindPort } from './nodes.ts';
import { source, type Built, type LocalSource } from './sources.ts';

/** One value to place in a document: its location (arg and family resolved) and its sources. */
interface Placed {
  path: string;
  arg?: string;
  value: unknown;
  sources: LocalSource[];
}

/** Which document is being built: its kind and, for a node's document, the node's index. */
interface Target {
  plan: ClusterPlan;
  kind: DocumentKind;
  node?: number;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The value an empty field is written as, with the fields it was derived from. */
function fallbackOf(row: FieldRow, target: Target, path: string): Placed | undefined {
  if (row.fallback === undefined) return undefined;
  const { plan, node } = target;
  switch (row.fallback) {
    case 'advertiseAddress': {
      const derived = node === undefined ? undefined : resolveAdvertiseAddress(plan, node);
      return derived && { path, value: derived.value, sources: [source(path, derived.field)] };
    }
    case 'apiServerEndpoint': {
      const derived = discoveryEndpoint(plan);
      if (!derived) return undefined;
      const sources = derived.fields.map((field) => source(path, field));
      return { path, value: derived.value, sources };
    }
  }
}

/**
 * The comma list of a per-family row, primary family first, each family's entry canonical; every
 * entry of the list (a typed value may hold commas) has a source naming its family's field.
 */
function familyList(row: FieldRow, target: Target, path: string): Placed | undefined {
  const render = row.value === 'cidrs' ? renderCidrText : renderIpText;
  const parts: string[] = [];
  const sources: LocalSource[] = [];
  for (const family of stackFamilies(target.plan.networking.stack)) {
    const field = fieldPath(row.field, target.node, family);
    const typed = text(planValueAt(target.plan, field));
    if (typed === '') continue;
    for (const part of render(typed).split(',')) {
      sources.push(source(path, field, family, parts.length));
      parts.push(part);
    }
  }
  return parts.length === 0 ? undefined : { path, value: parts.join(','), sources };
}

/** What one row writes at one location of the target document (several for per-family flags). */
function placements(row: FieldRow, location: FieldLocation, target: Target): Placed[] {
  const { plan, node } = target;
  const argPath = (arg: string) => `${location.path}.${arg}`;
  if (row.value === 'cidrs' || row.value === 'ips') {
    const path = location.arg ? argPath(location.arg) : location.path;
    const list = familyList(row, target, path);
    return list ? [{ ...list, path: location.path, ...argOf(location.arg) }] : [];
  }
  if (row.field.includes('{family}')) {
    // One flag per family of the stack, in kubeadm's own order (ipv4 before ipv6).
    const families = stackFamilies(plan.networking.stack);
    return IP_FAMILIES.filter((f) => families.includes(f)).flatMap((family) => {
      const field = fieldPath(row.field, node, family);
      const value = text(planValueAt(plan, field));
      const arg = location.arg?.replace('{family}', family);
      if (value === '') return [];
      const path = arg ? argPath(arg) : location.path;
      return [
        { path: location.path, ...argOf(arg), value, sources: [source(path, field, family)] },
      ];
    });
  }
  const field = fieldPath(row.field, node);
  const path = location.arg ? argPath(location.arg) : location.path;
  const raw = planValueAt(plan, field);
  const placed = (value: unknown, sources = [source(path, field)]): Placed[] => [
    { path: location.path, ...argOf(location.arg), value, sources },
  ];
  switch (row.value) {
    case 'list': {
      const entries = Array.isArray(raw) ? raw.map(text) : [];
      const kept = entries.flatMap((entry, i) => (entry === '' ? [] : [{ entry, i }]));
      if (kept.length === 0) return [];
      const sources = kept.map((k, j) => source(`${path}.${j}`, `${field}.${k.i}`));
      return placed(
        kept.map((k) => k.entry),
        sources,
      );
    }
    case 'flag':
      return raw === true ? placed(true) : [];
    case 'port': {
      // kubeadm init runs even without a planned node: the port is then kubeadm's default.
      const nodePlan = plan.nodes[node ?? -1];
      return nodePlan ? placed(resolveBindPort(nodePlan)) : placed(row.default, []);
    }
    case 'setting':
      return [];
    case 'text':
    case 'ip':
    case 'choice': {
      const value = text(raw);
      if (value !== '') return placed(row.value === 'ip' ? renderIpText(value) : value);
      const derived = fallbackOf(row, target, path);
      return derived ? [{ ...derived, path: location.path, ...argOf(location.arg) }] : [];
    }
  }
}

const argOf = (arg: string | undefined) => (arg === undefined ? {} : { arg });

/** True when the location belongs in the target document. */
function applies(row: FieldRow, location: FieldLocation, target: Target): boolean {
  const { plan, node } = target;
  if (location.kind !== target.kind) return false;
  if (location.versions && !location.versions.includes(plan.apiVersion)) return false;
  if (row.field.includes('{node}') && node === undefined) return false;
  // kubeadm init always registers a control-plane node; a join is one when the node's role says so.
  const controlPlane =
    target.kind === 'InitConfiguration' || plan.nodes[node ?? -1]?.role === 'control-plane';
  if ((row.controlPlaneOnly || location.controlPlane) && !controlPlane) return false;
  return (
    location.with === undefined || text(planValueAt(plan, fieldPath(location.with, node))) !== ''
  );
}

/** Sets `value` at a dot path, creating objects (and lists for numeric segments) on the way. */
function setAt(doc: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let holder: Record<string, unknown> = doc;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) {
      holder[part] = value;
      return;
    }
    const next = parts[i + 1] ?? '';
    holder[part] ??= /^\d+$/.test(next) ? [] : {};
    holder = holder[part] as Record<string, unknown>;
  });
}

/**
 * The document of one kind that the field table writes for the plan (for a node's document, the
 * node at `node`): only the values the plan sets, each with the plan fields it came from.
 */
export function buildFromTable<K extends DocumentKind>(
  plan: ClusterPlan,
  kind: K,
  node?: number,
): Built<Extract<KubeadmDocument, { kind: K }>> {
  const target: Target = node === undefined ? { plan, kind } : { plan, kind, node };
  const doc: Record<string, unknown> = { kind };
  const sources: LocalSource[] = [];
  for (const row of FIELD_TABLE) {
    for (const location of row.at) {
      if (!applies(row, location, target)) continue;
      for (const placed of placements(row, location, target)) {
        if (placed.arg === undefined) setAt(doc, placed.path, placed.value);
        else {
          const list = (planValueAt(doc, placed.path) as unknown[] | undefined) ?? [];
          if (list.length === 0) setAt(doc, placed.path, list);
          list.push({ name: placed.arg, value: placed.value });
        }
        sources.push(...placed.sources);
      }
    }
  }
  return { document: doc as Extract<KubeadmDocument, { kind: K }>, sources };
}
