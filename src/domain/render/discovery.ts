import { KUBEADM_DEFAULTS } from '../kubeadm/documents.ts';
import type { ClusterPlan } from '../plan/plan.ts';
import { endpointWithPort, joinHostPort } from './addresses.ts';
import { initNodeIndex, resolveAdvertiseAddress, resolveBindPort } from './nodes.ts';

/**
 * The `host:port` joining nodes dial, with the plan fields it comes from: the plan's discovery
 * endpoint, else the controlPlaneEndpoint (with the init node's bind port appended when it has no
 * port, RULES §12), else the init node's advertise address and bind port; undefined when none.
 */
export function discoveryEndpoint(
  plan: ClusterPlan,
): { value: string; fields: string[] } | undefined {
  const explicit = plan.discovery.apiServerEndpoint.trim();
  if (explicit !== '') return { value: explicit, fields: ['discovery.apiServerEndpoint'] };
  const initIndex = initNodeIndex(plan);
  const initNode = plan.nodes[initIndex];
  const port = initNode ? resolveBindPort(initNode) : KUBEADM_DEFAULTS.bindPort;
  const portField = initNode ? [`nodes.${initIndex}.bindPort`] : [];
  const endpoint = plan.controlPlaneEndpoint.trim();
  if (endpoint !== '') {
    const value = endpointWithPort(endpoint, port);
    const fields = ['controlPlaneEndpoint'];
    return { value, fields: value === endpoint ? fields : [...fields, ...portField] };
  }
  const advertise = resolveAdvertiseAddress(plan, initIndex);
  if (!advertise) return undefined;
  return { value: joinHostPort(advertise.value, port), fields: [advertise.field, ...portField] };
}
