import type { BootstrapToken, InitConfiguration } from '../../../kubeadm/documents.ts';
import type { Issue } from '../../issues.ts';
import {
  checkAbsolutePath,
  checkBootstrapToken,
  checkCertificateKey,
  checkTokenGroups,
  checkTokenTtl,
  checkTokenUsages,
} from '../fields/index.ts';
import { isPresent, isSet, placeAt, type DocumentContext } from './context.ts';
import { checkApiEndpoint, checkNodeRegistration } from './node.ts';

/** Checks every field of an InitConfiguration that kubeadm validates, at kubeadm's paths. */
export function checkInitConfiguration(doc: InitConfiguration, ctx: DocumentContext): Issue[] {
  const issues: Issue[] = [
    ...checkApiEndpoint(doc.localAPIEndpoint, ctx, 'localAPIEndpoint'),
    ...checkNodeRegistration(doc.nodeRegistration, ctx),
  ];
  if (Array.isArray(doc.bootstrapTokens)) {
    doc.bootstrapTokens.forEach((token, i) => {
      issues.push(...checkTokenEntry(token, ctx, `bootstrapTokens.${i}`));
    });
  }
  // An empty key is allowed: with --upload-certs kubeadm generates one (RULES.md §15).
  if (isSet(doc.certificateKey)) {
    issues.push(...placeAt(checkCertificateKey(doc.certificateKey), ctx, 'certificateKey'));
  }
  if (isPresent(doc.patches) && isSet(doc.patches.directory)) {
    issues.push(...placeAt(checkAbsolutePath(doc.patches.directory), ctx, 'patches.directory'));
  }
  return issues;
}

function checkTokenEntry(
  entry: BootstrapToken | undefined,
  ctx: DocumentContext,
  path: string,
): Issue[] {
  if (!isPresent(entry)) return [];
  const issues: Issue[] = [];
  // kubeadm generates a token for an entry that has none (dynamic defaulting).
  if (isSet(entry.token)) {
    issues.push(
      ...placeAt(checkBootstrapToken(entry.token, `${path}.token`), ctx, `${path}.token`),
    );
  }
  if (entry.ttl !== undefined) {
    issues.push(...placeAt(checkTokenTtl(entry.ttl), ctx, `${path}.ttl`));
  }
  if (Array.isArray(entry.usages)) {
    issues.push(...placeAt(checkTokenUsages(entry.usages), ctx, `${path}.usages`));
  }
  if (Array.isArray(entry.groups)) {
    issues.push(...placeAt(checkTokenGroups(entry.groups, entry.usages), ctx, `${path}.groups`));
  }
  return issues;
}
