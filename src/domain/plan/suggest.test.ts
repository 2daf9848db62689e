import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrContainsCidr, cidrsOverlap, parseCidr } from '../net/cidr.ts';
import type { Cidr } from '../net/types.ts';
import { suggestUlaSubnets } from './suggest.ts';

function cidr(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed.ok || !parsed.isCanonical) throw new Error(`not a canonical CIDR: ${text}`);
  return parsed.cidr;
}

const randomBytes = fc.uint8Array({ minLength: 5, maxLength: 32 });

describe('suggestUlaSubnets', () => {
  it('carves the pod /56 and the service /112 from the /48 of the given bytes', () => {
    expect(suggestUlaSubnets(new Uint8Array([0x12, 0x34, 0x56, 0x78, 0x9a]))).toEqual({
      prefix: 'fd12:3456:789a::/48',
      podSubnet: 'fd12:3456:789a::/56',
      serviceSubnet: 'fd12:3456:789a:100::/112',
    });
  });

  it('uses only the first 5 bytes', () => {
    const short = suggestUlaSubnets(new Uint8Array([0, 0, 0, 0, 1]));
    const long = suggestUlaSubnets(new Uint8Array([0, 0, 0, 0, 1, 0xff, 0xff]));
    expect(long).toEqual(short);
    expect(short.prefix).toBe('fd00:0:1::/48');
  });

  it('throws a RangeError on fewer than 5 bytes', () => {
    expect(() => suggestUlaSubnets(new Uint8Array(4))).toThrow(RangeError);
  });

  it('gives canonical, non-overlapping subnets inside an fd /48', () => {
    fc.assert(
      fc.property(randomBytes, (bytes) => {
        const s = suggestUlaSubnets(bytes);
        const prefix = cidr(s.prefix);
        const pod = cidr(s.podSubnet);
        const service = cidr(s.serviceSubnet);
        expect(s.prefix.startsWith('fd')).toBe(true);
        expect([prefix.prefix, pod.prefix, service.prefix]).toEqual([48, 56, 112]);
        expect(cidrContainsCidr(prefix, pod)).toBe(true);
        expect(cidrContainsCidr(prefix, service)).toBe(true);
        expect(cidrsOverlap(pod, service)).toBe(false);
      }),
    );
  });

  it('gives different prefixes for different Global IDs', () => {
    const globalId = fc.uint8Array({ minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(globalId, globalId, (a, b) => {
        fc.pre(a.some((byte, i) => byte !== b[i]));
        expect(suggestUlaSubnets(a).prefix).not.toBe(suggestUlaSubnets(b).prefix);
      }),
    );
  });
});
