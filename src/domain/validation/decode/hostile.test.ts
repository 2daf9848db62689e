import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { YAML_LIMITS } from '../../text/yaml.ts';
import { decodeDocument } from './decode.ts';
import { readConfigFile } from './read.ts';

/** Reads and decodes a text, returning every issue code. */
function codes(text: string): string[] {
  const read = readConfigFile('h.yaml', text);
  return [...read.issues, ...read.documents.flatMap((d) => decodeDocument(d).issues)].map(
    (i) => i.code,
  );
}

function aliasBomb(): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i);
    const previous = `*${String.fromCharCode(96 + i)}`;
    lines.push(`${name}: &${name} [${Array<string>(10).fill(previous).join(',')}]`);
  }
  return lines.join('\n');
}

describe('readConfigFile + decodeDocument on hostile input', () => {
  it.each([
    ['binary junk', '\u0000\u0001\u0002\u00ff\u00fe\u0003junk', ['file_encoding']],
    [
      'UTF-16 text with a BOM, read as UTF-8',
      '\u00ff\u00fea\u0000p\u0000i\u0000V\u0000e\u0000r\u0000:\u0000 \u0000x\u0000',
      ['file_encoding'],
    ],
    [
      'a truncated JSON config',
      '{"apiVersion": "kubeadm.k8s.io/v1beta4", "kind": "Init',
      ['yaml_syntax'],
    ],
    ['an empty file', '', ['required']],
    ['a file of only ---', '---\n', ['required']],
    ['a 10,000-deep flow nesting', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, ['input_limit']],
    ['a 10,000-deep block nesting', nestedBlock(10_000), ['input_limit']],
    ['an alias bomb', aliasBomb(), ['input_limit']],
    ['an oversized file', 'a'.repeat(YAML_LIMITS.maxBytes + 1), ['input_limit']],
    ['HTML in a kind', 'apiVersion: v1\nkind: "<script>alert(1)</script>"\n', ['unknown_kind']],
  ])('gives a clear issue for %s', (_label, text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('accepts a UTF-8 byte order mark before a valid config', () => {
    expect(codes('\ufeffapiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\n')).toEqual(
      [],
    );
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        codes(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on YAML-ish text built from config fragments', () => {
    const fragment = fc.constantFrom(
      'apiVersion: kubeadm.k8s.io/v1beta4\n',
      'apiVersion: kubeadm.k8s.io/v1beta3\n',
      'kind: InitConfiguration\n',
      'kind: ClusterConfiguration\n',
      'kind: JoinConfiguration\n',
      'nodeRegistration:\n',
      '  kubeletExtraArgs:\n',
      '  - name: node-ip\n',
      '    value: 10.0.0.1\n',
      '  taints: null\n',
      'extraArgs: {a: 1}\n',
      '---\n',
      '- x\n',
      '  bindPort: "x"\n',
      '[\n',
      '&a x\n',
      '*a\n',
      '__proto__: {}\n',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        codes(parts.join(''));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any JSON value in any field, and keeps only well-typed fields', () => {
    const kinds = ['InitConfiguration', 'ClusterConfiguration', 'JoinConfiguration'] as const;
    const fields = fc.constantFrom(
      'nodeRegistration',
      'bootstrapTokens',
      'localAPIEndpoint',
      'timeouts',
      'patches',
      'networking',
      'apiServer',
      'controllerManager',
      'etcd',
      'dns',
      'proxy',
      'featureGates',
      'discovery',
      'controlPlane',
      'skipPhases',
      'dryRun',
      'unknownField',
    );
    const entries = fc.array(fc.tuple(fields, fc.jsonValue({ maxDepth: 5 })), { maxLength: 4 });
    fc.assert(
      fc.property(fc.constantFrom(...kinds), entries, (kind, pairs) => {
        const apiVersion = 'kubeadm.k8s.io/v1beta4';
        const data = { ...Object.fromEntries(pairs), apiVersion, kind };
        const first = decodeDocument({ file: 'j', index: 0, apiVersion, kind, data });
        codes(JSON.stringify(data));
        // What the decoder keeps decodes again without a single issue.
        const kept = { ...first.document?.document, apiVersion };
        const again = decodeDocument({ file: 'j', index: 0, apiVersion, kind, data: kept });
        expect(again.issues).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

function nestedBlock(depth: number): string {
  const lines: string[] = [];
  for (let i = 0; i < depth; i++) lines.push(`${' '.repeat(i)}k${i}:`);
  return `${lines.join('\n')} x\n`;
}
