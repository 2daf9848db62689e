import type { KubeadmApiVersion, VersionedDocument } from '../kubeadm/documents.ts';
import { convertDocuments, type ConversionNote } from '../render/convert.ts';
import { toWireDocument } from '../render/wire.ts';
import { toYaml } from '../render/yaml.ts';
import { decodeDocument, readConfigFile } from './decode/index.ts';
import { hasErrors, makeIssue, type Issue } from './issues.ts';

export interface ConfigConversion {
  /** The converted file; absent when the input has errors that make conversion unsafe. */
  text?: string;
  /** Reading problems, then one conversion_note per field that was dropped or moved. */
  issues: Issue[];
}

/**
 * Converts one kubeadm config file to another API version, as `kubeadm config migrate` would;
 * documents this project does not model (other kinds) are carried through unchanged.
 */
export function convertConfigText(
  file: string,
  text: string,
  target: KubeadmApiVersion,
): ConfigConversion {
  const read = readConfigFile(file, text);
  const issues: Issue[] = [...read.issues];
  const slots: Array<{ index: number; raw: unknown; modelled?: number }> = [];
  const modelled: VersionedDocument[] = [];
  for (const loaded of read.documents) {
    const decoded = decodeDocument(loaded);
    issues.push(...decoded.issues);
    if (decoded.document) {
      slots.push({ index: loaded.index, raw: loaded.data, modelled: modelled.length });
      modelled.push(decoded.document);
    } else {
      slots.push({ index: loaded.index, raw: loaded.data });
    }
  }
  if (hasErrors(issues) || slots.length === 0) return { issues };
  const converted = convertDocuments(modelled, target);
  const indexOf = (position: number) =>
    slots.find((s) => s.modelled === position)?.index ?? position;
  issues.push(...converted.notes.map((note) => noteIssue(file, note, indexOf)));
  const objects = slots.map((slot) => {
    const doc = slot.modelled === undefined ? undefined : converted.documents[slot.modelled];
    return doc ? toWireDocument(doc) : (slot.raw as object);
  });
  return { text: toYaml(objects), issues };
}

function noteIssue(
  file: string,
  note: ConversionNote,
  indexOf: (position: number) => number,
): Issue {
  const at = { file, document: indexOf(note.document), path: note.path };
  switch (note.kind) {
    case 'dropped':
      return makeIssue('conversion_note', at, { kind: 'dropped' });
    case 'moved':
      return makeIssue(
        'conversion_note',
        at,
        { kind: 'moved', toPath: `document ${indexOf(note.toDocument) + 1}: ${note.toPath}` },
        'info',
      );
    case 'duplicate_arg':
      return makeIssue('conversion_note', at, { kind: 'duplicate_arg', name: note.name });
  }
}
