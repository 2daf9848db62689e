import { describe, expect, it } from 'vitest';
import { argsToMap, kubeadmVersionOf } from './wire.ts';

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
