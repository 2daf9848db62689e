import { KUBEADM_DEFAULTS } from '../kubeadm/documents.ts';
import type { Discovery } from '../kubeadm/documents.ts';
import type { ClusterPlan } from '../plan/plan.ts';
import { endpointWithPort, joinHostPort } from './addresses.ts';
import { initNodeIndex, resolveAdvertiseAddress, resolveBindPort } from './nodes.ts';
import { prefixSources, source } from './sources.ts';
import type { Built, LocalSource } from './sources.ts';

/**
 * The `host:port` joining nodes dial, with the plan fields it comes from: the plan's discovery
 * endpoint, else the controlPlaneEndpoint (with the init node's bind port appended when it has no
 * port, RULES §12), else the init node's advertise address and bind port; undefined when none.
 */
export function discoveryEndpoint(
  plan: ClusterPlan,
): { value: string; sources: LocalSource[] } | undefined {
  const path = 'apiServerEndpoint';
  const explicit = plan.discovery.apiServerEndpoint.trim();
  if (explicit !== '') {
    return { value: explicit, sources: [source(path, 'discovery.apiServerEndpoint')] };
  }
  const initIndex = initNodeIndex(plan);
  const initNode = plan.nodes[initIndex];
  const port = initNode ? resolveBindPort(initNode) : KUBEADM_DEFAULTS.bindPort;
  const portSource = initNode ? [source(path, `nodes.${initIndex}.bindPort`)] : [];
  const endpoint = plan.controlPlaneEndpoint.trim();
  if (endpoint !== '') {
    const value = endpointWithPort(endpoint, port);
    const sources = [source(path, 'controlPlaneEndpoint')];
    return { value, sources: value === endpoint ? sources : [...sources, ...portSource] };
  }
  const advertise = resolveAdvertiseAddress(plan, initIndex);
  if (!advertise) return undefined;
  return {
    value: joinHostPort(advertise.value, port),
    sources: [source(path, advertise.field), ...portSource],
  };
}

/** JoinConfiguration.discovery with a bootstrap token: only the values the plan sets. */
export function buildDiscovery(plan: ClusterPlan): Built<Discovery> {
  const token: NonNullable<Discovery['bootstrapToken']> = {};
  const sources: LocalSource[] = [];
  const endpoint = discoveryEndpoint(plan);
  if (endpoint) {
    token.apiServerEndpoint = endpoint.value;
    sources.push(...endpoint.sources);
  }
  if (plan.discovery.token.trim() !== '') {
    token.token = plan.discovery.token.trim();
    sources.push(source('token', 'discovery.token'));
  }
  const hashes: string[] = [];
  plan.discovery.caCertHashes.forEach((hash, i) => {
    if (hash.trim() === '') return;
    sources.push(source(`caCertHashes.${hashes.length}`, `discovery.caCertHashes.${i}`));
    hashes.push(hash.trim());
  });
  if (hashes.length > 0) token.caCertHashes = hashes;
  if (plan.discovery.unsafeSkipCAVerification) {
    token.unsafeSkipCAVerification = true;
    sources.push(source('unsafeSkipCAVerification', 'discovery.unsafeSkipCAVerification'));
  }
  return {
    document: { bootstrapToken: token },
    sources: prefixSources('bootstrapToken', sources),
  };
}
