import type { Discovery } from '../../../kubeadm/documents.ts';
import type { Issue } from '../../issues.ts';
import {
  checkApiServerEndpoint,
  checkBootstrapToken,
  checkCaCertHash,
  checkDiscoveryFile,
} from '../fields/index.ts';
import { isPresent, isSet, issueAt, placeAt, type DocumentContext } from './context.ts';

type TokenDiscovery = NonNullable<Discovery['bootstrapToken']>;

const TOKEN_PATH = 'discovery.bootstrapToken';

/** Checks JoinConfiguration.discovery: exactly one method, then that method's fields (RULES.md §13). */
export function checkDiscovery(discovery: Discovery | undefined, ctx: DocumentContext): Issue[] {
  const token = isPresent(discovery) ? discovery.bootstrapToken : undefined;
  const file = isPresent(discovery) ? discovery.file : undefined;
  const hasToken = isPresent(token);
  const hasFile = isPresent(file);
  const issues: Issue[] = [];
  if (hasToken === hasFile) {
    issues.push(
      issueAt('discovery_method', ctx, 'discovery', { reason: hasToken ? 'both' : 'neither' }),
    );
  }
  if (hasToken) issues.push(...checkTokenDiscovery(token, ctx));
  if (hasFile) {
    // kubeadm checks the path even when it is empty: "" is not a file on disk.
    const path = isSet(file.kubeConfigPath) ? file.kubeConfigPath : '';
    issues.push(...placeAt(checkDiscoveryFile(path), ctx, 'discovery.file.kubeConfigPath'));
  }
  // An empty tlsBootstrapToken is filled from the discovery token; a set one is always checked.
  if (isPresent(discovery) && isSet(discovery.tlsBootstrapToken)) {
    const path = 'discovery.tlsBootstrapToken';
    issues.push(...placeAt(checkBootstrapToken(discovery.tlsBootstrapToken, path), ctx, path));
  }
  return issues;
}

function checkTokenDiscovery(token: TokenDiscovery, ctx: DocumentContext): Issue[] {
  const issues: Issue[] = [];
  // kubeadm validates the token even when it is empty (ValidateDiscoveryBootstrapToken).
  const value = isSet(token.token) ? token.token : '';
  issues.push(
    ...placeAt(checkBootstrapToken(value, `${TOKEN_PATH}.token`), ctx, `${TOKEN_PATH}.token`),
  );
  const endpointPath = `${TOKEN_PATH}.apiServerEndpoint`;
  if (isSet(token.apiServerEndpoint)) {
    issues.push(...placeAt(checkApiServerEndpoint(token.apiServerEndpoint), ctx, endpointPath));
  } else {
    issues.push(issueAt('required', ctx, endpointPath, { field: endpointPath }));
  }
  const hashes = Array.isArray(token.caCertHashes) ? token.caCertHashes : [];
  hashes.forEach((hash, i) => {
    issues.push(...placeAt(checkCaCertHash(hash), ctx, `${TOKEN_PATH}.caCertHashes.${i}`));
  });
  if (hashes.length === 0 && token.unsafeSkipCAVerification !== true) {
    issues.push(issueAt('ca_cert_hash_missing', ctx, `${TOKEN_PATH}.caCertHashes`, {}));
  }
  return issues;
}
