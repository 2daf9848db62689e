import type { ApiEndpoint, NodeRegistration } from '../../../kubeadm/documents.ts';
import { NODE_IP_ARG, NODE_IP_PATH } from '../../../kubeadm/flags.ts';
import { lastArgValue } from '../../../kubeadm/wire.ts';
import type { Issue } from '../../issues.ts';
import {
  checkCriSocket,
  checkExtraArgs,
  checkIgnorePreflightErrors,
  checkImagePullPolicy,
  checkIp,
  checkNodeIpList,
  checkNodeName,
  checkPort,
} from '../fields/index.ts';
import { isPresent, isSet, placeAt, type DocumentContext } from './context.ts';

/** Checks the nodeRegistration block shared by InitConfiguration and JoinConfiguration. */
export function checkNodeRegistration(
  registration: NodeRegistration | undefined,
  ctx: DocumentContext,
): Issue[] {
  if (!isPresent(registration)) return [];
  const issues: Issue[] = [];
  // An absent name means the host name; only a present one is checked (RULES.md §16).
  if (registration.name !== undefined) {
    issues.push(...placeAt(checkNodeName(registration.name), ctx, 'nodeRegistration.name'));
  }
  if (registration.criSocket !== undefined) {
    issues.push(
      ...placeAt(checkCriSocket(registration.criSocket), ctx, 'nodeRegistration.criSocket'),
    );
  }
  if (registration.imagePullPolicy !== undefined) {
    issues.push(
      ...placeAt(
        checkImagePullPolicy(registration.imagePullPolicy),
        ctx,
        'nodeRegistration.imagePullPolicy',
      ),
    );
  }
  // Checked with an empty --ignore-preflight-errors: a config file goes with `--config` alone.
  if (Array.isArray(registration.ignorePreflightErrors)) {
    const ignored = checkIgnorePreflightErrors(registration.ignorePreflightErrors);
    issues.push(...placeAt(ignored.issues, ctx, 'nodeRegistration.ignorePreflightErrors'));
  }
  const args = registration.kubeletExtraArgs;
  if (Array.isArray(args)) {
    issues.push(
      ...placeAt(checkExtraArgs(args, 'kubelet'), ctx, 'nodeRegistration.kubeletExtraArgs'),
    );
    // kubeadm copies node-ip to kubelet untouched; an empty value leaves kubelet to detect it.
    const nodeIp = lastArgValue(args, NODE_IP_ARG);
    if (isSet(nodeIp)) issues.push(...placeAt(checkNodeIpList(nodeIp).issues, ctx, NODE_IP_PATH));
  }
  return issues;
}

/** Checks a localAPIEndpoint (InitConfiguration, or JoinConfiguration.controlPlane) at `prefix`. */
export function checkApiEndpoint(
  endpoint: ApiEndpoint | undefined,
  ctx: DocumentContext,
  prefix: string,
): Issue[] {
  if (!isPresent(endpoint)) return [];
  const issues: Issue[] = [];
  // Empty means "the default-route address" (RULES.md §11).
  if (isSet(endpoint.advertiseAddress)) {
    const advertise = checkIp(endpoint.advertiseAddress, 'advertise');
    issues.push(...placeAt(advertise.issues, ctx, `${prefix}.advertiseAddress`));
  }
  // kubeadm replaces a bindPort of 0 by 6443 before validating (RULES.md §2).
  if (endpoint.bindPort !== undefined && endpoint.bindPort !== 0) {
    issues.push(...placeAt(checkPort(endpoint.bindPort), ctx, `${prefix}.bindPort`));
  }
  return issues;
}
