import type { JoinConfiguration } from '../../../kubeadm/documents.ts';
import type { Issue } from '../../issues.ts';
import { checkAbsolutePath, checkCertificateKey } from '../fields/index.ts';
import { isPresent, isSet, issueAt, placeAt, type DocumentContext } from './context.ts';
import { checkDiscovery } from './discovery.ts';
import { checkApiEndpoint, checkNodeRegistration } from './node.ts';

/** Checks every field of a JoinConfiguration that kubeadm validates, at kubeadm's paths. */
export function checkJoinConfiguration(doc: JoinConfiguration, ctx: DocumentContext): Issue[] {
  const issues: Issue[] = [
    ...checkDiscovery(doc.discovery, ctx),
    ...checkNodeRegistration(doc.nodeRegistration, ctx),
    ...checkCaCertPath(doc.caCertPath, ctx),
  ];
  if (isPresent(doc.controlPlane)) {
    issues.push(
      ...checkApiEndpoint(doc.controlPlane.localAPIEndpoint, ctx, 'controlPlane.localAPIEndpoint'),
    );
    if (isSet(doc.controlPlane.certificateKey)) {
      issues.push(
        ...placeAt(
          checkCertificateKey(doc.controlPlane.certificateKey),
          ctx,
          'controlPlane.certificateKey',
        ),
      );
    }
  }
  if (isPresent(doc.patches) && isSet(doc.patches.directory)) {
    issues.push(...placeAt(checkAbsolutePath(doc.patches.directory), ctx, 'patches.directory'));
  }
  return issues;
}

/** caCertPath must be absolute and end in `.crt`; kubeadm gives one message for both (RULES.md §13). */
function checkCaCertPath(value: string | undefined, ctx: DocumentContext): Issue[] {
  if (!isSet(value)) return [];
  const absolute = placeAt(checkAbsolutePath(value), ctx, 'caCertPath');
  if (absolute.length > 0 || value.endsWith('.crt')) return absolute;
  return [issueAt('absolute_path', ctx, 'caCertPath', { value })];
}
