import { describe, expect, it } from 'vitest';
import vectors from '../__fixtures__/vectors.json' with { type: 'json' };
import { cidrFamiliesOf, ipFamiliesOf, isDualStackCidrs, isDualStackIps } from './family.ts';

// For these upstream rules `valid` means "returned true without error", and `expected.error`
// says whether k8s.io/utils returned an error (one entry did not parse).
interface DualStackVector<Key extends string> {
  readonly input: Record<Key, string[]>;
  readonly valid: boolean;
  readonly expected: { readonly isDualStack: boolean; readonly error: boolean };
  readonly note: string;
}

const ipCases = vectors.filter(
  (v) => v.rule === 'utilsIsDualStackIPs',
) as unknown as DualStackVector<'ips'>[];
const cidrCases = vectors.filter(
  (v) => v.rule === 'utilsIsDualStackCIDRs',
) as unknown as DualStackVector<'cidrs'>[];

describe(`vectors: utilsIsDualStackIPs (${String(ipCases.length)} cases)`, () => {
  it.each(ipCases.map((c) => [c.note, c] as const))('%s', (_note, c) => {
    expect(isDualStackIps(c.input.ips)).toBe(c.valid);
    expect(isDualStackIps(c.input.ips)).toBe(c.expected.isDualStack);
    expect(ipFamiliesOf(c.input.ips) === undefined).toBe(c.expected.error);
  });
});

describe(`vectors: utilsIsDualStackCIDRs (${String(cidrCases.length)} cases)`, () => {
  it.each(cidrCases.map((c) => [c.note, c] as const))('%s', (_note, c) => {
    expect(isDualStackCidrs(c.input.cidrs)).toBe(c.valid);
    expect(isDualStackCidrs(c.input.cidrs)).toBe(c.expected.isDualStack);
    expect(cidrFamiliesOf(c.input.cidrs) === undefined).toBe(c.expected.error);
  });
});

describe('isDualStackIps', () => {
  it.each([
    [['10.0.0.1', 'fd00::1'], true],
    [['fd00::1', '10.0.0.1'], true],
    [['10.0.0.1', 'fd00::1', '10.0.0.2'], true],
    [['10.0.0.1', '::ffff:10.0.0.2'], false],
    [['10.0.0.1', '10.0.0.2'], false],
    [['10.0.0.1'], false],
    [['10.0.0.1', 'fd00::1', '10.1'], false],
    [[], false],
  ] as const)('gives %j: %s', (texts, dual) => {
    expect(isDualStackIps(texts)).toBe(dual);
  });
});

describe('isDualStackCidrs', () => {
  it.each([
    [['10.244.0.0/16', 'fd00:10:244::/56'], true],
    [['10.244.0.0/16', 'fd00:10:244::/56', '192.168.0.0/16'], true],
    [['10.244.0.0/16', '::ffff:10.245.0.0/112'], false],
    [['10.244.0.0/16', 'fd00::1'], false],
  ] as const)('gives %j: %s', (texts, dual) => {
    expect(isDualStackCidrs(texts)).toBe(dual);
  });
});

describe('ipFamiliesOf', () => {
  it('lists each family once, in order of first appearance', () => {
    expect(ipFamiliesOf(['fd00::1', '10.0.0.1', 'fd00::2'])).toEqual(['ipv6', 'ipv4']);
    expect(ipFamiliesOf([])).toEqual([]);
    expect(ipFamiliesOf(['10.0.0.1', 'bad'])).toBeUndefined();
  });
});

describe('cidrFamiliesOf', () => {
  it('lists each family once, in order of first appearance', () => {
    expect(cidrFamiliesOf(['10.0.0.0/8', '::ffff:1.1.1.0/120'])).toEqual(['ipv4']);
    expect(cidrFamiliesOf(['10.0.0.0/8', '10.0.0.1'])).toBeUndefined();
  });
});
