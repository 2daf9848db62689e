import { cidrAddressAt, formatIp, ipEquals } from '../../../net/index.ts';
import { makeIssue, type Issue } from '../../issues.ts';
import { ipOf } from '../documents/addresses.ts';
import { isSet } from '../documents/context.ts';
import { firstOfKind, type ClusterView, type FileView } from './view.ts';

/** Index of the cluster DNS Service IP in the first service subnet (kubeadm GetDNSIP, RULES.md §2). */
const DNS_INDEX = 10n;

/**
 * cluster_dns_mismatch: kubeadm gives the DNS Service the address at index 10 of the first
 * service subnet, so a KubeletConfiguration pointing pods elsewhere leaves them without DNS.
 */
export function checkClusterDns(view: ClusterView): Issue[] {
  const settings = view.settings;
  const primary = settings?.serviceCidrs?.[0];
  const file = initFile(view);
  const kubelet = file ? firstOfKind(file, 'KubeletConfiguration') : undefined;
  if (!primary || !kubelet) return [];
  const dns = kubelet.document.clusterDNS;
  const first: unknown = Array.isArray(dns) ? dns[0] : undefined;
  const ip = typeof first === 'string' ? ipOf(first) : undefined;
  const expected = cidrAddressAt(primary, DNS_INDEX);
  if (!ip || !expected || ipEquals(ip, expected)) return [];
  return [
    makeIssue(
      'cluster_dns_mismatch',
      { file: kubelet.file, document: kubelet.index, path: 'clusterDNS.0' },
      { value: formatIp(ip), expected: formatIp(expected) },
    ),
  ];
}

/**
 * kube_proxy_cluster_cidr: kubeadm compares the text of clusterCIDR with podSubnet and warns
 * when they differ (RULES.md §9).
 */
export function checkKubeProxyClusterCidr(view: ClusterView): Issue[] {
  const podSubnet = view.settings?.podSubnet;
  const file = initFile(view);
  const proxy = file ? firstOfKind(file, 'KubeProxyConfiguration') : undefined;
  if (podSubnet === undefined || !proxy) return [];
  const value = proxy.document.clusterCIDR;
  if (!isSet(value) || value === podSubnet) return [];
  return [
    makeIssue(
      'kube_proxy_cluster_cidr',
      { file: proxy.file, document: proxy.index, path: 'clusterCIDR' },
      { value, recommended: podSubnet },
    ),
  ];
}

function initFile(view: ClusterView): FileView | undefined {
  const name = view.settings?.file;
  return view.files.find((f) => f.name === name && f.role === 'init');
}
