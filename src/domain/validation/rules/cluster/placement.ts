import type { DocumentKind } from '../../../kubeadm/documents.ts';
import { makeIssue, type Issue } from '../../issues.ts';
import type { ClusterView, FileRole, FileView } from './view.ts';

/**
 * Whether kubeadm skips a document where it stands: `kubeadm init` ignores a JoinConfiguration,
 * and `kubeadm join` ignores component configs (kubelet and kube-proxy settings come from the
 * cluster). Ignored documents are not checked further: kubeadm never reads them.
 */
export function isIgnoredDocument(role: FileRole, kind: DocumentKind): boolean {
  if (role === 'init') return kind === 'JoinConfiguration';
  if (role === 'join') return kind === 'KubeletConfiguration' || kind === 'KubeProxyConfiguration';
  return false;
}

/**
 * ignored_document for each document kubeadm skips; mixed_config for a file with no Init,
 * Cluster or JoinConfiguration, which both commands refuse (RULES.md §1).
 */
export function checkDocumentPlacement(view: ClusterView): Issue[] {
  return view.files.flatMap((file) => {
    const role = file.role;
    if (role === 'none') return noKubeadmDocument(file);
    return file.documents.flatMap((d) => {
      const kind = d.document.kind;
      if (!isIgnoredDocument(role, kind)) return [];
      return [
        makeIssue(
          'ignored_document',
          { file: file.name, document: d.index, path: '' },
          { kind, fileRole: role },
        ),
      ];
    });
  });
}

/**
 * Only when every document up to the last was decoded: a gap means the reader dropped one (a
 * removed API version, say), which may have been the Init or ClusterConfiguration and already
 * carries its own issue.
 */
function noKubeadmDocument(file: FileView): Issue[] {
  const first = file.documents[0];
  const complete = file.documents.every((d, i) => d.index === i);
  if (!first || !complete) return [];
  return [
    makeIssue(
      'mixed_config',
      { file: file.name, document: first.index, path: '' },
      { file: file.name, reason: 'no_init_or_cluster' },
    ),
  ];
}
