// fast-check generators shared by the net/ tests; nothing outside tests imports this file.
import fc from 'fast-check';
import type { Cidr, IpAddress, IpFamily } from './types.ts';

const MAPPED_HIGH_BITS = 0xffffn;

function isMapped(value: bigint): boolean {
  return value >> 32n === MAPPED_HIGH_BITS;
}

/** IPv4 values, any of 2^32. */
export const ipv4Value = fc.bigInt({ min: 0n, max: (1n << 32n) - 1n });

// Groups drawn from a few zeros make `::` runs (and ties between runs) common.
const group = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 0xffff }));

/** IPv6 values that are not IPv4-mapped (those count as IPv4), biased toward runs of zero groups. */
export const ipv6Value = fc
  .oneof(
    fc
      .array(group, { minLength: 8, maxLength: 8 })
      .map((groups) => groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n)),
    fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
  )
  .filter((value) => !isMapped(value));

/** Any well-formed address of either family. */
export const ipAddress: fc.Arbitrary<IpAddress> = fc.oneof(
  ipv4Value.map((value): IpAddress => ({ family: 'ipv4', value })),
  ipv6Value.map((value): IpAddress => ({ family: 'ipv6', value })),
);

function cidrOf(family: IpFamily, value: bigint, prefix: number): Cidr {
  const bits = family === 'ipv4' ? 32n : 128n;
  const host = (1n << (bits - BigInt(prefix))) - 1n;
  return { family, network: value & ~host, prefix };
}

/** Any well-formed block (host bits clear) of either family; IPv6 blocks never sit in ::ffff:0:0/96. */
export const cidr: fc.Arbitrary<Cidr> = fc.oneof(
  fc
    .tuple(ipv4Value, fc.integer({ min: 0, max: 32 }))
    .map(([value, prefix]) => cidrOf('ipv4', value, prefix)),
  fc
    .tuple(ipv6Value, fc.integer({ min: 0, max: 128 }))
    .map(([value, prefix]) => cidrOf('ipv6', value, prefix))
    .filter((c) => !(c.prefix >= 96 && isMapped(c.network))),
);
