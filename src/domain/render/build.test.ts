import { describe, expect, it } from 'vitest';
import { createDefaultPlan, createNode } from '../plan/defaults.ts';
import { buildFromTable } from './build.ts';

describe('buildFromTable', () => {
  it('writes a per-family list primary family first, without families the stack lacks', () => {
    const plan = createDefaultPlan();
    plan.networking.stack = 'dual-ipv6-primary';
    expect(buildFromTable(plan, 'ClusterConfiguration').document.networking).toMatchObject({
      podSubnet: 'fd00:10:244::/56,10.244.0.0/16',
    });
    plan.networking.stack = 'ipv4';
    plan.networking.podSubnet.ipv4 = ' ';
    const built = buildFromTable(plan, 'ClusterConfiguration');
    expect(built.document.networking).toEqual({ serviceSubnet: '10.96.0.0/16' });
    expect(built.sources.filter((s) => s.path.startsWith('networking.'))).toEqual([
      {
        path: 'networking.serviceSubnet',
        field: 'networking.serviceSubnet.ipv4',
        family: 'ipv4',
        entry: 0,
      },
    ]);
  });

  it('gives each entry of the list the field that wrote it, commas and all', () => {
    const plan = createDefaultPlan();
    plan.networking.podSubnet.ipv4 = '10.244.0.0/16, fd00:1::/56';
    const built = buildFromTable(plan, 'ClusterConfiguration');
    expect(built.document.networking?.podSubnet).toBe(
      '10.244.0.0/16, fd00:1::/56,fd00:10:244::/56',
    );
    expect(
      built.sources.filter((s) => s.path === 'networking.podSubnet').map((s) => [s.entry, s.field]),
    ).toEqual([
      [0, 'networking.podSubnet.ipv4'],
      [1, 'networking.podSubnet.ipv4'],
      [2, 'networking.podSubnet.ipv6'],
    ]);
  });

  it('writes a worker join without the control-plane part, a control-plane join with it', () => {
    const plan = createDefaultPlan();
    plan.discovery.certificateKey = 'a'.repeat(64);
    plan.nodes.push(createNode('worker', 'w-1'), createNode('control-plane', 'cp-2'));
    expect(buildFromTable(plan, 'JoinConfiguration', 1).document.controlPlane).toBeUndefined();
    expect(buildFromTable(plan, 'JoinConfiguration', 2).document.controlPlane).toEqual({
      localAPIEndpoint: { bindPort: 6443 },
      certificateKey: 'a'.repeat(64),
    });
  });

  it('writes the token TTL only with a token, and encryptionAlgorithm only in v1beta4', () => {
    const plan = createDefaultPlan();
    plan.discovery.tokenTtl = '2h';
    plan.encryptionAlgorithm = 'ECDSA-P256';
    expect(buildFromTable(plan, 'InitConfiguration', 0).document.bootstrapTokens).toBeUndefined();
    plan.discovery.token = 'abcdef.0123456789abcdef';
    expect(buildFromTable(plan, 'InitConfiguration', 0).document.bootstrapTokens).toEqual([
      { token: 'abcdef.0123456789abcdef', ttl: '2h' },
    ]);
    expect(buildFromTable(plan, 'ClusterConfiguration').document.encryptionAlgorithm).toBe(
      'ECDSA-P256',
    );
    plan.apiVersion = 'v1beta3';
    expect(buildFromTable(plan, 'ClusterConfiguration').document).not.toHaveProperty(
      'encryptionAlgorithm',
    );
  });
});
