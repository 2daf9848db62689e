import type { KubeadmDocument, VersionedDocument } from '../../kubeadm/documents.ts';
import type { Issue } from '../issues.ts';
import { modelledKind } from './api-versions.ts';
import { componentSchema } from './component-schema.ts';
import { kubeadmSchema } from './kubeadm-schema.ts';
import type { LoadedDocument } from './read.ts';
import { walkStruct, type WalkContext } from './walk.ts';

export interface DecodeResult {
  /** The document in the in-memory (v1beta4) shape; absent for kinds this project does not model. */
  document?: VersionedDocument;
  issues: Issue[];
}

/**
 * Decodes a loaded document against the fields kubeadm knows for its kind and API version
 * (RULES.md §1 step 1, §22): wrong types are field_type errors and are dropped, unknown fields
 * are unknown_field warnings and are dropped, v1beta3 extraArgs maps become sorted lists.
 * Documents of other kinds or versions yield nothing here (readConfigFile reported them).
 */
export function decodeDocument(doc: LoadedDocument): DecodeResult {
  const target = modelledKind(doc.apiVersion, doc.kind);
  if (target === undefined) return { issues: [] };
  const schema =
    'version' in target ? kubeadmSchema(target.version, target.kind) : componentSchema(target.kind);
  const ctx: WalkContext = { file: doc.file, document: doc.index, issues: [] };
  const fields = walkStruct(doc.data, schema.fields, '', ctx) ?? {};
  const rest = Object.entries(fields).filter(([key]) => key !== 'apiVersion' && key !== 'kind');
  // The walk kept only fields of the kind's schema, each of its declared type.
  const document = { kind: target.kind, ...Object.fromEntries(rest) } as KubeadmDocument;
  return { document: { apiVersion: doc.apiVersion, document }, issues: ctx.issues };
}
