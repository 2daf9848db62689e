import { describe, expect, it } from 'vitest';
import { makeIssue } from '../../issues.ts';
import { checkFeatureGates } from './featureGates.ts';
import { hasError, rows, text, vectorsFor } from './vectorCases.ts';
import {
  checkEncryptionAlgorithm,
  checkKubernetesVersion,
  parseKubernetesMinor,
} from './versions.ts';

const at = { path: '' };

describe('parseKubernetesMinor', () => {
  it('reads versions, bucket prefixes and minor labels', () => {
    expect(parseKubernetesMinor('v1.35.2')).toEqual({ major: 1, minor: 35 });
    expect(parseKubernetesMinor('1.31.0-rc.1')).toEqual({ major: 1, minor: 31 });
    expect(parseKubernetesMinor('ci/v1.36.0-alpha.1.2+abc')).toEqual({ major: 1, minor: 36 });
    expect(parseKubernetesMinor('stable-1.33')).toEqual({ major: 1, minor: 33 });
  });

  it('is undefined for labels without a minor and for garbage', () => {
    expect(parseKubernetesMinor('stable')).toBeUndefined();
    expect(parseKubernetesMinor('latest-1')).toBeUndefined();
    expect(parseKubernetesMinor('v1.3')).toBeUndefined();
  });
});

describe('checkKubernetesVersion', () => {
  it('accepts versions and labels', () => {
    for (const value of [
      'v1.35.0',
      '1.35.0',
      'stable',
      'stable-1',
      'latest-1.35',
      'release/v1.35.0',
    ]) {
      expect(checkKubernetesVersion(value)).toEqual([]);
    }
  });

  it('refuses other text', () => {
    expect(checkKubernetesVersion('v1.35')).toEqual([
      makeIssue('kubernetes_version', at, { value: 'v1.35', reason: 'syntax' }),
    ]);
  });

  it('needs 1.31 for v1beta4, warning at 1.30 that only kubeadm 1.31 can deploy', () => {
    expect(checkKubernetesVersion('v1.31.0', 'v1beta4')).toEqual([]);
    expect(checkKubernetesVersion('v1.30.4', 'v1beta4')).toEqual([
      makeIssue(
        'kubernetes_version',
        at,
        { value: 'v1.30.4', reason: 'api_version_too_old', limit: 'v1.31.0' },
        'warning',
      ),
    ]);
    expect(checkKubernetesVersion('v1.29.0', 'v1beta4')[0]?.severity).toBe('error');
  });

  it('refuses v1beta3 from 1.36', () => {
    expect(checkKubernetesVersion('v1.35.0', 'v1beta3')).toEqual([]);
    expect(checkKubernetesVersion('v1.36.0', 'v1beta3')).toEqual([
      makeIssue('kubernetes_version', at, {
        value: 'v1.36.0',
        reason: 'api_version_removed',
        limit: 'v1.36.0',
      }),
    ]);
  });
});

describe('checkEncryptionAlgorithm', () => {
  it('accepts the four algorithms of kubeadm 1.31', () => {
    for (const value of ['RSA-2048', 'RSA-3072', 'RSA-4096', 'ECDSA-P256']) {
      expect(checkEncryptionAlgorithm(value, 'v1.31.0')).toEqual([]);
    }
  });

  it('accepts ECDSA-P384 from 1.34, or when the version is unknown', () => {
    expect(checkEncryptionAlgorithm('ECDSA-P384', 'v1.34.0')).toEqual([]);
    expect(checkEncryptionAlgorithm('ECDSA-P384')).toEqual([]);
    expect(checkEncryptionAlgorithm('ECDSA-P384', 'v1.33.1')[0]?.severity).toBe('warning');
    expect(checkEncryptionAlgorithm('ECDSA-P384', 'v1.31.0')).toEqual([
      makeIssue('encryption_algorithm', at, {
        value: 'ECDSA-P384',
        allowed: 'RSA-2048, RSA-3072, RSA-4096, ECDSA-P256',
      }),
    ]);
  });

  it('is case-sensitive', () => {
    expect(hasError(checkEncryptionAlgorithm('rsa-2048'))).toBe(true);
  });
});

describe('checkFeatureGates', () => {
  it('accepts current kubeadm gates', () => {
    expect(
      checkFeatureGates({ ControlPlaneKubeletLocalMode: true, NodeLocalCRISocket: false }),
    ).toEqual([]);
  });

  it('refuses unknown and removed gates at the gate path', () => {
    expect(checkFeatureGates({ IPv6DualStack: true, Bogus: false })).toEqual([
      makeIssue(
        'feature_gate',
        { path: 'IPv6DualStack' },
        { name: 'IPv6DualStack', reason: 'removed' },
      ),
      makeIssue('feature_gate', { path: 'Bogus' }, { name: 'Bogus', reason: 'unknown' }),
    ]);
  });

  it('judges PublicKeysECDSA by version: deprecated until 1.35, removed in 1.36', () => {
    expect(checkFeatureGates({ PublicKeysECDSA: true }, 'v1.33.0')[0]?.severity).toBe('warning');
    expect(checkFeatureGates({ PublicKeysECDSA: true }, 'v1.36.0')[0]?.severity).toBe('error');
    expect(checkFeatureGates({ PublicKeysECDSA: true })[0]?.severity).toBe('error');
    expect(checkFeatureGates({ PublicKeysECDSA: true }, 'v1.30.0')).toEqual([]);
  });

  it('does not mistake object prototype names for gates', () => {
    expect(checkFeatureGates({ toString: true })[0]?.params).toMatchObject({ reason: 'unknown' });
  });
});

const version = vectorsFor('kubernetesVersion');
describe(`vectors: kubernetesVersion (${String(version.length)} cases)`, () => {
  it.each(rows(version))('agrees: %s', (_, v) => {
    expect(hasError(checkKubernetesVersion(text(v, 'kubernetesVersion')))).toBe(!v.valid);
  });
});

const algorithm = vectorsFor('encryptionAlgorithm');
describe(`vectors: encryptionAlgorithm (${String(algorithm.length)} cases)`, () => {
  it.each(rows(algorithm))('agrees: %s', (_, v) => {
    expect(hasError(checkEncryptionAlgorithm(text(v, 'encryptionAlgorithm')))).toBe(!v.valid);
  });
});

const gates = vectorsFor('featureGates');
describe(`vectors: featureGates (${String(gates.length)} cases)`, () => {
  it.each(rows(gates))('agrees: %s', (_, v) => {
    const list = v.input.featureGates as Record<string, boolean>;
    expect(hasError(checkFeatureGates(list))).toBe(!v.valid);
  });
});
