import { cidrContains, formatCidr, formatIp } from '../../net/index.ts';
import { IP_FAMILIES, type IpAddress, type IpFamily } from '../../net/types.ts';
import { textSizeProblem } from '../configFiles.ts';
import { readYamlData } from '../decode/read.ts';
import { makeIssue, type Issue } from '../issues.ts';
import { ipOf } from '../rules/documents/addresses.ts';
import type { ClusterRanges } from './config.ts';
import { listedObjects, objectName, recordAt, stringAt } from './objects.ts';

/** One pod as `kubectl get pods` shows it: its node, its IPs, and whether it uses the host's network. */
interface PodEntry {
  name: string;
  node: string;
  /** `items.<index>` in a List; empty for a lone Pod and for a table row. */
  path: string;
  /** spec.hostNetwork; unknown in a table. */
  hostNetwork: boolean | undefined;
  ips: IpAddress[];
}

/** The pods of one node, counted: all, host network ones, and the others with an IP of each family. */
export interface PodNodeSummary {
  node: string;
  pods: number;
  hostNetwork: number;
  withIp: Record<IpFamily, number>;
}

/**
 * What the pods say per node. From a `-o wide` table only each pod's first IP is known, so a
 * missing second family cannot be told apart from the table's one column (`source: 'table'`).
 */
export interface PodsReport {
  source: 'json' | 'table';
  nodes: PodNodeSummary[];
}

/** The cluster facts the pods are judged against. */
export interface PodContext {
  families: readonly IpFamily[];
  ranges?: ClusterRanges | undefined;
  /** Every node's InternalIPs, formatted: a pod with one of them runs in the host's network. */
  nodeIps: ReadonlySet<string>;
}

const UNSCHEDULED = '';

/** A `kubectl get pods -o wide` header: NAME … IP … NODE (NAMESPACE first with -A). */
const TABLE_HEADER = /^(NAMESPACE\s+)?NAME\s+READY\s+STATUS\b/;

/**
 * Reads `kubectl get pods -A -o wide` (the table) or `-o json|yaml` (a List of Pod, or one Pod);
 * never throws: problems, limits and wrong objects become issues.
 */
export function readPods(
  file: string,
  text: string,
): { source: PodsReport['source']; pods: PodEntry[]; issues: Issue[] } {
  const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
  if (TABLE_HEADER.test(firstLine) && !text.includes('\u0000')) {
    const tooLarge = textSizeProblem(file, text);
    if (tooLarge) return { source: 'table', pods: [], issues: [tooLarge] };
    return { source: 'table', ...readTable(file, text) };
  }
  const read = readYamlData(file, text);
  const issues = [...read.issues];
  const [first] = read.documents;
  if (!first && read.issues.length === 0) {
    issues.push(makeIssue('required', { file, path: '' }, { field: '' }));
  }
  const objects = first ? listedObjects(file, first.data, 'Pod', issues) : [];
  const pods = objects.map(({ item, index, prefix }): PodEntry => {
    const spec = recordAt(item, 'spec');
    const status = recordAt(item, 'status');
    // status.podIPs lists one IP per family, the first equal to status.podIP (older objects: only podIP).
    const listed = Array.isArray(status.podIPs) ? status.podIPs : [];
    const texts = listed.flatMap((entry: unknown) =>
      typeof entry === 'object' && entry !== null && 'ip' in entry && typeof entry.ip === 'string'
        ? [entry.ip]
        : [],
    );
    if (texts.length === 0 && stringAt(status, 'podIP')) texts.push(stringAt(status, 'podIP'));
    return {
      name: objectName(item, index),
      node: stringAt(spec, 'nodeName'),
      path: prefix ? prefix.slice(0, -1) : '',
      hostNetwork: spec.hostNetwork === true,
      ips: uniqueIps(texts),
    };
  });
  return { source: 'json', pods, issues };
}

function uniqueIps(texts: readonly string[]): IpAddress[] {
  const seen = new Map<string, IpAddress>();
  for (const text of texts) {
    const ip = ipOf(text.trim());
    if (ip) seen.set(formatIp(ip), ip);
  }
  return [...seen.values()];
}

/**
 * The table kubectl prints: columns start where their header starts (kubectl pads with spaces), a
 * header may hold one space (`NOMINATED NODE`); tab-separated rows (a terminal's copy) are split on tabs.
 */
function readTable(file: string, text: string): { pods: PodEntry[]; issues: Issue[] } {
  const lines = text.replace(/\r\n?/g, '\n').trimStart().split('\n');
  const header = lines[0] ?? '';
  const columns = [...header.matchAll(/\S+(?: \S+)*/g)].map((m) => ({
    name: m[0],
    start: m.index,
  }));
  const at = (name: string) => columns.findIndex((c) => c.name === name);
  const [ns, name, ip, node] = [at('NAMESPACE'), at('NAME'), at('IP'), at('NODE')];
  if (ip < 0 || node < 0) {
    const params = { expected: 'PodList', found: '', reason: 'not_wide' } as const;
    return { pods: [], issues: [makeIssue('wrong_object', { file, path: '' }, params)] };
  }
  const pods: PodEntry[] = [];
  lines.slice(1).forEach((line) => {
    if (!line.trim()) return;
    const cells = line.includes('\t')
      ? line.split(/\t+/).map((c) => c.trim())
      : columns.map((c, k) => line.slice(c.start, columns[k + 1]?.start ?? line.length).trim());
    const cell = (k: number) => (k < 0 ? '' : (cells[k] ?? ''));
    const podName = cell(name);
    const nodeName = cell(node);
    pods.push({
      name: cell(ns) ? `${cell(ns)}/${podName}` : podName,
      node: nodeName === '<none>' ? UNSCHEDULED : nodeName,
      path: '',
      hostNetwork: undefined,
      ips: cell(ip) === '<none>' ? [] : uniqueIps([cell(ip)]),
    });
  });
  return { pods, issues: [] };
}

/** Per node (in the order the pods name them) how many pods, and the findings about their IPs. */
export function podFindings(
  file: string,
  source: PodsReport['source'],
  pods: readonly PodEntry[],
  context: PodContext,
): { report: PodsReport; issues: Issue[] } {
  const byNode = new Map<string, PodEntry[]>();
  for (const pod of pods) byNode.set(pod.node, [...(byNode.get(pod.node) ?? []), pod]);
  const nodes: PodNodeSummary[] = [];
  const issues: Issue[] = [];
  for (const [node, entries] of byNode) {
    const inHost = (p: PodEntry) =>
      p.hostNetwork === true || p.ips.some((ip) => context.nodeIps.has(formatIp(ip)));
    const own = entries.filter((p) => !inHost(p) && p.ips.length > 0);
    const has = (p: PodEntry, f: IpFamily) => p.ips.some((ip) => ip.family === f);
    nodes.push({
      node,
      pods: entries.length,
      hostNetwork: entries.filter(inHost).length,
      withIp: {
        ipv4: own.filter((p) => has(p, 'ipv4')).length,
        ipv6: own.filter((p) => has(p, 'ipv6')).length,
      },
    });
    const shownNode = node || '—';
    const ranges = context.ranges;
    if (ranges) {
      // Only families the cluster has: an address of another family is the CNI's own, unused by Services.
      const known = new Set(ranges.pods.map((c) => c.family));
      const outside = own.flatMap((p) =>
        p.ips
          .filter((ip) => known.has(ip.family) && !ranges.pods.some((c) => cidrContains(c, ip)))
          .map((ip) => ({ p, ip })),
      );
      const [example] = outside;
      if (example) {
        issues.push(
          makeIssue(
            'pod_ip_outside',
            { file, path: example.p.path },
            {
              node: shownNode,
              count: new Set(outside.map((o) => o.p)).size,
              pod: example.p.name,
              ip: formatIp(example.ip),
              podSubnets: ranges.pods.map(formatCidr).join(', '),
            },
          ),
        );
      }
    }
    // Only JSON lists every family of a pod; the table shows the first IP alone.
    if (source !== 'json' || context.families.length < 2) continue;
    for (const family of IP_FAMILIES.filter((f) => context.families.includes(f))) {
      const lacking = own.filter((p) => !has(p, family));
      const [example] = lacking;
      if (!example) continue;
      issues.push(
        makeIssue(
          'pod_family_missing',
          { file, path: example.path },
          {
            node: shownNode,
            family,
            count: lacking.length,
            total: own.length,
          },
        ),
      );
    }
  }
  return { report: { source, nodes }, issues };
}
