import type { FieldPathByValue } from 'react-hook-form';
import { stackFamilies, type ClusterPlan, type IpFamily } from '../../domain/index.ts';
import { uiText } from '../text/en.ts';

/** A plan field that holds text (what one input edits). */
export type PlanFieldPath = FieldPathByValue<ClusterPlan, string>;

export type StepId = 'cluster' | 'networking' | 'controlPlane' | 'review';

export const STEP_IDS: readonly StepId[] = ['cluster', 'networking', 'controlPlane', 'review'];

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
    case 'review':
      return [];
  }
}

/** The step that shows a field, for links from an issue to its field. */
export function stepOfField(path: string): StepId | undefined {
  if (path.startsWith('networking.')) return 'networking';
  if (path.startsWith('nodes.0.')) return 'controlPlane';
  const top = path.split('.')[0] ?? '';
  return CLUSTER_FIELDS.includes(top) ? 'cluster' : undefined;
}

/** The input a field path focuses (list entries focus their list's input). */
export function focusTarget(path: string): string {
  return path.startsWith('certSANs.') ? 'certSANs' : path;
}

/** The visible label of a field, for "Go to …" links. */
export function fieldLabel(path: string): string {
  const [first, second, third] = path.split('.');
  const fam = (third === 'ipv4' || third === 'ipv6' ? familyName(third) : '') as string;
  if (first === 'networking') {
    if (second === 'podSubnet') return uiText.networking.podSubnet(fam);
    if (second === 'serviceSubnet') return uiText.networking.serviceSubnet(fam);
    if (second === 'nodeMask') return uiText.networking.nodeMask(fam);
    if (second === 'dnsDomain') return uiText.networking.dnsDomain;
    return uiText.networking.stack;
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
