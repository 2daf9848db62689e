import type { Cidr } from '../../net/types.ts';
import { validateConfigTexts } from '../configFiles.ts';
import { readYamlData } from '../decode/read.ts';
import type { Issue } from '../issues.ts';
import { buildClusterView } from '../rules/cluster/view.ts';

/** The pod and service ranges a cluster's kubeadm config gives, primary family first. */
export interface ClusterRanges {
  pods: readonly Cidr[];
  services: readonly Cidr[];
}

/** The key of the kubeadm-config ConfigMap that holds the ClusterConfiguration (as YAML text). */
const CONFIG_MAP_KEY = 'ClusterConfiguration';

/** The ClusterConfiguration text inside `kubectl -n kube-system get configmap kubeadm-config -o yaml`. */
function configMapText(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const object = data as Record<string, unknown>;
  const entries = object.data as Record<string, unknown> | undefined;
  const text = object.kind === 'ConfigMap' ? entries?.[CONFIG_MAP_KEY] : undefined;
  return typeof text === 'string' ? text : undefined;
}

/**
 * Reads a cluster's ranges from a kubeadm config file, or from the kubeadm-config ConfigMap of a
 * running cluster (its ClusterConfiguration checked like any config, under `<file>
 * (data.ClusterConfiguration)`); the ranges are undefined when no usable pair is found.
 */
export function readClusterRanges(
  file: string,
  text: string,
): { ranges?: ClusterRanges; issues: Issue[] } {
  const read = readYamlData(file, text);
  const inner = read.documents.map((d) => configMapText(d.data)).find((t) => t !== undefined);
  const source =
    inner === undefined
      ? { name: file, text }
      : { name: `${file} (data.${CONFIG_MAP_KEY})`, text: inner };
  const validation = validateConfigTexts([source]);
  const settings = buildClusterView(validation.files).settings;
  const pods = settings?.podCidrs;
  const services = settings?.serviceCidrs;
  return pods && services
    ? { ranges: { pods, services }, issues: validation.issues }
    : { issues: validation.issues };
}
