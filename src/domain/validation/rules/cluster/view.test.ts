import { describe, expect, it } from 'vitest';
import { clusterConfig, file, initConfig, joinConfig } from './__fixtures__/builders.ts';
import { buildClusterView } from './view.ts';

describe('buildClusterView', () => {
  it('gives each file its role and one node per init or join file', () => {
    const view = buildClusterView([
      file('init.yaml', clusterConfig({})),
      file('cp.yaml', joinConfig({ controlPlane: true })),
      file('w.yaml', joinConfig({})),
      file('k.yaml', { kind: 'KubeletConfiguration' }),
    ]);
    expect(view.files.map((f) => f.role)).toEqual(['init', 'join', 'join', 'none']);
    expect(view.nodes.map((n) => [n.file, n.kind, n.role])).toEqual([
      ['init.yaml', 'init', 'control-plane'],
      ['cp.yaml', 'join', 'control-plane'],
      ['w.yaml', 'join', 'worker'],
    ]);
  });

  it('reads the settings of the first init file, with kubeadm defaults for what is absent', () => {
    const view = buildClusterView([file('init.yaml', initConfig({}))]);
    expect(view.settings).toMatchObject({
      file: 'init.yaml',
      document: 0,
      serviceCidrs: [{ family: 'ipv4', prefix: 12 }],
      podCidrs: [],
    });
  });

  it('reads node-ip as kubelet does: trimmed entries, empty ones skipped', () => {
    const view = buildClusterView([file('w.yaml', joinConfig({ nodeIp: ' 10.0.0.1 , fd00::1,' }))]);
    expect(view.nodes[0]?.nodeIps).toMatchObject({ set: true, valid: true });
    expect(view.nodes[0]?.nodeIps.entries.map((ip) => ip.family)).toEqual(['ipv4', 'ipv6']);
  });

  it('treats a worker join advertise-free and keeps no advertise address for it', () => {
    const worker = joinConfig({});
    const view = buildClusterView([file('w.yaml', worker)]);
    expect(view.nodes[0]?.advertise).toBeUndefined();
    expect(view.settings).toBeUndefined();
  });
});
