import { describe, expect, it } from 'vitest';
import { YAML_LIMITS } from '../../text/yaml.ts';
import { readConfigFile } from './read.ts';

const INIT = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\n';
const CLUSTER = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n';

describe('readConfigFile', () => {
  it('loads every document with its apiVersion, kind, data and index, counting empty ones', () => {
    const { documents, issues } = readConfigFile('a.yaml', `---\n${INIT}---\n---\n${CLUSTER}---\n`);
    expect(issues).toEqual([]);
    expect(documents.map((d) => [d.index, d.kind, d.apiVersion, d.file])).toEqual([
      [0, 'InitConfiguration', 'kubeadm.k8s.io/v1beta4', 'a.yaml'],
      [2, 'ClusterConfiguration', 'kubeadm.k8s.io/v1beta4', 'a.yaml'],
    ]);
    expect(documents[1]?.data).toEqual({
      apiVersion: 'kubeadm.k8s.io/v1beta4',
      kind: 'ClusterConfiguration',
    });
  });

  it('accepts a config written as JSON', () => {
    const json = JSON.stringify({
      apiVersion: 'kubeadm.k8s.io/v1beta4',
      kind: 'ClusterConfiguration',
      networking: { podSubnet: '10.244.0.0/16' },
    });
    const { documents, issues } = readConfigFile('c.json', json);
    expect(issues).toEqual([]);
    expect(documents[0]?.data.networking).toEqual({ podSubnet: '10.244.0.0/16' });
  });

  it('reports a YAML syntax error with its document and line', () => {
    const { issues } = readConfigFile('a.yaml', `${INIT}---\nkind: x\nkind: y: z\n`);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'yaml_syntax',
        severity: 'error',
        file: 'a.yaml',
        document: 1,
        path: '',
        params: expect.objectContaining({ line: 5 }) as object,
      }),
    ]);
  });

  it('reports input limits from the reader', () => {
    const huge = readConfigFile('big.yaml', 'a'.repeat(YAML_LIMITS.maxBytes + 1));
    expect(huge.issues).toEqual([
      expect.objectContaining({ code: 'input_limit', file: 'big.yaml', path: '' }),
    ]);
    expect(huge.issues[0]?.params).toEqual({ limit: 'size', max: YAML_LIMITS.maxBytes });
  });

  it.each([
    ['an empty file', ''],
    ['a file of only ---', '---'],
    ['a file of only separators and comments', '---\n# nothing\n---\n'],
  ])('reports required for %s', (_label, text) => {
    const { documents, issues } = readConfigFile('e.yaml', text);
    expect(documents).toEqual([]);
    expect(issues).toEqual([
      { code: 'required', severity: 'error', file: 'e.yaml', path: '', params: { field: '' } },
    ]);
  });

  it.each([
    ['a bare string', 'just some text', 'string'],
    ['a list', '- a\n- b\n', 'list'],
    ['a number', '42', 'number'],
    // Without a NUL: text with one is refused as not text (hostile.test.ts).
    ['control characters', '\u0001\u0002\u00ff\u00fe junk', 'string'],
  ])('reports field_type for a document that is %s', (_label, text, actual) => {
    const { documents, issues } = readConfigFile('x.yaml', text);
    expect(documents).toEqual([]);
    expect(issues).toEqual([
      {
        code: 'field_type',
        severity: 'error',
        file: 'x.yaml',
        document: 0,
        path: '',
        params: { expected: 'mapping', actual },
      },
    ]);
  });

  it('reports a missing apiVersion or kind as required at that field', () => {
    const { documents, issues } = readConfigFile(
      'm.yaml',
      'kind: InitConfiguration\n---\napiVersion: v1\n---\n{}\n',
    );
    expect(documents).toEqual([]);
    expect(issues.map((i) => [i.code, i.document, i.path, i.params])).toEqual([
      ['required', 0, 'apiVersion', { field: 'apiVersion' }],
      ['required', 1, 'kind', { field: 'kind' }],
      ['required', 2, 'apiVersion', { field: 'apiVersion' }],
      ['required', 2, 'kind', { field: 'kind' }],
    ]);
  });

  it('reports an apiVersion that is not a string as field_type', () => {
    const { issues } = readConfigFile('n.yaml', 'apiVersion: 1\nkind: InitConfiguration\n');
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'field_type',
        path: 'apiVersion',
        params: { expected: 'string', actual: 'number' },
      }),
    ]);
  });

  it('reports unknown kinds as warnings and still returns the document', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\n---\napiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\n';
    const { documents, issues } = readConfigFile('u.yaml', text);
    expect(documents.map((d) => d.kind)).toEqual(['ConfigMap', 'Cluster']);
    expect(issues.map((i) => [i.code, i.severity, i.document, i.path, i.params])).toEqual([
      ['unknown_kind', 'warning', 0, '', { apiVersion: 'v1', kind: 'ConfigMap' }],
      ['unknown_kind', 'warning', 1, '', { apiVersion: 'kind.x-k8s.io/v1alpha4', kind: 'Cluster' }],
    ]);
  });

  it('reports removed and unknown API versions at apiVersion', () => {
    const text = [
      'apiVersion: kubeadm.k8s.io/v1beta2\nkind: ClusterConfiguration',
      'apiVersion: kubelet.config.k8s.io/v1\nkind: KubeletConfiguration',
    ].join('\n---\n');
    const { issues } = readConfigFile('r.yaml', text);
    expect(issues.map((i) => [i.code, i.severity, i.document, i.path])).toEqual([
      ['api_version_removed', 'error', 0, 'apiVersion'],
      ['api_version_unknown', 'error', 1, 'apiVersion'],
    ]);
  });

  it('lists issues in document order', () => {
    const text = 'apiVersion: kubeadm.k8s.io/v1beta2\nkind: InitConfiguration\n---\n- a\n';
    const { issues } = readConfigFile('o.yaml', text);
    expect(issues.map((i) => [i.document, i.code])).toEqual([
      [0, 'api_version_removed'],
      [1, 'field_type'],
    ]);
  });

  describe('v1beta3 deprecation and removal', () => {
    const v1beta3 = (version?: string) =>
      'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n' +
      (version === undefined ? '' : `kubernetesVersion: ${version}\n`);
    const codes = (text: string, kubernetesVersion?: string) =>
      readConfigFile(
        'v.yaml',
        text,
        kubernetesVersion === undefined ? {} : { kubernetesVersion },
      ).issues.map((i) => [i.code, i.params]);

    it('gives no warning when no Kubernetes version is known (kubeadm 1.22–1.30 accept it silently)', () => {
      expect(codes(v1beta3())).toEqual([]);
    });

    it('warns for Kubernetes 1.31 to 1.35 given as an option', () => {
      for (const version of ['v1.31.0', '1.35']) {
        expect(codes(v1beta3(), version)).toEqual([
          [
            'api_version_deprecated',
            {
              apiVersion: 'kubeadm.k8s.io/v1beta3',
              kind: 'ClusterConfiguration',
              replacement: 'kubeadm.k8s.io/v1beta4',
              kubernetesVersion: version,
            },
          ],
        ]);
      }
    });

    it('reports removal for Kubernetes 1.36 and newer', () => {
      expect(codes(v1beta3(), 'v1.36.0')).toEqual([
        [
          'api_version_removed',
          expect.objectContaining({
            kubernetesVersion: 'v1.36.0',
            replacement: 'kubeadm.k8s.io/v1beta4',
          }),
        ],
      ]);
    });

    it('says nothing for Kubernetes 1.30 or older', () => {
      expect(codes(v1beta3(), 'v1.30.4')).toEqual([]);
    });

    it('uses the file’s own ClusterConfiguration kubernetesVersion for every document', () => {
      const text = `${v1beta3('v1.32.1')}---\napiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\n`;
      expect(codes(text).map(([code]) => code)).toEqual([
        'api_version_deprecated',
        'api_version_deprecated',
      ]);
    });

    it('lets the option win over the file’s own version', () => {
      expect(codes(v1beta3('v1.32.1'), 'v1.36.2').map(([code]) => code)).toEqual([
        'api_version_removed',
      ]);
      expect(codes(v1beta3('v1.32.1'), 'v1.30.0')).toEqual([]);
    });

    it('ignores versions it cannot read (stable-1, ci/latest)', () => {
      expect(codes(v1beta3('stable-1'))).toEqual([]);
      expect(codes(v1beta3(), 'ci/latest')).toEqual([]);
    });
  });
});
