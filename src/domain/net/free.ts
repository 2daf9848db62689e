import { cidrContains, cidrsOverlap } from './cidr.ts';
import { familyBits } from './ip.ts';
import type { Cidr, IpAddress } from './types.ts';

/** How many candidate blocks each direction looks at before giving up. */
const MAX_TRIES = 4096;

/**
 * The first block of `prefix` bits that overlaps none of `avoid` and holds none of `ips`: the
 * blocks right after `after` first, then the ones right before it; undefined when none is free
 * within a few thousand blocks or the family's space ends.
 */
export function cidrFreeBlockNear(
  after: Cidr,
  prefix: number,
  avoid: readonly Cidr[],
  ips: readonly IpAddress[],
): Cidr | undefined {
  const family = after.family;
  const bits = BigInt(familyBits(family));
  const size = 1n << (bits - BigInt(prefix));
  const space = 1n << bits;
  const afterSize = 1n << (bits - BigInt(after.prefix));
  const isFree = (network: bigint) => {
    const block: Cidr = { family, network, prefix };
    return (
      avoid.every((c) => c.family !== family || !cidrsOverlap(c, block)) &&
      ips.every((ip) => ip.family !== family || !cidrContains(block, ip))
    );
  };
  // The first aligned block at or after the end of `after`, then onwards.
  const end = after.network + afterSize;
  let up = ((end + size - 1n) / size) * size;
  for (let i = 0; i < MAX_TRIES && up + size <= space; i++, up += size) {
    if (isFree(up)) return { family, network: up, prefix };
  }
  // The last aligned block that ends at or before the start of `after`, then downwards.
  let down = (after.network / size) * size - size;
  for (let i = 0; i < MAX_TRIES && down >= 0n; i++, down -= size) {
    if (isFree(down)) return { family, network: down, prefix };
  }
  return undefined;
}
