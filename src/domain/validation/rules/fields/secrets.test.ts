import { describe, expect, it } from 'vitest';
import { makeIssue } from '../../issues.ts';
import { parseGoDuration } from './duration.ts';
import {
  checkBootstrapToken,
  checkCaCertHash,
  checkCertificateKey,
  checkDiscoveryFile,
  checkTokenGroups,
  checkTokenTtl,
  checkTokenUsages,
  isBootstrapToken,
  isBootstrapTokenId,
} from './secrets.ts';
import { codesOf, hasError, rows, text, vectorsFor } from './vectorCases.ts';

const at = { path: '' };
const HASH = `sha256:${'ab'.repeat(32)}`;

describe('checkBootstrapToken', () => {
  it('accepts the token format and names the field otherwise', () => {
    expect(checkBootstrapToken('abcdef.0123456789abcdef', 'token')).toEqual([]);
    expect(checkBootstrapToken('abcdef.0123456789ABCDEF', 'tlsBootstrapToken')).toEqual([
      makeIssue('token_format', at, { field: 'tlsBootstrapToken' }),
    ]);
  });
});

describe('parseGoDuration', () => {
  it('reads Go durations in nanoseconds', () => {
    expect(parseGoDuration('24h')).toBe(86_400_000_000_000n);
    expect(parseGoDuration('1h30m')).toBe(5_400_000_000_000n);
    expect(parseGoDuration('1.5h')).toBe(5_400_000_000_000n);
    expect(parseGoDuration('24h0m0s')).toBe(86_400_000_000_000n);
    expect(parseGoDuration('0')).toBe(0n);
    expect(parseGoDuration('-2m')).toBe(-120_000_000_000n);
    expect(parseGoDuration('300ms')).toBe(300_000_000n);
  });

  it('refuses what Go refuses', () => {
    for (const text of ['', '24', '1d', '.h', 'h', '1h 30m', '3000000h', '+', '1.2.3s']) {
      expect(parseGoDuration(text)).toBeUndefined();
    }
  });
});

describe('checkTokenTtl', () => {
  it('accepts durations and refuses the rest', () => {
    expect(checkTokenTtl('24h')).toEqual([]);
    expect(checkTokenTtl('0s')).toEqual([]);
    expect(checkTokenTtl('1 day')).toEqual([
      makeIssue('bootstrap_token_ttl', at, { value: '1 day' }),
    ]);
  });

  it('warns about a negative ttl', () => {
    expect(checkTokenTtl('-1h')[0]?.severity).toBe('warning');
  });
});

describe('checkTokenUsages', () => {
  it('allows signing and authentication only, at the entry index', () => {
    expect(checkTokenUsages(['signing', 'authentication'])).toEqual([]);
    expect(checkTokenUsages(['signing', 'bogus'])).toEqual([
      makeIssue(
        'invalid_choice',
        { path: '1' },
        { value: 'bogus', allowed: 'signing, authentication' },
      ),
    ]);
  });
});

describe('checkTokenGroups', () => {
  it('accepts groups with the authentication usage, or with default usages', () => {
    expect(
      checkTokenGroups(['system:bootstrappers:kubeadm:default-node-token'], ['authentication']),
    ).toEqual([]);
    expect(checkTokenGroups(['system:bootstrappers:x'])).toEqual([]);
    expect(checkTokenGroups(['system:bootstrappers:x'], [])).toEqual([]);
  });

  it('refuses groups without the authentication usage', () => {
    expect(checkTokenGroups(['system:bootstrappers:x'], ['signing'])).toEqual([
      makeIssue('token_group', at, {
        value: 'system:bootstrappers:x',
        reason: 'needs_authentication',
      }),
    ]);
  });

  it('refuses malformed groups at their index', () => {
    expect(checkTokenGroups(['system:bootstrappers:ok', 'system:masters'])).toEqual([
      makeIssue('token_group', { path: '1' }, { value: 'system:masters', reason: 'syntax' }),
    ]);
  });
});

describe('checkCaCertHash', () => {
  it('accepts sha256 and 64 hex digits in any case', () => {
    expect(checkCaCertHash(HASH)).toEqual([]);
    expect(checkCaCertHash(HASH.toUpperCase())).toEqual([]);
  });

  it('refuses other formats and lengths', () => {
    for (const value of ['aaaa', `sha1:${'ab'.repeat(32)}`, `${HASH}00`, HASH.slice(7)]) {
      expect(checkCaCertHash(value)).toEqual([makeIssue('ca_cert_hash_format', at, { value })]);
    }
  });
});

describe('checkCertificateKey', () => {
  it('accepts empty (kubeadm generates one) and 64 hex digits', () => {
    expect(checkCertificateKey('')).toEqual([]);
    expect(checkCertificateKey('AB'.repeat(32))).toEqual([]);
    expect(codesOf(checkCertificateKey('ab'.repeat(31)))).toEqual(['certificate_key_format']);
  });
});

describe('checkDiscoveryFile', () => {
  it('accepts an absolute path or an https URL', () => {
    expect(checkDiscoveryFile('/etc/kubernetes/discovery.yaml')).toEqual([]);
    expect(checkDiscoveryFile('https://example.com/cluster-info.yaml')).toEqual([]);
  });

  it('refuses relative paths, other schemes and broken URLs', () => {
    for (const value of [
      'discovery.yaml',
      'http://example.com/x',
      'https:///x',
      'https://[::1]x/',
    ]) {
      expect(checkDiscoveryFile(value)).toEqual([makeIssue('discovery_file', at, { value })]);
    }
  });
});

const token = vectorsFor('bootstrapToken');
describe(`vectors: bootstrapToken (${String(token.length)} cases)`, () => {
  it.each(rows(token))('agrees: %s', (_, v) => {
    expect(isBootstrapToken(text(v, 'token'))).toBe(v.valid);
    expect(hasError(checkBootstrapToken(text(v, 'token'), 'token'))).toBe(!v.valid);
  });
});

const tokenId = vectorsFor('bootstrapTokenID');
describe(`vectors: bootstrapTokenID (${String(tokenId.length)} cases)`, () => {
  it.each(rows(tokenId))('agrees: %s', (_, v) => {
    expect(isBootstrapTokenId(text(v, 'tokenID'))).toBe(v.valid);
  });
});

const usages = vectorsFor('bootstrapTokenUsages');
describe(`vectors: bootstrapTokenUsages (${String(usages.length)} cases)`, () => {
  it.each(rows(usages))('agrees: %s', (_, v) => {
    expect(hasError(checkTokenUsages(v.input.usages as string[]))).toBe(!v.valid);
  });
});

const groups = vectorsFor('bootstrapTokenGroups');
describe(`vectors: bootstrapTokenGroups (${String(groups.length)} cases)`, () => {
  // Single-group cases test the name pattern alone, so they run with the authentication usage.
  it.each(rows(groups))('agrees: %s', (_, v) => {
    const list = 'group' in v.input ? [text(v, 'group')] : (v.input.groups as string[]);
    const tokenUsages = 'usages' in v.input ? (v.input.usages as string[]) : ['authentication'];
    expect(hasError(checkTokenGroups(list, tokenUsages))).toBe(!v.valid);
  });
});

const caHash = vectorsFor('caCertHash');
describe(`vectors: caCertHash (${String(caHash.length)} cases)`, () => {
  it.each(rows(caHash))('agrees: %s', (_, v) => {
    expect(hasError(checkCaCertHash(text(v, 'caCertHash')))).toBe(!v.valid);
  });
});

const certKey = vectorsFor('certificateKey');
describe(`vectors: certificateKey (${String(certKey.length)} cases)`, () => {
  it.each(rows(certKey))('agrees: %s', (_, v) => {
    expect(hasError(checkCertificateKey(text(v, 'certificateKey')))).toBe(!v.valid);
  });
});

const discoveryFile = vectorsFor('discoveryFile');
const PLACEHOLDER = '<path of an existing local file>';
describe(`vectors: discoveryFile (${String(discoveryFile.length)} cases)`, () => {
  // The upstream test creates a temporary file; an absolute path stands in for it here.
  it.each(rows(discoveryFile))('agrees: %s', (_, v) => {
    const value = text(v, 'kubeConfigPath');
    const path = value === PLACEHOLDER ? '/tmp/kubeadm-discovery.conf' : value;
    expect(hasError(checkDiscoveryFile(path))).toBe(!v.valid);
  });
});
