import { describe, expect, it } from 'vitest';
import { endpointWithPort, joinHostPort, renderCidrText, renderIpText } from './addresses.ts';

describe('renderCidrText', () => {
  it.each([
    ['2001:db8:42:0::/56', '2001:db8:42::/56'],
    [' 10.244.0.0/16\t', '10.244.0.0/16'],
    ['10.244.1.0/16', '10.244.1.0/16'],
    ['10.244.0.0', '10.244.0.0'],
    ['not a cidr ', 'not a cidr'],
  ])('writes %j as %j', (input, expected) => {
    expect(renderCidrText(input)).toBe(expected);
  });
});

describe('renderIpText', () => {
  it('writes a parsable address canonically and anything else trimmed', () => {
    expect(renderIpText('FD00:1:2:3:0:0:0:2')).toBe('fd00:1:2:3::2');
    expect(renderIpText(' 10.0.0.1/24 ')).toBe('10.0.0.1/24');
  });
});

describe('joinHostPort', () => {
  it('brackets IPv6 hosts only', () => {
    expect(joinHostPort('fd00::1', 6443)).toBe('[fd00::1]:6443');
    expect(joinHostPort('cp.example', 6443)).toBe('cp.example:6443');
  });
});

describe('endpointWithPort', () => {
  it.each([
    ['cp.example', 'cp.example:6443'],
    ['cp.example:7443', 'cp.example:7443'],
    ['2001:db8::1', '[2001:db8::1]:6443'],
    ['[2001:db8::1]', '[2001:db8::1]:6443'],
    ['[2001:db8::1]:7443', '[2001:db8::1]:7443'],
    ['host:1:2', 'host:1:2'],
    ['[2001:db8::1', '[2001:db8::1'],
  ])('turns %j into %j', (input, expected) => {
    expect(endpointWithPort(input, 6443)).toBe(expected);
  });
});
