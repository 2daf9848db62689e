import type { Issue, Severity } from '../../issues.ts';
import { describeValue, issue } from './shared.ts';

// kubeadm util/version.go (RULES.md §20); Go's \w is ASCII like JavaScript's without /u.
const BUCKET = /^((release|ci)\/)?([-\w.+]+)$/;
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)([-\w.+]*)?$/;
const LABEL = /^((latest|stable)+(-[1-9](\.[1-9](\d)?)?)?)$/;
const LABEL_MINOR = /-(\d+)\.(\d+)$/;

/** A Kubernetes major.minor pair. */
export interface KubernetesMinor {
  major: number;
  minor: number;
}

/** The version part after an optional `release/` or `ci/` bucket, when the text is one kubeadm accepts. */
function versionPart(value: string): { text: string; semver: boolean } | undefined {
  if (typeof value !== 'string') return undefined;
  if (SEMVER.test(value)) return { text: value, semver: true };
  const label = BUCKET.exec(value)?.[3];
  if (label === undefined) return undefined;
  if (SEMVER.test(label)) return { text: label, semver: true };
  return LABEL.test(label) ? { text: label, semver: false } : undefined;
}

/** The major and minor of a version (`v1.35.2`, `ci/1.36.0-alpha.1`) or a minor label (`stable-1.35`); undefined otherwise. */
export function parseKubernetesMinor(value: string): KubernetesMinor | undefined {
  const part = versionPart(value);
  if (part === undefined) return undefined;
  const match = part.semver ? SEMVER.exec(part.text) : LABEL_MINOR.exec(part.text);
  if (!match?.[1] || !match[2]) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]) };
}

function compareMinor(a: KubernetesMinor, b: KubernetesMinor): number {
  return a.major === b.major ? a.minor - b.minor : a.major - b.major;
}

/**
 * How a version relates to the first kubeadm minor that has a feature: undefined when it is at
 * least that minor; 'warning' one minor below (a newer kubeadm may deploy its minor − 1, RULES.md
 * §20); 'error' further below.
 */
export function severityBelow(
  version: KubernetesMinor,
  first: KubernetesMinor,
): Severity | undefined {
  const diff = compareMinor(version, first);
  if (diff >= 0) return undefined;
  return version.major === first.major && diff === -1 ? 'warning' : 'error';
}

const V1BETA4_FIRST = { major: 1, minor: 31 };
const V1BETA3_FIRST = { major: 1, minor: 22 };
const V1BETA3_REMOVED = { major: 1, minor: 36 };

/**
 * Checks kubernetesVersion (RULES.md §20): a semantic version or a label, optionally under
 * `release/` or `ci/`, and within what the kubeadm config API version supports (§22).
 */
export function checkKubernetesVersion(value: string, apiVersion?: string): Issue[] {
  const shown = describeValue(value);
  if (versionPart(value) === undefined)
    return [issue('kubernetes_version', { value: shown, reason: 'syntax' })];
  const version = parseKubernetesMinor(value);
  if (version === undefined) return [];
  if (apiVersion === 'v1beta3' && compareMinor(version, V1BETA3_REMOVED) >= 0) {
    return [
      issue('kubernetes_version', {
        value: shown,
        reason: 'api_version_removed',
        limit: 'v1.36.0',
      }),
    ];
  }
  const first =
    apiVersion === 'v1beta4' ? V1BETA4_FIRST : apiVersion === 'v1beta3' ? V1BETA3_FIRST : undefined;
  const severity = first && severityBelow(version, first);
  if (first && severity) {
    const limit = `v${String(first.major)}.${String(first.minor)}.0`;
    return [
      issue(
        'kubernetes_version',
        { value: shown, reason: 'api_version_too_old', limit },
        { severity },
      ),
    ];
  }
  return [];
}

const ALGORITHMS = ['RSA-2048', 'RSA-3072', 'RSA-4096', 'ECDSA-P256'] as const;
const P384 = 'ECDSA-P384';
const P384_FIRST = { major: 1, minor: 34 };

/**
 * Checks encryptionAlgorithm (v1beta4, RULES.md §22): RSA-2048/3072/4096 or ECDSA-P256, and
 * ECDSA-P384 from kubeadm 1.34; the caller defaults an empty value to RSA-2048.
 */
export function checkEncryptionAlgorithm(value: string, kubernetesVersion?: string): Issue[] {
  const version =
    kubernetesVersion === undefined ? undefined : parseKubernetesMinor(kubernetesVersion);
  const p384 = version === undefined ? undefined : severityBelow(version, P384_FIRST);
  const allowed = [...ALGORITHMS, ...(p384 === 'error' ? [] : [P384])].join(', ');
  if ((ALGORITHMS as readonly unknown[]).includes(value)) return [];
  if (value === P384 && p384 !== 'error') {
    return p384 === 'warning'
      ? [issue('encryption_algorithm', { value, allowed }, { severity: 'warning' })]
      : [];
  }
  return [issue('encryption_algorithm', { value: describeValue(value), allowed })];
}
