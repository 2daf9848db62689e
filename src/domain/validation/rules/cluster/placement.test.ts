import { describe, expect, it } from 'vitest';
import { clusterConfig, file, initConfig, joinConfig } from './__fixtures__/builders.ts';
import { checkDocumentPlacement } from './placement.ts';
import { buildClusterView } from './view.ts';

describe('checkDocumentPlacement', () => {
  it('flags a JoinConfiguration in an init file as ignored', () => {
    const view = buildClusterView([
      file('init.yaml', initConfig({}), clusterConfig({}), joinConfig({})),
    ]);
    expect(checkDocumentPlacement(view)).toEqual([
      expect.objectContaining({
        code: 'ignored_document',
        severity: 'warning',
        file: 'init.yaml',
        document: 2,
        path: '',
        params: { kind: 'JoinConfiguration', fileRole: 'init' },
      }),
    ]);
  });

  it('flags component configs in a join file as ignored, but not in an init file', () => {
    const view = buildClusterView([
      file('init.yaml', clusterConfig({}), { kind: 'KubeletConfiguration' }),
      file(
        'join.yaml',
        joinConfig({}),
        { kind: 'KubeletConfiguration' },
        { kind: 'KubeProxyConfiguration' },
      ),
    ]);
    expect(checkDocumentPlacement(view)).toEqual([
      expect.objectContaining({
        file: 'join.yaml',
        document: 1,
        params: { kind: 'KubeletConfiguration', fileRole: 'join' },
      }),
      expect.objectContaining({
        file: 'join.yaml',
        document: 2,
        params: { kind: 'KubeProxyConfiguration', fileRole: 'join' },
      }),
    ]);
  });

  it('is an error for a file with neither init nor join documents', () => {
    const view = buildClusterView([file('kubelet.yaml', { kind: 'KubeletConfiguration' })]);
    expect(checkDocumentPlacement(view)).toEqual([
      expect.objectContaining({
        code: 'mixed_config',
        severity: 'error',
        file: 'kubelet.yaml',
        document: 0,
        params: { file: 'kubelet.yaml', reason: 'no_init_or_cluster' },
      }),
    ]);
  });

  it('says nothing when the reader dropped a document that may have been the init one', () => {
    const dropped = {
      name: 'old.yaml',
      documents: [
        {
          index: 2,
          apiVersion: 'kubelet.config.k8s.io/v1beta1',
          document: { kind: 'KubeletConfiguration' as const },
        },
      ],
    };
    expect(checkDocumentPlacement(buildClusterView([dropped]))).toEqual([]);
  });

  it('leaves a file without decoded documents to the reader', () => {
    expect(
      checkDocumentPlacement(buildClusterView([{ name: 'empty.yaml', documents: [] }])),
    ).toEqual([]);
  });
});
