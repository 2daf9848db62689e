import { describe, expect, it } from 'vitest';
import { clusterConfig, file, initConfig, joinConfig } from './__fixtures__/builders.ts';
import {
  checkAdvertiseNodeIp,
  checkControlPlaneEndpoint,
  checkDuplicateAddresses,
  checkDuplicateNames,
} from './nodes.ts';
import { buildClusterView } from './view.ts';

describe('checkDuplicateNames', () => {
  it('compares names after trimming and lower-casing, and reports the later node', () => {
    const view = buildClusterView([
      file('init.yaml', initConfig({ name: 'Node-1' })),
      file('join.yaml', joinConfig({ name: ' node-1 ' })),
    ]);
    expect(checkDuplicateNames(view)).toEqual([
      expect.objectContaining({
        code: 'duplicate_node_name',
        severity: 'error',
        file: 'join.yaml',
        path: 'nodeRegistration.name',
        params: { name: 'node-1', other: 'init.yaml' },
      }),
    ]);
  });

  it('ignores empty names, which mean the host name', () => {
    const view = buildClusterView([
      file('init.yaml', initConfig({ name: '' })),
      file('a.yaml', joinConfig({})),
      file('b.yaml', joinConfig({})),
    ]);
    expect(checkDuplicateNames(view)).toEqual([]);
  });

  it('uses a kubelet hostname-override in place of the name', () => {
    const join = joinConfig({ name: 'other' });
    join.nodeRegistration = {
      name: 'other',
      kubeletExtraArgs: [{ name: 'hostname-override', value: 'cp-1' }],
    };
    const view = buildClusterView([
      file('init.yaml', initConfig({ name: 'cp-1' })),
      file('j.yaml', join),
    ]);
    expect(checkDuplicateNames(view)).toEqual([
      expect.objectContaining({ path: 'nodeRegistration.kubeletExtraArgs.hostname-override' }),
    ]);
  });
});

describe('checkDuplicateAddresses', () => {
  it('reports an address claimed by two nodes on the later one, naming the earlier', () => {
    const view = buildClusterView([
      file(
        'init.yaml',
        initConfig({ name: 'cp-1', advertise: '10.0.0.1', nodeIp: '10.0.0.1,fd00::1' }),
      ),
      file('w.yaml', joinConfig({ nodeIp: '10.0.0.2,fd00::1' })),
      file('cp.yaml', joinConfig({ advertise: '10.0.0.1' })),
    ]);
    expect(checkDuplicateAddresses(view)).toEqual([
      expect.objectContaining({
        code: 'duplicate_node_ip',
        file: 'w.yaml',
        path: 'nodeRegistration.kubeletExtraArgs.node-ip',
        params: { ip: 'fd00::1', other: 'init.yaml (cp-1)' },
      }),
      expect.objectContaining({
        file: 'cp.yaml',
        path: 'controlPlane.localAPIEndpoint.advertiseAddress',
        params: { ip: '10.0.0.1', other: 'init.yaml (cp-1)' },
      }),
    ]);
  });

  it('does not count one node claiming its address twice, nor detect-me addresses', () => {
    const view = buildClusterView([
      file('init.yaml', initConfig({ advertise: '10.0.0.1', nodeIp: '10.0.0.1' })),
      file('a.yaml', joinConfig({ nodeIp: '0.0.0.0' })),
      file('b.yaml', joinConfig({ nodeIp: '0.0.0.0' })),
    ]);
    expect(checkDuplicateAddresses(view)).toEqual([]);
  });

  it('compares addresses by value, not by text', () => {
    const view = buildClusterView([
      file('a.yaml', joinConfig({ nodeIp: 'fd00:0:0::1' })),
      file('b.yaml', joinConfig({ nodeIp: 'FD00::1' })),
    ]);
    expect(checkDuplicateAddresses(view)).toHaveLength(1);
  });
});

describe('checkAdvertiseNodeIp', () => {
  it('warns when the node-ip of the advertise family is another address', () => {
    const view = buildClusterView([
      file('cp.yaml', joinConfig({ advertise: '10.0.0.2', nodeIp: '10.0.0.3,fd00::3' })),
    ]);
    expect(checkAdvertiseNodeIp(view)).toEqual([
      expect.objectContaining({
        code: 'node_ip_mismatch',
        severity: 'warning',
        path: 'nodeRegistration.kubeletExtraArgs.node-ip',
        params: { nodeIp: '10.0.0.3', advertiseAddress: '10.0.0.2' },
      }),
    ]);
  });

  it('accepts a matching node-ip, a node-ip of the other family only, and workers', () => {
    const view = buildClusterView([
      file('init.yaml', initConfig({ advertise: '10.0.0.1', nodeIp: 'fd00::1,10.0.0.1' })),
      file('cp.yaml', joinConfig({ advertise: '10.0.0.2', nodeIp: 'fd00::2' })),
      file('w.yaml', joinConfig({ nodeIp: '10.0.0.9' })),
    ]);
    expect(checkAdvertiseNodeIp(view)).toEqual([]);
  });
});

describe('checkControlPlaneEndpoint', () => {
  it('requires an endpoint on the ClusterConfiguration when a control-plane join is present', () => {
    const view = buildClusterView([
      file('init.yaml', initConfig({}), clusterConfig({})),
      file('cp.yaml', joinConfig({ controlPlane: true })),
    ]);
    expect(checkControlPlaneEndpoint(view)).toEqual([
      expect.objectContaining({
        code: 'control_plane_endpoint_required',
        file: 'init.yaml',
        document: 1,
        path: 'controlPlaneEndpoint',
        params: { controlPlaneNodes: 2 },
      }),
    ]);
  });

  it('accepts worker joins, a set endpoint, and files without a ClusterConfiguration', () => {
    const workers = buildClusterView([
      file('init.yaml', clusterConfig({})),
      file('w.yaml', joinConfig({})),
    ]);
    const withEndpoint = buildClusterView([
      file('init.yaml', clusterConfig({}, { controlPlaneEndpoint: 'cp.example:6443' })),
      file('cp.yaml', joinConfig({ advertise: '10.0.0.2' })),
    ]);
    const noCluster = buildClusterView([
      file('init.yaml', initConfig({})),
      file('cp.yaml', joinConfig({ advertise: '10.0.0.2' })),
    ]);
    expect([
      ...checkControlPlaneEndpoint(workers),
      ...checkControlPlaneEndpoint(withEndpoint),
      ...checkControlPlaneEndpoint(noCluster),
    ]).toEqual([]);
  });
});
