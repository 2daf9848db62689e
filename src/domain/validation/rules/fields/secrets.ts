import type { Issue } from '../../issues.ts';
import { parseGoDuration } from './duration.ts';
import { describeValue, issue } from './shared.ts';
import { parseGoUrl } from './url.ts';

// cluster-bootstrap token/api and token/util (RULES.md §14).
const TOKEN = /^[a-z0-9]{6}\.[a-z0-9]{16}$/u;
const TOKEN_ID = /^[a-z0-9]{6}$/u;
const GROUP = /^system:bootstrappers:[a-z0-9:-]{0,255}[a-z0-9]$/u;
const USAGES = ['signing', 'authentication'] as const;
const CA_CERT_HASH = /^sha256:[0-9a-f]{64}$/iu;
const CERTIFICATE_KEY = /^[0-9a-f]{64}$/iu;

/** Whether the text is a bootstrap token, `[a-z0-9]{6}.[a-z0-9]{16}`. */
export function isBootstrapToken(value: string): boolean {
  return typeof value === 'string' && TOKEN.test(value);
}

/** Whether the text is a bootstrap token ID, `[a-z0-9]{6}`. */
export function isBootstrapTokenId(value: string): boolean {
  return typeof value === 'string' && TOKEN_ID.test(value);
}

/** Checks a bootstrap token; `field` names it in the issue (token, tlsBootstrapToken, …). */
export function checkBootstrapToken(value: string, field: string): Issue[] {
  return isBootstrapToken(value) ? [] : [issue('token_format', { field })];
}

/** Checks a bootstrap token ttl: a Go duration (`24h`, `1h30m`, `0` = never expires); negative is a warning. */
export function checkTokenTtl(value: string): Issue[] {
  const nanos = parseGoDuration(value);
  if (nanos === undefined) return [issue('bootstrap_token_ttl', { value: describeValue(value) })];
  // kubeadm accepts it, but the token expires at once and every join with it fails.
  if (nanos < 0n) return [issue('bootstrap_token_ttl', { value }, { severity: 'warning' })];
  return [];
}

/** Checks token usages: each must be `signing` or `authentication` (path = entry index). */
export function checkTokenUsages(usages: readonly string[]): Issue[] {
  if (!Array.isArray(usages)) return [];
  const allowed = USAGES.join(', ');
  return (usages as readonly unknown[]).flatMap((usage, i) =>
    typeof usage === 'string' && (USAGES as readonly string[]).includes(usage)
      ? []
      : [issue('invalid_choice', { value: describeValue(usage), allowed }, { path: String(i) })],
  );
}

/**
 * Checks token groups (RULES.md §14): each matches `system:bootstrappers:…`, and groups need the
 * `authentication` usage; absent or empty usages mean kubeadm's defaults, which include it.
 */
export function checkTokenGroups(groups: readonly string[], usages?: readonly string[]): Issue[] {
  if (!Array.isArray(groups)) return [];
  const issues: Issue[] = [];
  const effective = Array.isArray(usages) && usages.length > 0 ? usages : USAGES;
  if (groups.length > 0 && !effective.includes('authentication')) {
    issues.push(
      issue('token_group', {
        value: groups.map(describeValue).join(','),
        reason: 'needs_authentication',
      }),
    );
  }
  (groups as readonly unknown[]).forEach((group, i) => {
    if (typeof group !== 'string' || !GROUP.test(group)) {
      issues.push(
        issue(
          'token_group',
          { value: describeValue(group), reason: 'syntax' },
          { path: String(i) },
        ),
      );
    }
  });
  return issues;
}

/** Checks one discovery CA pin: `sha256:` and 64 hex digits, any letter case (pubkeypin, RULES.md §13). */
export function checkCaCertHash(value: string): Issue[] {
  return typeof value === 'string' && CA_CERT_HASH.test(value)
    ? []
    : [issue('ca_cert_hash_format', { value: describeValue(value) })];
}

/** Checks a certificate key: empty (kubeadm generates one) or 64 hex digits, a 32-byte AES key (RULES.md §15). */
export function checkCertificateKey(value: string): Issue[] {
  if (value === '' || (typeof value === 'string' && CERTIFICATE_KEY.test(value))) return [];
  return [issue('certificate_key_format', {})];
}

/**
 * Checks discovery.file.kubeConfigPath (RULES.md §13): an https URL, or a file path, which the
 * wizard requires to be absolute because it cannot check that the file exists.
 */
export function checkDiscoveryFile(value: string): Issue[] {
  const fail = [issue('discovery_file', { value: describeValue(value) })];
  const url = parseGoUrl(value);
  if (url === undefined) return fail;
  if (url.scheme === '') return value.startsWith('/') ? [] : fail;
  return url.scheme === 'https' && url.host !== '' ? [] : fail;
}
