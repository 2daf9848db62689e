import type { Cidr } from '../../net/types.ts';
import { validateConfigTexts } from '../configFiles.ts';
import type { Issue } from '../issues.ts';
import { buildClusterView } from '../rules/cluster/view.ts';

/** The pod and service ranges a cluster's kubeadm config gives, primary family first. */
export interface ClusterRanges {
  pods: readonly Cidr[];
  services: readonly Cidr[];
}

/**
 * Reads a cluster's ranges from a kubeadm config file, or from the kubeadm-config ConfigMap of a
 * running cluster (validateConfigTexts reads the ClusterConfiguration inside it); the ranges are
 * undefined when no usable pair is found.
 */
export function readClusterRanges(
  file: string,
  text: string,
): { ranges?: ClusterRanges; issues: Issue[] } {
  const validation = validateConfigTexts([{ name: file, text }]);
  const settings = buildClusterView(validation.files).settings;
  const pods = settings?.podCidrs;
  const services = settings?.serviceCidrs;
  return pods && services
    ? { ranges: { pods, services }, issues: validation.issues }
    : { issues: validation.issues };
}
