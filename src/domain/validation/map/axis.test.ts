import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipv4Value, ipv6Value } from '../../net/arbitraries.ts';
import { formatCidr } from '../../net/cidr.ts';
import { axisPosition, axisSpan, buildAxis, coveringCidr, MIN_SPAN } from './axis.ts';

const POD = { first: 0x0af40000n, last: 0x0af4ffffn }; // 10.244.0.0/16
const SERVICE = { first: 0x0a600000n, last: 0x0a60ffffn }; // 10.96.0.0/16

describe('coveringCidr', () => {
  it('is the smallest block holding every interval', () => {
    expect(formatCidr(coveringCidr('ipv4', [POD, SERVICE])!)).toBe('10.0.0.0/8');
    expect(formatCidr(coveringCidr('ipv4', [{ first: 5n, last: 5n }])!)).toBe('0.0.0.5/32');
    expect(formatCidr(coveringCidr('ipv4', [{ first: 0n, last: 0xffffffffn }])!)).toBe('0.0.0.0/0');
    expect(coveringCidr('ipv6', [])).toBeUndefined();
  });
});

describe('buildAxis', () => {
  it('gives ranges a readable share of the axis, larger ranges more', () => {
    // The /28 and the /16 inside the /8 axis: pieces [gap][svc /28][gap][pod /16][gap].
    const small = { first: 0x0a600000n, last: 0x0a60000fn };
    const axis = buildAxis('ipv4', [POD, small], [])!;
    expect(formatCidr(axis.cidr)).toBe('10.0.0.0/8');
    const svc = axisSpan(axis, small);
    const pod = axisSpan(axis, POD);
    // Each range piece has 4 of 14 units of the shared half: at least 1/7 of the axis.
    expect(svc.end - svc.start).toBeGreaterThanOrEqual(1 / 7 - 1e-6);
    expect(pod.end - pod.start).toBeGreaterThan(svc.end - svc.start);
    expect(svc.end).toBeLessThan(pod.start);
    expect(axisPosition(axis, axis.cidr.network)).toBe(0);
    expect(axisPosition(axis, (1n << 32n) - 1n)).toBeLessThanOrEqual(1);
  });

  it('places single addresses proportionally inside their piece', () => {
    const axis = buildAxis('ipv4', [], [0n, 0xffffffffn])!;
    expect(formatCidr(axis.cidr)).toBe('0.0.0.0/0');
    expect(axisPosition(axis, 0x80000000n)).toBe(0.5);
  });
});

describe('axisSpan', () => {
  const axis = buildAxis('ipv4', [], [0n, 0xffffffffn])!;

  it('widens a single address to the minimum span, kept inside the axis', () => {
    expect(axisSpan(axis, { first: 0n, last: 0n })).toEqual({ start: 0, end: MIN_SPAN });
    const top = axisSpan(axis, { first: 0xffffffffn, last: 0xffffffffn });
    expect(top.end).toBe(1);
    expect(top.end - top.start).toBeCloseTo(MIN_SPAN, 10);
  });

  it('keeps a wide interval exact', () => {
    expect(axisSpan(axis, { first: 0x80000000n, last: 0xffffffffn })).toEqual({
      start: 0.5,
      end: 1,
    });
  });
});

describe('axis properties', () => {
  const interval = (values: fc.Arbitrary<bigint>) =>
    fc
      .tuple(values, values)
      .map(([a, b]) => (a < b ? { first: a, last: b } : { first: b, last: a }));
  const family = fc.oneof(
    fc.tuple(
      fc.constant('ipv4' as const),
      fc.array(interval(ipv4Value), { maxLength: 4 }),
      fc.array(ipv4Value, { minLength: 1, maxLength: 5 }),
    ),
    fc.tuple(
      fc.constant('ipv6' as const),
      fc.array(interval(ipv6Value), { maxLength: 4 }),
      fc.array(ipv6Value, { minLength: 1, maxLength: 5 }),
    ),
  );

  it('puts every item in [0, 1], monotone in the address', () => {
    fc.assert(
      fc.property(family, ([name, ranges, points]) => {
        const axis = buildAxis(name, ranges, points)!;
        const values = [...points, ...ranges.flatMap((r) => [r.first, r.last])];
        const sorted = values.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const positions = sorted.map((v) => axisPosition(axis, v));
        for (const p of positions) expect(p >= 0 && p <= 1).toBe(true);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        for (const r of ranges) {
          const span = axisSpan(axis, r);
          expect(span.start >= 0 && span.end <= 1 && span.end - span.start >= MIN_SPAN - 1e-9).toBe(
            true,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
