import type { Issue } from '../../issues.ts';
import { issue } from './shared.ts';
import { parseKubernetesMinor } from './versions.ts';

/** A kubeadm feature gate and the kubeadm minors (1.x) where it exists: [since, removedIn). */
interface GateSpan {
  since: number;
  /** From this minor kubeadm still accepts it, with a deprecation warning. */
  deprecatedIn?: number;
  removedIn?: number;
}

// cmd/kubeadm/app/features/features.go across releases. The wizard targets kubeadm 1.31 and later.
const KUBEADM_GATES: Readonly<Record<string, GateSpan>> = {
  RootlessControlPlane: { since: 22 },
  WaitForAllControlPlaneComponents: { since: 30 },
  ControlPlaneKubeletLocalMode: { since: 31 },
  NodeLocalCRISocket: { since: 32 },
  PublicKeysECDSA: { since: 19, deprecatedIn: 31, removedIn: 36 },
  EtcdLearnerMode: { since: 27, removedIn: 33 },
  UpgradeAddonsBeforeControlPlane: { since: 28, removedIn: 31 },
  UnversionedKubeletConfigMap: { since: 22, removedIn: 28 },
  IPv6DualStack: { since: 16, removedIn: 24 },
  DynamicKubeletConfig: { since: 9, removedIn: 24 },
  CoreDNS: { since: 9, removedIn: 19 },
  SelfHosting: { since: 8, removedIn: 16 },
  StoreCertsInSecrets: { since: 8, removedIn: 16 },
  HighAvailability: { since: 9, removedIn: 16 },
  Auditing: { since: 9, removedIn: 13 },
};

/** The minor assumed when no Kubernetes version is known: the newest kubeadm this table describes. */
const NEWEST_MINOR = 36;

/**
 * Checks ClusterConfiguration.featureGates names against kubeadm's own gates (path = gate name):
 * unknown and removed names are errors (judged as the newest kubeadm when no version is given), and
 * a deprecated gate that the version's kubeadm still accepts (PublicKeysECDSA in 1.31–1.35) a warning.
 */
export function checkFeatureGates(
  gates: Record<string, boolean>,
  kubernetesVersion?: string,
): Issue[] {
  if (typeof gates !== 'object' || gates === null || Array.isArray(gates)) return [];
  const version =
    kubernetesVersion === undefined ? undefined : parseKubernetesMinor(kubernetesVersion);
  const minor = version?.major === 1 ? version.minor : NEWEST_MINOR;
  return Object.keys(gates).flatMap((name) => {
    const span = Object.hasOwn(KUBEADM_GATES, name) ? KUBEADM_GATES[name] : undefined;
    // A kubeadm one minor newer than the cluster may deploy it (RULES.md §20), so allow since − 1.
    if (span === undefined || minor < span.since - 1) {
      return [issue('feature_gate', { name, reason: 'unknown' }, { path: name })];
    }
    if (span.removedIn !== undefined && minor >= span.removedIn) {
      return [issue('feature_gate', { name, reason: 'removed' }, { path: name })];
    }
    return span.deprecatedIn !== undefined && minor >= span.deprecatedIn
      ? [issue('feature_gate', { name, reason: 'removed' }, { path: name, severity: 'warning' })]
      : [];
  });
}
