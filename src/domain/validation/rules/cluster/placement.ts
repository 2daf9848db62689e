import { makeIssue, type Issue } from '../../issues.ts';
import type { ClusterView } from './view.ts';

/**
 * ignored_document: `kubeadm init` skips a JoinConfiguration, and `kubeadm join` skips component
 * configs (kubelet and kube-proxy settings come from the cluster). mixed_config: a file with no
 * Init, Cluster or JoinConfiguration, which both commands refuse (RULES.md §1).
 */
export function checkDocumentPlacement(view: ClusterView): Issue[] {
  return view.files.flatMap((file) => {
    const role = file.role;
    if (role === 'none') {
      const first = file.documents[0];
      if (!first) return [];
      return [
        makeIssue(
          'mixed_config',
          { file: file.name, document: first.index, path: '' },
          { file: file.name, reason: 'no_init_or_cluster' },
        ),
      ];
    }
    return file.documents.flatMap((d) => {
      const kind = d.document.kind;
      const ignored =
        role === 'init'
          ? kind === 'JoinConfiguration'
          : kind === 'KubeletConfiguration' || kind === 'KubeProxyConfiguration';
      if (!ignored) return [];
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
