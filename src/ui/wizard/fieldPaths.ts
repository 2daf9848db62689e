import type { FieldPathByValue } from 'react-hook-form';
import { stackFamilies, type ClusterPlan, type IpFamily, type StepId } from '../../domain/core.ts';
export { STEP_IDS, type StepId } from '../../domain/core.ts';
import type { UiText } from '../text/en.ts';

/** A plan field that holds text (what one input edits). */
export type PlanFieldPath = FieldPathByValue<ClusterPlan, string>;

/** The fields of one joining node's row, for the plan's stack. */
export function nodeRowFields(plan: ClusterPlan, index: number): string[] {
  const node = plan.nodes[index];
  const families = stackFamilies(plan.networking.stack);
  const fields = [
    `nodes.${index}.name`,
    `nodes.${index}.role`,
    ...families.map((f) => `nodes.${index}.ips.${f}`),
  ];
  if (node?.role === 'control-plane')
    fields.push(`nodes.${index}.advertiseAddress`, `nodes.${index}.bindPort`);
  return fields;
}

export const familyName = (family: IpFamily) => (family === 'ipv4' ? 'IPv4' : 'IPv6');

const CLUSTER_FIELDS = [
  'kubernetesVersion',
  'apiVersion',
  'clusterName',
  'controlPlaneEndpoint',
  'certSANs',
  'criSocket',
];

/** The fields a step validates on Next, for the plan's current stack (in screen order). */
export function stepFields(step: StepId, plan: ClusterPlan): string[] {
  const families = stackFamilies(plan.networking.stack);
  switch (step) {
    case 'cluster':
      return [
        'kubernetesVersion',
        'apiVersion',
        'clusterName',
        'controlPlaneEndpoint',
        'certSANs',
        'criSocket',
      ];
    case 'networking':
      return [
        'networking.stack',
        ...families.flatMap((f) => [`networking.podSubnet.${f}`, `networking.serviceSubnet.${f}`]),
        ...families.map((f) => `networking.nodeMask.${f}`),
        'networking.dnsDomain',
      ];
    case 'controlPlane':
      return [
        'nodes.0.name',
        'nodes.0.advertiseAddress',
        'nodes.0.bindPort',
        ...families.map((f) => `nodes.0.ips.${f}`),
      ];
    case 'nodes':
      return plan.nodes.flatMap((_, i) => (i === 0 ? [] : nodeRowFields(plan, i)));
    case 'discovery':
      return [
        'discovery.apiServerEndpoint',
        'discovery.token',
        'discovery.tokenTtl',
        'discovery.caCertHashes',
        'discovery.certificateKey',
      ];
    case 'review':
      return [];
  }
}

/** The step that shows a field, for links from an issue to its field. */
export function stepOfField(path: string): StepId | undefined {
  if (path.startsWith('networking.')) return 'networking';
  if (path.startsWith('nodes.0.')) return 'controlPlane';
  if (/^nodes\.\d+\./.test(path)) return 'nodes';
  if (path.startsWith('discovery.')) return 'discovery';
  const top = path.split('.')[0] ?? '';
  return CLUSTER_FIELDS.includes(top) ? 'cluster' : undefined;
}

/** The input a field path focuses (list entries focus their list's input). */
export function focusTarget(path: string): string {
  if (path.startsWith('certSANs.')) return 'certSANs';
  if (path.startsWith('discovery.caCertHashes.')) return 'discovery.caCertHashes';
  return path;
}

/** The visible label of a field, for "Go to …" links. */
export function fieldLabel(path: string, uiText: UiText): string {
  const [first, second, third] = path.split('.');
  const fam = (third === 'ipv4' || third === 'ipv6' ? familyName(third) : '') as string;
  if (first === 'networking') {
    if (second === 'podSubnet') return uiText.networking.podSubnet(fam);
    if (second === 'serviceSubnet') return uiText.networking.serviceSubnet(fam);
    if (second === 'nodeMask') return uiText.networking.nodeMask(fam);
    if (second === 'dnsDomain') return uiText.networking.dnsDomain;
    return uiText.networking.stack;
  }
  if (first === 'nodes' && second !== '0') {
    const row = Number(second) + 1;
    const family = path.split('.')[3];
    if (third === 'ips')
      return uiText.nodes.cell(row, uiText.nodes.ip(family === 'ipv6' ? 'IPv6' : 'IPv4'));
    const column = {
      name: uiText.nodes.name,
      role: uiText.nodes.role,
      advertiseAddress: uiText.nodes.advertise,
      bindPort: uiText.nodes.bindPort,
    }[third ?? 'name'];
    return uiText.nodes.cell(row, column ?? uiText.nodes.name);
  }
  if (first === 'discovery') {
    const labels: Record<string, string> = {
      apiServerEndpoint: uiText.discovery.endpoint,
      token: uiText.discovery.token,
      tokenTtl: uiText.discovery.tokenTtl,
      caCertHashes: uiText.discovery.caCertHashes,
      certificateKey: uiText.discovery.certificateKey,
    };
    return labels[second ?? ''] ?? path;
  }
  if (first === 'nodes') {
    if (third === 'ips') {
      const family = path.split('.')[3];
      return uiText.controlPlane.nodeIp(family === 'ipv6' ? 'IPv6' : 'IPv4');
    }
    if (third === 'advertiseAddress') return uiText.controlPlane.advertiseAddress;
    if (third === 'bindPort') return uiText.controlPlane.bindPort;
    return uiText.controlPlane.name;
  }
  const labels: Record<string, string> = {
    kubernetesVersion: uiText.cluster.kubernetesVersion,
    apiVersion: uiText.cluster.apiVersion,
    clusterName: uiText.cluster.clusterName,
    controlPlaneEndpoint: uiText.cluster.controlPlaneEndpoint,
    certSANs: uiText.cluster.certSANs,
    criSocket: uiText.cluster.criSocket,
  };
  return labels[first ?? ''] ?? path;
}
