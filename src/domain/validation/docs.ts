import type { Issue, IssueCode } from './issues.ts';

/** Upstream pages that explain why a warning matters; the messages quote them, the wizard links them. */
export const DOCS_URLS = {
  /** Pod (--cluster-cidr) and Service (--service-cluster-ip-range) ranges per family. */
  dualStack: 'https://kubernetes.io/docs/concepts/services-networking/dual-stack/',
  /** "Network setup": which address the components advertise, and kubelet's --node-ip. */
  createCluster:
    'https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/',
} as const;

const DOCS_BY_CODE: Partial<Record<IssueCode, string>> = {
  subnets_overlap: DOCS_URLS.dualStack,
  node_ip_mismatch: DOCS_URLS.createCluster,
};

/** The docs page an issue's message points at, if it points at one. */
export function issueDocsUrl(issue: Issue): string | undefined {
  return DOCS_BY_CODE[issue.code];
}
