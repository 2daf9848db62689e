import type { KubeadmApiVersion, VersionedDocument } from '../kubeadm/documents.ts';
import type { ClusterPlan } from '../plan/plan.ts';
import { buildInitFile, buildJoinFile } from './kubeadm.ts';
import { initNodeIndex } from './nodes.ts';
import type { FieldSource } from './sources.ts';
import { toWireDocument } from './wire.ts';
import { toYaml } from './yaml.ts';

/** The init node's file name (SPEC §2.3). */
export const INIT_FILE_NAME = 'kubeadm-config.yaml';

/** One file to download: its documents, YAML text and where each rendered value came from. */
export interface RenderedFile {
  name: string;
  role: 'init' | 'join';
  /** The node the file is for; -1 for an init file when the plan has no control-plane node. */
  nodeIndex: number;
  documents: VersionedDocument[];
  text: string;
  sources: FieldSource[];
}

/** The documents as one YAML stream, in `target`'s wire form (default: each document's own). */
export function renderFileText(
  documents: readonly VersionedDocument[],
  target?: KubeadmApiVersion,
): string {
  return toYaml(documents.map((d) => toWireDocument(d, target)));
}

/** A node name reduced to [a-z0-9.-], without leading or trailing dots and dashes. */
function safeFileStem(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
}

/**
 * The join file name of every joining node, keyed by node index: `join-<name>.yaml`, or
 * `join-node-<index+1>.yaml` for a node without a usable name; a name already taken gets the
 * node number appended, so no two nodes share a file.
 */
export function joinFileNames(plan: ClusterPlan): Map<number, string> {
  const initIndex = initNodeIndex(plan);
  const names = new Map<number, string>();
  const taken = new Set<string>([INIT_FILE_NAME]);
  plan.nodes.forEach((node, i) => {
    if (i === initIndex) return;
    const stem = safeFileStem(node.name) || `node-${i + 1}`;
    let name = `join-${stem}.yaml`;
    for (let n = 1; taken.has(name); n++) {
      name = `join-${stem}-${i + 1}${n > 1 ? `-${n}` : ''}.yaml`;
    }
    taken.add(name);
    names.set(i, name);
  });
  return names;
}

/**
 * A rendered file whose YAML text is written on first read: with hundreds of nodes, validation
 * needs every file's documents but a preview shows one file's text.
 */
function lazyFile(fields: Omit<RenderedFile, 'text'>): RenderedFile {
  let text: string | undefined;
  return Object.defineProperty({ ...fields } as RenderedFile, 'text', {
    enumerable: true,
    get: () => (text ??= renderFileText(fields.documents)),
  });
}

/** The init file, then one join file per other node, in plan order. */
export function renderPlanFiles(plan: ClusterPlan): RenderedFile[] {
  const init = buildInitFile(plan);
  const files: RenderedFile[] = [
    lazyFile({
      name: INIT_FILE_NAME,
      role: 'init',
      nodeIndex: initNodeIndex(plan),
      documents: init.documents,
      sources: init.sources,
    }),
  ];
  for (const [nodeIndex, name] of joinFileNames(plan)) {
    const join = buildJoinFile(plan, nodeIndex);
    files.push(
      lazyFile({ name, role: 'join', nodeIndex, documents: join.documents, sources: join.sources }),
    );
  }
  return files;
}

/**
 * One file of the plan by name, built alone (for a live preview of one file among hundreds);
 * undefined when the plan has no file of that name.
 */
export function renderPlanFile(plan: ClusterPlan, name: string): RenderedFile | undefined {
  if (name === INIT_FILE_NAME) {
    const init = buildInitFile(plan);
    return lazyFile({
      name,
      role: 'init',
      nodeIndex: initNodeIndex(plan),
      documents: init.documents,
      sources: init.sources,
    });
  }
  for (const [nodeIndex, joinName] of joinFileNames(plan)) {
    if (joinName !== name) continue;
    const join = buildJoinFile(plan, nodeIndex);
    return lazyFile({
      name,
      role: 'join',
      nodeIndex,
      documents: join.documents,
      sources: join.sources,
    });
  }
  return undefined;
}
