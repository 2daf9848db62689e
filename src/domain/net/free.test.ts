import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidr, ipAddress } from './arbitraries.ts';
import { cidrContains, cidrsOverlap, formatCidr, parseCidr } from './cidr.ts';
import { cidrFreeBlockNear } from './free.ts';
import { parseIp } from './ip.ts';
import type { Cidr, IpAddress } from './types.ts';

function c(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.cidr;
}

function ip(text: string): IpAddress {
  const parsed = parseIp(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.ip;
}

describe('cidrFreeBlockNear', () => {
  it('is the next block of the same size after the pod subnet', () => {
    const pod = c('10.244.0.0/16');
    const found = cidrFreeBlockNear(pod, 20, [pod], []);
    expect(found && formatCidr(found)).toBe('10.245.0.0/20');
  });

  it('skips blocks holding a node IP or another range', () => {
    const pod = c('10.244.0.0/16');
    const found = cidrFreeBlockNear(pod, 20, [pod, c('10.245.0.0/20')], [ip('10.245.16.9')]);
    expect(found && formatCidr(found)).toBe('10.245.32.0/20');
  });

  it('looks before the pod subnet when the space after it ends', () => {
    const pod = c('ffff:ffff:ffff:ffff:ffff:ffff:ffff:0/112');
    const found = cidrFreeBlockNear(pod, 112, [pod], []);
    expect(found && formatCidr(found)).toBe('ffff:ffff:ffff:ffff:ffff:ffff:fffe:0/112');
  });

  it('is undefined when the whole space is taken', () => {
    const all = c('0.0.0.0/0');
    expect(cidrFreeBlockNear(all, 8, [all], [])).toBeUndefined();
  });

  it('never overlaps the ranges or holds the IPs it was told to avoid', () => {
    fc.assert(
      fc.property(
        cidr,
        fc.integer({ min: 0, max: 128 }),
        fc.array(cidr, { maxLength: 4 }),
        fc.array(ipAddress, { maxLength: 6 }),
        (pod, rawPrefix, others, ips) => {
          const prefix = pod.family === 'ipv4' ? rawPrefix % 33 : rawPrefix;
          const avoid = [pod, ...others];
          const found = cidrFreeBlockNear(pod, prefix, avoid, ips);
          if (!found) return;
          expect(found.family).toBe(pod.family);
          expect(found.prefix).toBe(prefix);
          for (const other of avoid) expect(cidrsOverlap(other, found)).toBe(false);
          for (const address of ips)
            if (address.family === found.family) expect(cidrContains(found, address)).toBe(false);
        },
      ),
    );
  });
});
