import { describe, expect, it } from 'vitest';
import { joinConfig } from '../cluster/__fixtures__/builders.ts';
import { checkJoinConfiguration } from './join-configuration.ts';

const ctx = { file: 'join.yaml', document: 0, apiVersion: 'kubeadm.k8s.io/v1beta4' };

describe('checkJoinConfiguration', () => {
  it('finds nothing wrong in a complete control-plane join', () => {
    const doc = joinConfig({ advertise: '192.168.0.12', nodeIp: '192.168.0.12', name: 'cp-2' });
    expect(checkJoinConfiguration(doc, ctx)).toEqual([]);
  });

  it('requires caCertPath to be absolute and to end in .crt', () => {
    const paths = ['ca.crt', '/etc/kubernetes/pki/ca.pem', '/etc/kubernetes/pki/ca.crt'];
    const found = paths.map((caCertPath) =>
      checkJoinConfiguration({ ...joinConfig({}), caCertPath }, ctx).map((i) => [i.code, i.path]),
    );
    expect(found).toEqual([
      [['absolute_path', 'caCertPath']],
      [['absolute_path', 'caCertPath']],
      [],
    ]);
  });

  it('checks the control-plane endpoint and certificate key under controlPlane', () => {
    const doc = {
      ...joinConfig({}),
      controlPlane: {
        localAPIEndpoint: { advertiseAddress: '10.0.0.300', bindPort: 70000 },
        certificateKey: 'abc',
      },
    };
    expect(checkJoinConfiguration(doc, ctx).map((i) => [i.code, i.path])).toEqual([
      ['ip_syntax', 'controlPlane.localAPIEndpoint.advertiseAddress'],
      ['port_range', 'controlPlane.localAPIEndpoint.bindPort'],
      ['certificate_key_format', 'controlPlane.certificateKey'],
    ]);
  });

  it('checks kubelet node-ip at its argument path', () => {
    const doc = joinConfig({ nodeIp: '10.0.0.1,10.0.0.2' });
    expect(checkJoinConfiguration(doc, ctx)).toEqual([
      expect.objectContaining({
        code: 'node_ip_list',
        file: 'join.yaml',
        document: 0,
        path: 'nodeRegistration.kubeletExtraArgs.node-ip',
      }),
    ]);
  });

  it('refuses "all" next to individual checks in nodeRegistration.ignorePreflightErrors', () => {
    const base = joinConfig({ name: 'w-1' });
    const withList = (ignorePreflightErrors: string[]) => ({
      ...base,
      nodeRegistration: { ...base.nodeRegistration, ignorePreflightErrors },
    });
    expect(checkJoinConfiguration(withList(['all', 'Swap']), ctx)).toEqual([
      {
        file: 'join.yaml',
        document: 0,
        path: 'nodeRegistration.ignorePreflightErrors',
        code: 'ignore_preflight_errors',
        severity: 'error',
        params: { value: 'all,swap', reason: 'all_with_others' },
      },
    ]);
    expect(checkJoinConfiguration(withList(['All', 'all']), ctx)).toEqual([]);
  });
});
