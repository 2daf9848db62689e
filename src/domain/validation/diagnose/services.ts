import { cidrContains, formatCidr, formatIp } from '../../net/index.ts';
import type { IpAddress, IpFamily } from '../../net/types.ts';
import { readYamlData } from '../decode/read.ts';
import { makeIssue, type Issue } from '../issues.ts';
import { ipOf } from '../rules/documents/addresses.ts';
import type { ClusterRanges } from './config.ts';
import { listedObjects, objectName, recordAt, stringAt } from './objects.ts';

/** What one Service says about its families. */
export interface ServiceReport {
  /** `namespace/name`. */
  name: string;
  /** spec.type; ClusterIP when absent. */
  type: string;
  /** spec.ipFamilyPolicy, '' when absent (the API server then sets SingleStack). */
  policy: string;
  /** clusterIP None: no cluster IP, DNS names the pods. */
  headless: boolean;
  clusterIps: Record<IpFamily, string[]>;
}

interface ReadService {
  report: ServiceReport;
  /** Where its fields are: `items.<index>.` in a List, '' for one Service. */
  prefix: string;
  ips: IpAddress[];
  /** spec.ipFamilies as families, in order. */
  families: IpFamily[];
}

const FAMILY_NAMES: Readonly<Record<string, IpFamily>> = { IPv4: 'ipv4', IPv6: 'ipv6' };

/** Reads one Service, a List of them (`kubectl get svc -A -o yaml|json`); never throws. */
export function readServices(
  file: string,
  text: string,
): { services: ReadService[]; issues: Issue[] } {
  const read = readYamlData(file, text);
  const issues = [...read.issues];
  const [first] = read.documents;
  if (!first && read.issues.length === 0) {
    issues.push(makeIssue('required', { file, path: '' }, { field: '' }));
  }
  const objects = first ? listedObjects(file, first.data, 'Service', issues) : [];
  const services = objects.map(({ item, index, prefix }): ReadService => {
    const spec = recordAt(item, 'spec');
    const clusterIP = stringAt(spec, 'clusterIP');
    const listed = Array.isArray(spec.clusterIPs) ? spec.clusterIPs : [clusterIP];
    const ips = listed.flatMap((t: unknown) => {
      const ip = typeof t === 'string' ? ipOf(t) : undefined;
      return ip ? [ip] : [];
    });
    const clusterIps: Record<IpFamily, string[]> = { ipv4: [], ipv6: [] };
    for (const ip of ips) clusterIps[ip.family].push(formatIp(ip));
    const families = (Array.isArray(spec.ipFamilies) ? spec.ipFamilies : []).flatMap(
      (f: unknown) => (typeof f === 'string' && FAMILY_NAMES[f] ? [FAMILY_NAMES[f]] : []),
    );
    return {
      report: {
        name: objectName(item, index),
        type: stringAt(spec, 'type') || 'ClusterIP',
        policy: stringAt(spec, 'ipFamilyPolicy'),
        headless: clusterIP === 'None',
        clusterIps,
      },
      prefix,
      ips,
      families,
    };
  });
  return { services, issues };
}

/**
 * On a dual-stack cluster, Services that ask for one family or got one; against the config, cluster
 * IPs outside its service subnets. ExternalName Services (a DNS alias, no cluster IP) and headless
 * ones (clusterIP None) have no cluster IP to judge and get no finding; neither does default/kubernetes
 * for its policy.
 */
export function serviceFindings(
  file: string,
  services: readonly ReadService[],
  context: { families: readonly IpFamily[]; ranges?: ClusterRanges | undefined },
): Issue[] {
  const issues: Issue[] = [];
  const dualStack = context.families.length >= 2;
  for (const { report, prefix, ips, families } of services) {
    if (report.type === 'ExternalName' || report.headless) continue;
    // kube-apiserver creates and reconciles default/kubernetes itself, single-stack of the first
    // service family (dual-stack for it is an open proposal, KEP-2438): nothing for the user to fix.
    const apiServerOwn = report.name === 'default/kubernetes';
    const at = (field: string) => ({ file, path: `${prefix}spec.${field}` });
    const has = new Set<IpFamily>([...ips.map((ip) => ip.family), ...families]);
    // Nothing allocated yet (a manifest): it would get the first family and go without the second.
    const missing =
      has.size === 0 ? context.families[1] : context.families.find((f) => !has.has(f));
    const single = report.policy === '' || report.policy === 'SingleStack';
    if (dualStack && missing && single && !apiServerOwn) {
      issues.push(
        makeIssue('service_single_stack', at('ipFamilyPolicy'), {
          service: report.name,
          policy: report.policy === '' ? 'absent' : 'SingleStack',
          family: missing,
        }),
      );
    }
    const policy = report.policy;
    const wantsBoth = policy === 'PreferDualStack' || policy === 'RequireDualStack';
    // A Service that was never applied has no cluster IPs yet: nothing was allocated to judge.
    if (dualStack && wantsBoth && ips.length === 1) {
      const lacking = context.families.find((f) => f !== ips[0]?.family);
      if (lacking)
        issues.push(
          makeIssue('service_family_missing', at('clusterIPs'), {
            service: report.name,
            policy,
            family: lacking,
          }),
        );
    }
    const ranges = context.ranges;
    if (!ranges) continue;
    // Only families the cluster has a range of (another family's cluster IP cannot have been allocated).
    const known = new Set(ranges.services.map((c) => c.family));
    for (const ip of ips) {
      if (!known.has(ip.family) || ranges.services.some((c) => cidrContains(c, ip))) continue;
      issues.push(
        makeIssue('service_ip_outside', at('clusterIPs'), {
          service: report.name,
          ip: formatIp(ip),
          serviceSubnets: ranges.services.map(formatCidr).join(', '),
        }),
      );
    }
  }
  return issues;
}
