import type { Arg, ClusterConfiguration } from '../../../kubeadm/documents.ts';
import { lastArgValue } from '../../../kubeadm/wire.ts';
import { atEntry, type Issue } from '../../issues.ts';
import {
  checkCidrList,
  checkDnsDomain,
  checkPodSubnetNodeMasks,
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
  const masks = nodeMasksFromArgs(
    Array.isArray(cmArgs) ? cmArgs : [],
    list.cidrs.map((cidr) => cidr.family),
  );
  issues.push(...placeMaskIssues(masks.issues, ctx));
  list.cidrs.forEach((cidr, i) => {
    const found = atEntry(checkPodSubnetNodeMasks([cidr], masks.masks), list.entries[i] ?? i);
    issues.push(...placeAt(found, ctx, 'networking.podSubnet'));
  });
  return issues;
}

/** Mask flag issues belong on the flag's own path (`controllerManager.extraArgs.<flag>`). */
function placeMaskIssues(issues: readonly Issue[], ctx: DocumentContext): Issue[] {
  return issues.flatMap((issue) => {
    const flag = issue.code === 'node_mask_invalid' ? issue.params.flag.replace(/^-+/, '') : '';
    const prefix = issue.path === '' && flag !== '' ? `${CM_ARGS}.${flag}` : CM_ARGS;
    return placeAt([issue], ctx, prefix);
  });
}
