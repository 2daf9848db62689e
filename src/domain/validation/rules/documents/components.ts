import type { KubeletConfiguration, KubeProxyConfiguration } from '../../../kubeadm/documents.ts';
import { atEntry, type Issue } from '../../issues.ts';
import { checkDnsDomain } from '../fields/index.ts';
import { cidrOf, ipOf } from './addresses.ts';
import { isSet, issueAt, placeAt, type DocumentContext } from './context.ts';

/**
 * Checks a KubeletConfiguration's networking fields. kubeadm does not validate component
 * configs (RULES.md §9), so these are kubelet's own start-up checks.
 */
export function checkKubeletConfiguration(
  doc: KubeletConfiguration,
  ctx: DocumentContext,
): Issue[] {
  const issues: Issue[] = [];
  if (Array.isArray(doc.clusterDNS)) {
    doc.clusterDNS.forEach((value: unknown, i) => {
      issues.push(...checkPlainIp(value, ctx, `clusterDNS.${i}`));
    });
  }
  if (isSet(doc.clusterDomain)) {
    issues.push(...placeAt(checkDnsDomain(doc.clusterDomain), ctx, 'clusterDomain'));
  }
  return issues;
}

/** Checks a KubeProxyConfiguration's clusterCIDR list and bindAddress, as kube-proxy does (RULES.md §9). */
export function checkKubeProxyConfiguration(
  doc: KubeProxyConfiguration,
  ctx: DocumentContext,
): Issue[] {
  const issues: Issue[] = [];
  // An empty clusterCIDR is filled by kubeadm from podSubnet.
  if (isSet(doc.clusterCIDR)) issues.push(...checkClusterCidrs(doc.clusterCIDR, ctx));
  if (isSet(doc.bindAddress)) issues.push(...checkPlainIp(doc.bindAddress, ctx, 'bindAddress'));
  return issues;
}

/** kube-proxy splits the list on commas and parses each entry; it has no size rules. */
function checkClusterCidrs(value: string, ctx: DocumentContext): Issue[] {
  const entries = value.split(',');
  const cidrs = entries.map((entry) => cidrOf(entry));
  const issues: Issue[] = [];
  entries.forEach((entry, i) => {
    if (cidrs[i] === undefined) {
      issues.push(...atEntry([issueAt('cidr_syntax', ctx, 'clusterCIDR', { value: entry })], i));
    }
  });
  if (entries.length > 2) {
    issues.push(issueAt('subnet_list', ctx, 'clusterCIDR', { value, reason: 'too_many' }));
  } else if (cidrs.length === 2 && cidrs[0] && cidrs[1] && cidrs[0].family === cidrs[1].family) {
    issues.push(issueAt('subnet_list', ctx, 'clusterCIDR', { value, reason: 'same_family' }));
  }
  return issues;
}

function checkPlainIp(value: unknown, ctx: DocumentContext, path: string): Issue[] {
  const text = textOf(value);
  return ipOf(text) === undefined ? [issueAt('ip_syntax', ctx, path, { value: text })] : [];
}

/** Text for any decoded value, without ever throwing (an object may have no prototype). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return value === null ? 'null' : typeof value;
}
