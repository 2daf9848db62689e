import type { Arg, ClusterConfiguration } from '../../../kubeadm/documents.ts';
import { lastArgValue } from '../../../kubeadm/wire.ts';
import { atEntry, type Issue } from '../../issues.ts';
import {
  checkCidrList,
  checkDnsDomain,
  checkPodSubnetKcmNodeMasks,
  checkPodSubnetNodeMasks,
  kcmNodeMasks,
  nodeMasksFromArgs,
} from '../fields/index.ts';
import { isPresent, isSet, issueAt, placeAt, type DocumentContext } from './context.ts';

const CM_ARGS = 'controllerManager.extraArgs';

/** Checks ClusterConfiguration.networking, with the pod subnet against the KCM node masks. */
export function checkNetworking(doc: ClusterConfiguration, ctx: DocumentContext): Issue[] {
  const net = doc.networking;
  const cmArgs = doc.controllerManager?.extraArgs;
  const issues: Issue[] = [];
  if (isPresent(net) && isSet(net.serviceSubnet)) {
    const service = checkCidrList(net.serviceSubnet, 'service');
    issues.push(...placeAt(service.issues, ctx, 'networking.serviceSubnet'));
  }
  if (isPresent(net) && isSet(net.podSubnet)) {
    issues.push(...checkPodSubnet(net.podSubnet, cmArgs, ctx));
  } else if (
    lastArgValue(cmArgs, 'allocate-node-cidrs') === 'true' &&
    !isSet(lastArgValue(cmArgs, 'cluster-cidr'))
  ) {
    // KCM refuses to allocate node CIDRs without a cluster CIDR (RULES.md §8).
    issues.push(
      issueAt('required', ctx, 'networking.podSubnet', { field: 'networking.podSubnet' }),
    );
  }
  if (isPresent(net) && isSet(net.dnsDomain)) {
    issues.push(...placeAt(checkDnsDomain(net.dnsDomain), ctx, 'networking.dnsDomain'));
  }
  return issues;
}

function checkPodSubnet(value: string, cmArgs: Arg[] | undefined, ctx: DocumentContext): Issue[] {
  const list = checkCidrList(value, 'pod');
  const issues = placeAt(list.issues, ctx, 'networking.podSubnet');
  // kubeadm skips the node-mask check only when node CIDR allocation is off (RULES.md §4).
  if (lastArgValue(cmArgs, 'allocate-node-cidrs') === 'false') return issues;
  const args = Array.isArray(cmArgs) ? cmArgs : [];
  const families = list.cidrs.map((cidr) => cidr.family);
  const masks = nodeMasksFromArgs(args, families);
  const kcm = kcmNodeMasks(args, families);
  issues.push(...placeMaskIssues(masks.issues, ctx));
  list.cidrs.forEach((cidr, i) => {
    // kubeadm's check, then KCM's with the mask KCM uses when that differs (the legacy flag).
    const kubeadm = checkPodSubnetNodeMasks([cidr], masks.masks);
    const own =
      kcm[cidr.family] === masks.masks[cidr.family] ? [] : checkPodSubnetKcmNodeMasks([cidr], kcm);
    const found = atEntry(strictestPerCode([...kubeadm, ...own]), list.entries[i] ?? i);
    issues.push(...placeAt(found, ctx, 'networking.podSubnet'));
  });
  return issues;
}

/**
 * One issue per code when kubeadm and KCM both refuse a pod subnet: the one whose fix satisfies
 * both, i.e. the shorter node mask for "smaller than", the longer one for "difference too large".
 */
function strictestPerCode(issues: readonly Issue[]): Issue[] {
  const kept = new Map<string, Issue>();
  for (const found of issues) {
    const before = kept.get(found.code);
    if (!before || stricter(found, before)) kept.set(found.code, found);
  }
  return [...kept.values()];
}

function stricter(a: Issue, b: Issue): boolean {
  if (a.code === 'pod_subnet_smaller_than_node_mask' && b.code === a.code) {
    return a.params.nodeMask < b.params.nodeMask;
  }
  if (a.code === 'node_mask_difference_too_large' && b.code === a.code) {
    return a.params.nodeMask > b.params.nodeMask;
  }
  return false;
}

/** Mask flag issues belong on the flag's own path (`controllerManager.extraArgs.<flag>`). */
function placeMaskIssues(issues: readonly Issue[], ctx: DocumentContext): Issue[] {
  return issues.flatMap((issue) => {
    const flag = issue.code === 'node_mask_invalid' ? issue.params.flag.replace(/^-+/, '') : '';
    const prefix = issue.path === '' && flag !== '' ? `${CM_ARGS}.${flag}` : CM_ARGS;
    return placeAt([issue], ctx, prefix);
  });
}
