import type { Issue } from '../../issues.ts';
import { checkDocument } from '../documents/check-document.ts';
import type { DecodedFile, ValidateOptions } from '../documents/context.ts';
import { checkClusterDns, checkKubeProxyClusterCidr } from './components.ts';
import { checkAdvertiseFamilies, checkNodeStacks, checkPodServiceStacks } from './families.ts';
import {
  checkAdvertiseNodeIp,
  checkControlPlaneEndpoint,
  checkDuplicateAddresses,
  checkDuplicateNames,
} from './nodes.ts';
import { checkDocumentPlacement, isIgnoredDocument } from './placement.ts';
import {
  checkEndpointRange,
  checkNodeAddressRanges,
  checkPodSubnetCapacity,
  checkSubnetOverlap,
} from './ranges.ts';
import { buildClusterView, type ClusterView } from './view.ts';

const CLUSTER_RULES: ReadonlyArray<(view: ClusterView) => Issue[]> = [
  checkDocumentPlacement,
  checkAdvertiseFamilies,
  checkPodServiceStacks,
  checkNodeStacks,
  checkSubnetOverlap,
  checkNodeAddressRanges,
  checkEndpointRange,
  checkAdvertiseNodeIp,
  checkDuplicateNames,
  checkDuplicateAddresses,
  checkControlPlaneEndpoint,
  checkPodSubnetCapacity,
  checkClusterDns,
  checkKubeProxyClusterCidr,
];

/**
 * Checks decoded kubeadm files that together describe one cluster: every document kubeadm reads
 * on its own, then the cluster as a whole (SPEC §2.5).
 */
export function validateDocuments(
  files: readonly DecodedFile[],
  options: ValidateOptions = {},
): Issue[] {
  const view = buildClusterView(files, options.existingNodes);
  const existing = new Set(options.existingNodes?.map((n) => n.file));
  const version =
    options.kubernetesVersion !== undefined ? { kubernetesVersion: options.kubernetesVersion } : {};
  const documentIssues = view.files.flatMap((file) =>
    file.documents
      .filter((d) => !isIgnoredDocument(file.role, d.document.kind))
      .flatMap((d) =>
        checkDocument(d.document, {
          file: file.name,
          document: d.index,
          apiVersion: d.apiVersion,
          ...version,
        }),
      ),
  );
  // The existing nodes are the yardstick: what is wrong with them is diagnose's report.
  const clusterIssues = CLUSTER_RULES.flatMap((rule) => rule(view)).filter(
    (issue) => issue.file === undefined || !existing.has(issue.file),
  );
  return [...documentIssues, ...clusterIssues];
}
