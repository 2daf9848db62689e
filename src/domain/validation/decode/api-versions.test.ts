import { describe, expect, it } from 'vitest';
import { apiVersionIssues, kubernetesMinor, modelledKind } from './api-versions.ts';

const AT = { file: 'f.yaml', document: 0 };
const codes = (apiVersion: string, kind: string, version?: string) =>
  apiVersionIssues(apiVersion, kind, AT, version).map((i) => i.code);

describe('apiVersionIssues', () => {
  it.each(['v1alpha1', 'v1alpha2', 'v1alpha3', 'v1beta1', 'v1beta2'])(
    'reports kubeadm.k8s.io/%s as removed whatever the version',
    (version) => {
      const issues = apiVersionIssues(`kubeadm.k8s.io/${version}`, 'ClusterConfiguration', AT);
      expect(issues).toEqual([
        {
          ...AT,
          path: 'apiVersion',
          code: 'api_version_removed',
          severity: 'error',
          params: {
            apiVersion: `kubeadm.k8s.io/${version}`,
            kind: 'ClusterConfiguration',
            replacement: 'kubeadm.k8s.io/v1beta4',
          },
        },
      ]);
    },
  );

  it('reports the old MasterConfiguration kind only as removed, not as unknown', () => {
    expect(codes('kubeadm.k8s.io/v1alpha1', 'MasterConfiguration')).toEqual([
      'api_version_removed',
    ]);
  });

  it.each([
    ['kubeadm.k8s.io/v1', 'InitConfiguration', 'kubeadm.k8s.io/v1beta4, kubeadm.k8s.io/v1beta3'],
    [
      'kubeadm.k8s.io/v1beta5',
      'ClusterConfiguration',
      'kubeadm.k8s.io/v1beta4, kubeadm.k8s.io/v1beta3',
    ],
    ['kubelet.config.k8s.io/v1', 'KubeletConfiguration', 'kubelet.config.k8s.io/v1beta1'],
    [
      'kubeproxy.config.k8s.io/v1beta1',
      'KubeProxyConfiguration',
      'kubeproxy.config.k8s.io/v1alpha1',
    ],
  ])('reports %s %s as an unknown version of a known group', (apiVersion, kind, known) => {
    expect(apiVersionIssues(apiVersion, kind, AT)).toEqual([
      {
        ...AT,
        path: 'apiVersion',
        code: 'api_version_unknown',
        severity: 'error',
        params: { apiVersion, kind, known },
      },
    ]);
  });

  it.each([
    ['kubeadm.k8s.io/v1beta4', 'ResetConfiguration'],
    ['kubeadm.k8s.io/v1beta4', 'UpgradeConfiguration'],
    ['kubeadm.k8s.io/v1beta4', 'InitConfiguration'],
    ['kubeadm.k8s.io/v1beta3', 'JoinConfiguration'],
    ['kubelet.config.k8s.io/v1beta1', 'KubeletConfiguration'],
    ['kubeproxy.config.k8s.io/v1alpha1', 'KubeProxyConfiguration'],
  ])('accepts %s %s', (apiVersion, kind) => {
    expect(codes(apiVersion, kind)).toEqual([]);
  });

  it.each([
    ['v1', 'ConfigMap'],
    ['kubeadm.k8s.io/v1beta4', 'NodeConfiguration'],
    ['kubeadm.k8s.io/v1beta3', 'ResetConfiguration'],
    ['kubelet.config.k8s.io/v1beta1', 'CredentialProviderConfig'],
    ['Kubeadm.k8s.io/v1beta4', 'InitConfiguration'],
  ])('warns that %s %s is an unknown kind kubeadm ignores', (apiVersion, kind) => {
    const issues = apiVersionIssues(apiVersion, kind, AT);
    expect(issues).toEqual([
      { ...AT, path: '', code: 'unknown_kind', severity: 'warning', params: { apiVersion, kind } },
    ]);
  });

  it('reports a deprecated v1beta3 document of an unknown kind for both reasons', () => {
    expect(codes('kubeadm.k8s.io/v1beta3', 'Foo', 'v1.33.0')).toEqual([
      'api_version_deprecated',
      'unknown_kind',
    ]);
  });

  it('never deprecates or removes v1beta4 or the component versions', () => {
    expect(codes('kubeadm.k8s.io/v1beta4', 'InitConfiguration', 'v1.40.0')).toEqual([]);
    expect(codes('kubelet.config.k8s.io/v1beta1', 'KubeletConfiguration', 'v1.40.0')).toEqual([]);
  });
});

describe('kubernetesMinor', () => {
  it.each([
    ['v1.31.2', 31],
    ['1.36', 36],
    ['v1.35.0-rc.1', 35],
    ['stable-1.33', 33],
    ['latest-1.30', 30],
    ['v2.1.0', undefined],
    ['stable-1', undefined],
    ['ci/latest', undefined],
    ['v1.3x', undefined],
  ])('reads %s as minor %s', (version, minor) => {
    expect(kubernetesMinor(version)).toBe(minor);
  });
});

describe('modelledKind', () => {
  it('models the three kubeadm kinds in v1beta3 and v1beta4 and the two component configs', () => {
    expect(modelledKind('kubeadm.k8s.io/v1beta3', 'JoinConfiguration')).toEqual({
      kind: 'JoinConfiguration',
      version: 'v1beta3',
    });
    expect(modelledKind('kubelet.config.k8s.io/v1beta1', 'KubeletConfiguration')).toEqual({
      kind: 'KubeletConfiguration',
    });
    expect(modelledKind('kubeadm.k8s.io/v1beta4', 'ResetConfiguration')).toBeUndefined();
    expect(modelledKind('kubeadm.k8s.io/v1beta2', 'InitConfiguration')).toBeUndefined();
    expect(modelledKind('kubelet.config.k8s.io/v1', 'KubeletConfiguration')).toBeUndefined();
  });
});
