import { describe, expect, it } from 'vitest';
import type { Arg } from './documents.ts';
import { argsToMap, kubeadmVersionOf, lastArg, lastArgValue } from './wire.ts';

describe('argsToMap', () => {
  it('keeps the last value of a repeated name', () => {
    expect(
      argsToMap([
        { name: 'a', value: '1' },
        { name: 'b', value: '2' },
        { name: 'a', value: '3' },
      ]),
    ).toEqual({ a: '3', b: '2' });
  });
});

describe('kubeadmVersionOf', () => {
  it('reads v1beta3 and treats everything else as v1beta4', () => {
    expect(kubeadmVersionOf('kubeadm.k8s.io/v1beta3')).toBe('v1beta3');
    expect(kubeadmVersionOf('kubeadm.k8s.io/v1beta4')).toBe('v1beta4');
    expect(kubeadmVersionOf('kubelet.config.k8s.io/v1beta1')).toBe('v1beta4');
  });
});

describe('lastArgValue', () => {
  const args = [
    { name: 'node-ip', value: '10.0.0.1' },
    { name: 'v', value: '2' },
    { name: 'node-ip', value: '10.0.0.2,fd00::2' },
  ];

  it('gives the value of the last entry with the name (RULES §22)', () => {
    expect(lastArgValue(args, 'node-ip')).toBe('10.0.0.2,fd00::2');
    expect(lastArgValue(args, 'v')).toBe('2');
  });

  it('gives undefined when the name is absent or there is no list', () => {
    expect(lastArgValue(args, 'hostname-override')).toBeUndefined();
    expect(lastArgValue([], 'v')).toBeUndefined();
    expect(lastArgValue(undefined, 'v')).toBeUndefined();
  });

  it('reads a list that does not match its type without throwing', () => {
    const odd = [null, 'v', { name: 'v', value: '1' }, { value: '3' }] as unknown as Arg[];
    expect(lastArgValue(odd, 'v')).toBe('1');
    expect(lastArgValue([...args, { name: 'v', value: 3 }] as unknown as Arg[], 'v')).toBe(
      undefined,
    );
    expect(lastArgValue({ v: '1' } as unknown as Arg[], 'v')).toBeUndefined();
  });
});

describe('lastArg', () => {
  it('gives the last entry of a name with its value as the YAML held it', () => {
    const args = [
      { name: 'node-cidr-mask-size-ipv4', value: '24' },
      { name: 'node-cidr-mask-size-ipv4', value: 26 },
    ] as unknown as Arg[];
    expect(lastArg(args, 'node-cidr-mask-size-ipv4')).toEqual({ value: 26 });
    expect(lastArgValue(args, 'node-cidr-mask-size-ipv4')).toBeUndefined();
    expect(lastArg(args, 'node-cidr-mask-size-ipv6')).toBeUndefined();
  });
});
