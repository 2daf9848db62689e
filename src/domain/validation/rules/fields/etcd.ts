import type { Etcd } from '../../../kubeadm/documents.ts';
import { relocateIssues, type Issue } from '../../issues.ts';
import { checkCertSan } from './names.ts';
import { checkAbsolutePath, checkExtraArgs, checkImageRepository } from './runtime.ts';
import { describeValue, issue } from './shared.ts';
import { parseGoUrl } from './url.ts';

function isSet(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function at(issues: readonly Issue[], prefix: string): Issue[] {
  return relocateIssues(issues, { prefix });
}

/** Checks external etcd endpoints like kubeadm's ValidateURLs (path = entry index). */
export function checkUrls(urls: readonly string[], requireHttps: boolean): Issue[] {
  if (!Array.isArray(urls)) return [];
  return (urls as readonly unknown[]).flatMap((raw, i) => {
    const value = describeValue(raw);
    const path = String(i);
    const url = typeof raw === 'string' ? parseGoUrl(raw) : undefined;
    if (url === undefined) return [issue('etcd', { reason: 'url_syntax', value }, { path })];
    if (url.scheme === '') return [issue('etcd', { reason: 'url_no_scheme', value }, { path })];
    if (requireHttps && url.scheme !== 'https') {
      return [issue('etcd', { reason: 'url_not_https', value }, { path })];
    }
    return [];
  });
}

/**
 * Checks ClusterConfiguration.etcd (ValidateEtcd, RULES.md §25). Neither local nor external is
 * fine: kubeadm's static defaulting fills in local etcd before validating.
 */
export function checkEtcd(etcd: Etcd): Issue[] {
  if (typeof etcd !== 'object' || etcd === null) return [];
  const local = typeof etcd.local === 'object' && etcd.local !== null ? etcd.local : undefined;
  const external =
    typeof etcd.external === 'object' && etcd.external !== null ? etcd.external : undefined;
  if (local && external) return [issue('etcd', { reason: 'local_and_external' })];
  if (local) return checkLocal(local);
  return external ? checkExternal(external) : [];
}

function checkLocal(local: NonNullable<Etcd['local']>): Issue[] {
  const issues: Issue[] = [];
  if (local.dataDir !== undefined && local.dataDir !== '') {
    issues.push(...at(checkAbsolutePath(local.dataDir), 'local.dataDir'));
  }
  for (const field of ['serverCertSANs', 'peerCertSANs'] as const) {
    const sans = local[field];
    if (Array.isArray(sans)) {
      sans.forEach((san, i) =>
        issues.push(...at(checkCertSan(san), `local.${field}.${String(i)}`)),
      );
    }
  }
  if (isSet(local.imageRepository)) {
    issues.push(...at(checkImageRepository(local.imageRepository), 'local.imageRepository'));
  }
  if (Array.isArray(local.extraArgs)) {
    issues.push(...at(checkExtraArgs(local.extraArgs, 'etcd'), 'local.extraArgs'));
  }
  return issues;
}

function checkExternal(external: NonNullable<Etcd['external']>): Issue[] {
  const issues: Issue[] = [];
  const { caFile, certFile, keyFile } = external;
  if (isSet(certFile) !== isSet(keyFile)) {
    issues.push(issue('etcd', { reason: 'cert_key_pair' }, { path: 'external' }));
  }
  if (isSet(certFile) && isSet(keyFile) && !isSet(caFile)) {
    issues.push(issue('etcd', { reason: 'ca_file_required' }, { path: 'external' }));
  }
  // Plain http is allowed only when no TLS file is given.
  const requireHttps = isSet(caFile) || isSet(certFile) || isSet(keyFile);
  if (Array.isArray(external.endpoints)) {
    issues.push(...at(checkUrls(external.endpoints, requireHttps), 'external.endpoints'));
  }
  for (const field of ['caFile', 'certFile', 'keyFile'] as const) {
    const file = external[field];
    if (isSet(file)) issues.push(...at(checkAbsolutePath(file), `external.${field}`));
  }
  return issues;
}
