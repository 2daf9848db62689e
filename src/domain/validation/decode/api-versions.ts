import {
  KUBE_PROXY_API_VERSION,
  KUBE_PROXY_GROUP,
  KUBEADM_GROUP,
  KUBELET_API_VERSION,
  KUBELET_GROUP,
  type DocumentKind,
  type KubeadmApiVersion,
} from '../../kubeadm/documents.ts';
import { makeIssue, type Issue, type IssueLocation } from '../issues.ts';

/** A document kind this project decodes, with the kubeadm API version when it is a kubeadm kind. */
export type ModelledKind =
  | {
      kind: 'ClusterConfiguration' | 'InitConfiguration' | 'JoinConfiguration';
      version: KubeadmApiVersion;
    }
  | { kind: 'KubeletConfiguration' | 'KubeProxyConfiguration' };

// kubeadm refuses these outright (validateSupportedVersion; RULES.md §22).
const REMOVED_KUBEADM_VERSIONS: readonly string[] = [
  'v1alpha1',
  'v1alpha2',
  'v1alpha3',
  'v1beta1',
  'v1beta2',
];
const CURRENT_KUBEADM_VERSIONS: readonly string[] = ['v1beta4', 'v1beta3'];
const MODELLED_KUBEADM_KINDS: readonly string[] = [
  'ClusterConfiguration',
  'InitConfiguration',
  'JoinConfiguration',
];
// Kinds kubeadm knows in v1beta4 that this project does not model: read, then skipped.
const OTHER_V1BETA4_KINDS: readonly string[] = ['ResetConfiguration', 'UpgradeConfiguration'];
const REPLACEMENT = `${KUBEADM_GROUP}/v1beta4`;
/** v1beta3 is deprecated from this minor (kubernetes#125029) and removed from the next (#136016). */
const V1BETA3_DEPRECATED_FROM = 31;
const V1BETA3_REMOVED_FROM = 36;

/** The group and version of an apiVersion (`v1` has the empty core group). */
export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** The minor of a Kubernetes 1.x version (`v1.31.2`, `1.32`, `stable-1.33`), if it names one. */
export function kubernetesMinor(version: string): number | undefined {
  const match = /^(?:v|stable-|latest-)?1\.(\d{1,4})(?:$|[.\-+])/.exec(version.trim());
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** The kind and version decodeDocument models for this apiVersion/kind, or undefined. */
export function modelledKind(apiVersion: string, kind: string): ModelledKind | undefined {
  const { group, version } = splitApiVersion(apiVersion);
  if (group === KUBEADM_GROUP && (version === 'v1beta3' || version === 'v1beta4')) {
    if (
      kind === 'ClusterConfiguration' ||
      kind === 'InitConfiguration' ||
      kind === 'JoinConfiguration'
    )
      return { kind, version };
    return undefined;
  }
  if (apiVersion === KUBELET_API_VERSION && kind === 'KubeletConfiguration') return { kind };
  if (apiVersion === KUBE_PROXY_API_VERSION && kind === 'KubeProxyConfiguration') return { kind };
  return undefined;
}

/**
 * Issues about a document's apiVersion and kind: removed, deprecated or non-existent versions of
 * a known group, and kinds kubeadm would ignore. `kubernetesVersion` (when known) decides whether
 * v1beta3 is deprecated (1.31–1.35) or removed (1.36+); when it is unknown, v1beta3 gets neither.
 */
export function apiVersionIssues(
  apiVersion: string,
  kind: string,
  at: Omit<IssueLocation, 'path'>,
  kubernetesVersion?: string,
): Issue[] {
  const { group, version } = splitApiVersion(apiVersion);
  const onVersion = { ...at, path: 'apiVersion' };
  const ignored = [makeIssue('unknown_kind', { ...at, path: '' }, { apiVersion, kind })];
  if (group === KUBEADM_GROUP) {
    if (REMOVED_KUBEADM_VERSIONS.includes(version)) {
      return [
        makeIssue('api_version_removed', onVersion, { apiVersion, kind, replacement: REPLACEMENT }),
      ];
    }
    if (!CURRENT_KUBEADM_VERSIONS.includes(version)) {
      const known = CURRENT_KUBEADM_VERSIONS.map((v) => `${KUBEADM_GROUP}/${v}`).join(', ');
      return [makeIssue('api_version_unknown', onVersion, { apiVersion, kind, known })];
    }
    const issues =
      version === 'v1beta3' ? v1beta3Issues(apiVersion, kind, onVersion, kubernetesVersion) : [];
    const knownKind =
      MODELLED_KUBEADM_KINDS.includes(kind) ||
      (version === 'v1beta4' && OTHER_V1BETA4_KINDS.includes(kind));
    return knownKind ? issues : [...issues, ...ignored];
  }
  const component = componentApiVersion(group, kind);
  if (component !== undefined) {
    return apiVersion === component
      ? []
      : [makeIssue('api_version_unknown', onVersion, { apiVersion, kind, known: component })];
  }
  return ignored;
}

/** The one apiVersion kubeadm reads a component config kind with, when group and kind are one. */
function componentApiVersion(group: string, kind: string): string | undefined {
  const kinds: Record<string, [string, DocumentKind]> = {
    [KUBELET_GROUP]: [KUBELET_API_VERSION, 'KubeletConfiguration'],
    [KUBE_PROXY_GROUP]: [KUBE_PROXY_API_VERSION, 'KubeProxyConfiguration'],
  };
  const entry = Object.hasOwn(kinds, group) ? kinds[group] : undefined;
  return entry !== undefined && entry[1] === kind ? entry[0] : undefined;
}

function v1beta3Issues(
  apiVersion: string,
  kind: string,
  at: IssueLocation,
  kubernetesVersion: string | undefined,
): Issue[] {
  const minor = kubernetesVersion === undefined ? undefined : kubernetesMinor(kubernetesVersion);
  if (minor === undefined || kubernetesVersion === undefined) return [];
  const params = { apiVersion, kind, replacement: REPLACEMENT, kubernetesVersion };
  if (minor >= V1BETA3_REMOVED_FROM) return [makeIssue('api_version_removed', at, params)];
  if (minor >= V1BETA3_DEPRECATED_FROM) return [makeIssue('api_version_deprecated', at, params)];
  return [];
}
