import { formatCidr } from '../net/cidr.ts';
import { ulaPrefixFromRandom } from '../net/special.ts';
import type { Cidr } from '../net/types.ts';

/** A private IPv6 prefix and the pod and service subnets carved from it, as canonical text. */
export interface UlaSuggestion {
  /** The RFC 4193 /48. */
  prefix: string;
  /** The /48's first /56: 256 node blocks at KCM's default /64 node mask. */
  podSubnet: string;
  /** A /112 (65536 Service IPs) in the /48's second /56, so it never overlaps the pods. */
  serviceSubnet: string;
}

const POD_PREFIX = 56;
const SERVICE_PREFIX = 112;
/** Subnet ID 0x0100 in the fourth group: the first /64 of the second /56 (`…:100::`). */
const SERVICE_OFFSET = 0x100n << 64n;

/**
 * Pod and service subnets inside a fresh ULA /48 built from the first 5 of `randomBytes` (the
 * caller supplies them, e.g. from crypto.getRandomValues); throws a RangeError on fewer than 5.
 */
export function suggestUlaSubnets(randomBytes: Uint8Array): UlaSuggestion {
  const ula = ulaPrefixFromRandom(randomBytes);
  const pod: Cidr = { family: 'ipv6', network: ula.network, prefix: POD_PREFIX };
  const service: Cidr = {
    family: 'ipv6',
    network: ula.network | SERVICE_OFFSET,
    prefix: SERVICE_PREFIX,
  };
  return {
    prefix: formatCidr(ula),
    podSubnet: formatCidr(pod),
    serviceSubnet: formatCidr(service),
  };
}
