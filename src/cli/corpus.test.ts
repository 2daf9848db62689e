import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// The decoder alone, not the rules: the domain index only exposes the whole validation pipeline.
import { decodeDocument, readConfigFile } from '../domain/index.ts';

// The corpus of real-world configs lives beside the repository (shared/corpus), not in it: those
// files belong to their authors. KUBEADM_CORPUS points elsewhere; without it the suite is skipped.
const CORPUS =
  process.env.KUBEADM_CORPUS ?? join(import.meta.dirname, '../../../shared/corpus/files');
const present = existsSync(CORPUS);
const files = present
  ? readdirSync(CORPUS)
      .filter((name) => name.endsWith('.yaml'))
      .sort()
  : [];

/** `code@document:path` for every issue readConfigFile and decodeDocument give for one file. */
function issuesOf(name: string): string[] {
  const read = readConfigFile(name, readFileSync(join(CORPUS, name), 'utf8'));
  const issues = [...read.issues, ...read.documents.flatMap((doc) => decodeDocument(doc).issues)];
  return issues.map((i) => `${i.code}@${i.document ?? ''}:${i.path}`);
}

const byPrefix = (prefix: string) => {
  const name = files.find((f) => f.startsWith(prefix));
  if (name === undefined) throw new Error(`no corpus file ${prefix}`);
  return issuesOf(name);
};

describe.skipIf(!present)(`corpus: readConfigFile + decodeDocument (${files.length} files)`, () => {
  it('holds the 68 collected files', () => {
    expect(files).toHaveLength(68);
  });

  it.each(files)('reads %s without throwing', (name) => {
    expect(() => issuesOf(name)).not.toThrow();
  });

  // Expected verdicts from the corpus INDEX.md ("what kubeadm would say").
  it.each([
    [
      '011',
      [
        'field_type@0:nodeRegistration.kubeletExtraArgs',
        'field_type@1:controllerManager.extraArgs',
      ],
    ],
    ['012', ['field_type@0:nodeRegistration.kubeletExtraArgs']],
    ['014', ['unknown_field@0:controlPlane.joinControlPlane']],
    ['019', ['api_version_unknown@2:apiVersion']],
    ['037', ['unknown_kind@2:']],
    ['050', ['unknown_field@0:discovery.timeout']],
    ['053', ['field_type@1:apiServer.extraArgs']],
    ['060', ['unknown_field@0:nodeRegistration']],
    ['063', ['api_version_removed@0:apiVersion']],
    ['067', ['unknown_field@2:cluster-cidr']],
  ])('reports what kubeadm would for %s', (prefix, expected) => {
    expect(byPrefix(prefix)).toEqual(expect.arrayContaining(expected));
  });

  it.each(['006', '017', '018', '052', '056', '057', '061', '064', '065', '066'])(
    'finds nothing at decode time in %s, which kubeadm decodes cleanly',
    (prefix) => {
      expect(byPrefix(prefix)).toEqual([]);
    },
  );

  it.each(['046', '049', '051', '062'])(
    'reports unrendered template %s as a YAML syntax error',
    (prefix) => {
      expect(byPrefix(prefix).some((issue) => issue.startsWith('yaml_syntax@'))).toBe(true);
    },
  );
});
