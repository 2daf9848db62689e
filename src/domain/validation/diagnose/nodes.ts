import { cidrContains, cidrContainsCidr, formatCidr, formatIp } from '../../net/index.ts';
import { IP_FAMILIES, type Cidr, type IpAddress, type IpFamily } from '../../net/types.ts';
import { readYamlData } from '../decode/read.ts';
import { cidrOf, ipOf } from '../rules/documents/addresses.ts';
import { makeIssue, type Issue } from '../issues.ts';
import type { NodeView } from '../rules/cluster/view.ts';
import { readClusterRanges, type ClusterRanges } from './config.ts';
import { isRecord } from './objects.ts';
import { podFindings, readPods, type PodsReport } from './pods.ts';
import { readServices, serviceFindings, type ServiceReport } from './services.ts';

/** What one Node object says about its networking, per family. */
export interface NodeReport {
  name: string;
  /** Where the Node sits in the pasted list (`items.<index>`), for issue paths. */
  index: number;
  internalIps: Record<IpFamily, string[]>;
  podCidrs: Record<IpFamily, string[]>;
}

/** The families the cluster has, primary first, and where that was learned. */
export interface ClusterFamilies {
  families: IpFamily[];
  from: 'config' | 'nodes';
}

export interface Diagnosis {
  nodes: NodeReport[];
  cluster: ClusterFamilies;
  /** Per node what its pods' IPs are, when pods were given. */
  pods?: PodsReport;
  /** Each Service's policy and cluster IPs, when Services were given. */
  services?: ServiceReport[];
  issues: Issue[];
}

/** A pasted or read file: its name (for issues) and its text. */
export interface DiagnoseFile {
  name: string;
  text: string;
}

const emptyByFamily = (): Record<IpFamily, string[]> => ({ ipv4: [], ipv6: [] });

/** The Node objects of `kubectl get nodes -o json|yaml` (a List, a NodeList, or one Node). */
function nodeObjects(file: string, data: unknown, issues: Issue[]): unknown[] {
  const kind = isRecord(data) && typeof data.kind === 'string' ? data.kind : '';
  if (kind === 'Node') return [data];
  if ((kind === 'List' || kind === 'NodeList') && isRecord(data) && Array.isArray(data.items)) {
    return data.items;
  }
  issues.push(
    makeIssue('wrong_object', { file, path: '' }, { expected: 'NodeList', found: kind || '—' }),
  );
  return [];
}

/** kubeadm labels a control-plane node with this (no value). */
const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';

/** Reads one Node: its name, InternalIP addresses and pod CIDRs (anything else is ignored). */
function reportOf(file: string, item: unknown, index: number, issues: Issue[]) {
  const path = `items.${index}`;
  if (!isRecord(item) || (item.kind !== undefined && item.kind !== 'Node')) {
    const found = isRecord(item) && typeof item.kind === 'string' ? item.kind : '—';
    issues.push(makeIssue('wrong_object', { file, path }, { expected: 'Node', found }));
    return undefined;
  }
  const metadata = isRecord(item.metadata) ? item.metadata : {};
  const status = isRecord(item.status) ? item.status : {};
  const spec = isRecord(item.spec) ? item.spec : {};
  const report: NodeReport = {
    name: typeof metadata.name === 'string' ? metadata.name : `#${index + 1}`,
    index,
    internalIps: emptyByFamily(),
    podCidrs: emptyByFamily(),
  };
  const labels = isRecord(metadata.labels) ? metadata.labels : {};
  const controlPlane = CONTROL_PLANE_LABEL in labels;
  const ips: IpAddress[] = [];
  for (const address of Array.isArray(status.addresses) ? status.addresses : []) {
    if (!isRecord(address) || address.type !== 'InternalIP') continue;
    const ip = typeof address.address === 'string' ? ipOf(address.address) : undefined;
    if (ip) {
      ips.push(ip);
      report.internalIps[ip.family].push(formatIp(ip));
    }
  }
  // spec.podCIDRs holds every family's range; older objects have only spec.podCIDR.
  const texts = Array.isArray(spec.podCIDRs) ? spec.podCIDRs : [spec.podCIDR];
  const cidrs: Cidr[] = [];
  for (const text of texts) {
    const cidr = typeof text === 'string' ? cidrOf(text) : undefined;
    if (cidr) {
      cidrs.push(cidr);
      report.podCidrs[cidr.family].push(formatCidr(cidr));
    }
  }
  return { report, ips, cidrs, controlPlane, named: typeof metadata.name === 'string' };
}

/**
 * The nodes of `kubectl get nodes -o json` as the cluster rules see nodes, so new join files can
 * be checked against them (their names, addresses, and how many control-plane nodes there are).
 */
export function existingNodes(nodesFile: { name: string; text: string }): {
  nodes: NodeView[];
  issues: Issue[];
} {
  const read = readYamlData(nodesFile.name, nodesFile.text);
  const issues = [...read.issues];
  const [first] = read.documents;
  const items = first ? nodeObjects(nodesFile.name, first.data, issues) : [];
  const nodes = items.flatMap((item, i): NodeView[] => {
    const parsed = reportOf(nodesFile.name, item, i, issues);
    if (!parsed) return [];
    const path = `items.${i}.status.addresses`;
    const entries = parsed.ips.map((ip, entry) => ({ ...ip, entry }));
    return [
      {
        file: nodesFile.name,
        document: 0,
        kind: 'running',
        role: parsed.controlPlane ? 'control-plane' : 'worker',
        ...(parsed.named
          ? { name: { value: parsed.report.name.toLowerCase(), path: `items.${i}.metadata.name` } }
          : {}),
        nodeIps: { path, set: entries.length > 0, entries, valid: entries.length > 0 },
      },
    ];
  });
  return { nodes, issues };
}

/** The cluster's families: the pod subnet's from the config, else every family a node shows. */
function familiesOf(
  ranges: ClusterRanges | undefined,
  nodes: readonly NodeReport[],
): ClusterFamilies {
  if (ranges && ranges.pods.length > 0) {
    return { families: ranges.pods.map((c) => c.family), from: 'config' };
  }
  const seen = IP_FAMILIES.filter((f) =>
    nodes.some((n) => n.internalIps[f].length > 0 || n.podCidrs[f].length > 0),
  );
  const first = nodes.find((n) => IP_FAMILIES.some((f) => n.internalIps[f].length > 0));
  const primary = IP_FAMILIES.find((f) => first && first.internalIps[f].length > 0);
  const families = primary ? [primary, ...seen.filter((f) => f !== primary)] : seen;
  return { families, from: 'nodes' };
}

/**
 * Diagnoses the nodes of a running cluster from `kubectl get nodes -o json` (optionally against
 * the cluster's kubeadm config or its kubeadm-config ConfigMap): per node its InternalIPs and pod
 * CIDRs per family, and what is missing or out of place, each with its likely cause. With
 * `kubectl get pods -A -o wide|json` it adds per node its pods' IPs by family; with Services
 * (`kubectl get svc -A -o yaml`) each one's policy and cluster IPs. Never throws.
 */
export function diagnoseNodes(
  nodesFile: DiagnoseFile,
  configFile?: DiagnoseFile,
  more: { pods?: DiagnoseFile | undefined; services?: DiagnoseFile | undefined } = {},
): Diagnosis {
  const read = readYamlData(nodesFile.name, nodesFile.text);
  const issues = [...read.issues];
  const config = configFile && readClusterRanges(configFile.name, configFile.text);
  if (config) issues.push(...config.issues);
  const [first] = read.documents;
  if (!first && read.issues.length === 0) {
    issues.push(makeIssue('required', { file: nodesFile.name, path: '' }, { field: '' }));
  }
  const parsed = (first ? nodeObjects(nodesFile.name, first.data, issues) : []).flatMap(
    (item, i) => reportOf(nodesFile.name, item, i, issues) ?? [],
  );
  const nodes = parsed.map((p) => p.report);
  const ranges = config?.ranges;
  const cluster = familiesOf(ranges, nodes);
  for (const { report, ips, cidrs } of parsed) {
    issues.push(...nodeFindings(nodesFile.name, report, cluster, ranges, { ips, cidrs }));
  }
  const diagnosis: Diagnosis = { nodes, cluster, issues };
  if (more.pods) {
    const read = readPods(more.pods.name, more.pods.text);
    const nodeIps = new Set(parsed.flatMap((p) => p.ips.map(formatIp)));
    const context = { families: cluster.families, ranges, nodeIps };
    const found = podFindings(more.pods.name, read.source, read.pods, context);
    issues.push(...read.issues, ...found.issues);
    diagnosis.pods = found.report;
  }
  if (more.services) {
    const read = readServices(more.services.name, more.services.text);
    const context = { families: cluster.families, ranges };
    issues.push(...read.issues, ...serviceFindings(more.services.name, read.services, context));
    diagnosis.services = read.services.map((s) => s.report);
  }
  return diagnosis;
}

function nodeFindings(
  file: string,
  node: NodeReport,
  cluster: ClusterFamilies,
  ranges: ClusterRanges | undefined,
  parsed: { ips: IpAddress[]; cidrs: Cidr[] },
): Issue[] {
  const issues: Issue[] = [];
  const at = (suffix: string) => ({ file, path: `items.${node.index}.${suffix}` });
  // Known from the config, a missing family is a fault; inferred from other nodes, a warning.
  const severity = cluster.from === 'config' ? 'error' : 'warning';
  const params = (family: IpFamily) => ({ node: node.name, family, known: cluster.from });
  for (const family of cluster.families) {
    if (node.internalIps[family].length === 0) {
      const p = { ...params(family), what: 'internal_ip' as const };
      issues.push(makeIssue('node_family_missing', at('status.addresses'), p, severity));
    }
    if (node.podCidrs[family].length === 0) {
      const p = { ...params(family), what: 'pod_cidr' as const };
      issues.push(makeIssue('node_family_missing', at('spec.podCIDRs'), p, severity));
    }
  }
  if (!ranges) return issues;
  for (const cidr of parsed.cidrs) {
    const subnet = ranges.pods.find((p) => p.family === cidr.family);
    if (subnet && cidrContainsCidr(subnet, cidr)) continue;
    issues.push(
      makeIssue('pod_cidr_outside', at('spec.podCIDRs'), {
        node: node.name,
        cidr: formatCidr(cidr),
        podSubnet: subnet ? formatCidr(subnet) : '',
      }),
    );
  }
  for (const ip of parsed.ips) {
    const range =
      ranges.pods.find((c) => cidrContains(c, ip)) ??
      ranges.services.find((c) => cidrContains(c, ip));
    if (!range) continue;
    issues.push(
      makeIssue('node_ip_in_cluster_range', at('status.addresses'), {
        ip: formatIp(ip),
        range: formatCidr(range),
        rangeKind: ranges.pods.includes(range) ? 'pod' : 'service',
      }),
    );
  }
  return issues;
}
