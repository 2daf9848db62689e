import { describe, expect, it } from 'vitest';
import { toYaml } from './yaml.ts';

describe('toYaml', () => {
  it('writes a --- separated stream with apiVersion first and 2-space indentation', () => {
    const text = toYaml([
      {
        apiVersion: 'kubeadm.k8s.io/v1beta4',
        kind: 'ClusterConfiguration',
        networking: { podSubnet: '10.244.0.0/16' },
      },
      { apiVersion: 'kubeadm.k8s.io/v1beta4', kind: 'InitConfiguration' },
    ]);
    expect(text).toBe(
      [
        '---',
        'apiVersion: kubeadm.k8s.io/v1beta4',
        'kind: ClusterConfiguration',
        'networking:',
        '  podSubnet: 10.244.0.0/16',
        '---',
        'apiVersion: kubeadm.k8s.io/v1beta4',
        'kind: InitConfiguration',
        '',
      ].join('\n'),
    );
  });

  it('quotes strings that a YAML 1.1 reader would take for booleans or numbers', () => {
    const text = toYaml([{ a: 'on', b: 'yes', c: 'y', d: '24', e: '1:20', f: 'false' }]);
    expect(text).toContain('a: "on"');
    expect(text).toContain('b: "yes"');
    expect(text).toContain('c: "y"');
    expect(text).toContain('d: "24"');
    expect(text).toContain('e: "1:20"');
    expect(text).toContain('f: "false"');
  });

  it('writes no anchors for a list used twice and folds no long lines', () => {
    const shared = [{ name: 'node-ip', value: 'x'.repeat(200) }];
    const text = toYaml([{ a: shared, b: shared }]);
    expect(text).not.toMatch(/[&*]a1/);
    expect(text).toContain(`value: ${'x'.repeat(200)}\n`);
  });
});
