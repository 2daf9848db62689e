import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KubeadmDocument } from '../../../kubeadm/documents.ts';
import { hasErrors } from '../../issues.ts';
import {
  bySeverity,
  clusterConfig,
  codes,
  file,
  initConfig,
  joinConfig,
} from './__fixtures__/builders.ts';
import {
  docsControlPlaneFile,
  docsInitFile,
  docsSingleStackFile,
  docsWorkerFile,
} from './__fixtures__/docs-example.ts';
import { validateDocuments } from './validate.ts';

describe('validateDocuments', () => {
  describe('the dual-stack docs page example', () => {
    it('finds no error in the first control-plane file, and exactly the three known warnings', () => {
      const issues = validateDocuments([docsInitFile]);
      expect(bySeverity(issues, 'error')).toEqual([]);
      const warnings = bySeverity(issues, 'warning');
      expect(new Set(codes(warnings))).toEqual(
        new Set(['subnets_overlap', 'node_ip_mismatch', 'documentation_prefix']),
      );
      const overlaps = warnings.filter((i) => i.code === 'subnets_overlap');
      expect(overlaps).toHaveLength(1);
      expect(overlaps[0]).toMatchObject({
        file: 'kubeadm-config.yaml',
        document: 0,
        params: { family: 'ipv6', coversPods: false },
      });
      expect(warnings.find((i) => i.code === 'node_ip_mismatch')).toMatchObject({
        document: 1,
        path: 'nodeRegistration.kubeletExtraArgs.node-ip',
        params: { nodeIp: '10.100.0.2', advertiseAddress: '10.100.0.1' },
      });
    });

    it('reports the shared node IP and the missing controlPlaneEndpoint across the three files', () => {
      const issues = validateDocuments([docsInitFile, docsWorkerFile, docsControlPlaneFile]);
      const errors = bySeverity(issues, 'error');
      expect(codes(errors)).toEqual(
        expect.arrayContaining(['duplicate_node_ip', 'control_plane_endpoint_required']),
      );
      expect(errors.filter((i) => i.code === 'duplicate_node_ip')).toEqual([
        expect.objectContaining({
          file: 'join-worker.yaml',
          path: 'nodeRegistration.kubeletExtraArgs.node-ip',
          params: { ip: '10.100.0.2', other: 'kubeadm-config.yaml' },
        }),
        expect.objectContaining({
          file: 'join-control-plane.yaml',
          path: 'nodeRegistration.kubeletExtraArgs.node-ip',
          params: { ip: '10.100.0.2', other: 'kubeadm-config.yaml' },
        }),
      ]);
      expect(errors.find((i) => i.code === 'control_plane_endpoint_required')).toMatchObject({
        file: 'kubeadm-config.yaml',
        document: 0,
        path: 'controlPlaneEndpoint',
        params: { controlPlaneNodes: 2 },
      });
    });

    it('finds no error in the single-stack example', () => {
      expect(hasErrors(validateDocuments([docsSingleStackFile]))).toBe(false);
    });
  });

  it('checks each document at its own file and index before the cluster rules', () => {
    const issues = validateDocuments([
      file('init.yaml', clusterConfig({ serviceSubnet: '10.96.0.0/8' })),
      file('join.yaml', { kind: 'JoinConfiguration' }),
    ]);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'service_subnet_too_large',
          file: 'init.yaml',
          document: 0,
          path: 'networking.serviceSubnet',
        }),
        expect.objectContaining({ code: 'discovery_method', file: 'join.yaml', path: 'discovery' }),
      ]),
    );
  });

  it('does not check documents kubeadm ignores where they stand', () => {
    const issues = validateDocuments([
      file('init.yaml', clusterConfig({}), { kind: 'JoinConfiguration' }),
      file('join.yaml', joinConfig({}), { kind: 'KubeletConfiguration', clusterDNS: ['nonsense'] }),
    ]);
    expect(codes(issues)).toEqual(['ignored_document', 'ignored_document']);
  });

  it('finds no issue at all in a well-formed three-node dual-stack cluster', () => {
    const issues = validateDocuments([
      file(
        'kubeadm-config.yaml',
        clusterConfig(
          {
            podSubnet: '10.244.0.0/16,fd00:10:244::/56',
            serviceSubnet: '10.96.0.0/16,fd00:10:96::/112',
          },
          { controlPlaneEndpoint: 'cp.example.internal:6443' },
        ),
        initConfig({
          name: 'cp-1',
          advertise: '192.168.10.11',
          nodeIp: '192.168.10.11,fd00:192:168:10::11',
        }),
      ),
      file(
        'join-cp-2.yaml',
        joinConfig({
          name: 'cp-2',
          advertise: '192.168.10.12',
          nodeIp: '192.168.10.12,fd00:192:168:10::12',
          endpoint: 'cp.example.internal:6443',
        }),
      ),
      file(
        'join-worker-1.yaml',
        joinConfig({
          name: 'worker-1',
          nodeIp: '192.168.10.21,fd00:192:168:10::21',
          endpoint: 'cp.example.internal:6443',
        }),
      ),
    ]);
    expect(issues).toEqual([]);
  });

  it('never throws when string fields hold arbitrary text', () => {
    // Arbitrary text, mixed with addresses so that the cluster rules get past parsing.
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '10.0.0.1',
        'fd00::1',
        '::',
        '0.0.0.0',
        '127.0.0.1',
        '10.0.0.0/8',
        'fd00::/108',
      ),
      fc.constantFrom('10.244.0.0/16,fd00::/56', '10.96.0.0/16,fd00:1::/112', '10.0.0.1,fd00::1'),
    );
    const argName = fc.oneof(
      fc.constantFrom(
        'node-ip',
        'hostname-override',
        'node-cidr-mask-size-ipv4',
        'allocate-node-cidrs',
      ),
      fc.string(),
    );
    const args = fc.array(fc.record({ name: argName, value: text }), { maxLength: 3 });
    const cluster = fc.record({
      kind: fc.constant('ClusterConfiguration' as const),
      controlPlaneEndpoint: text,
      kubernetesVersion: text,
      imageRepository: text,
      encryptionAlgorithm: text,
      certificatesDir: text,
      networking: fc.record({ podSubnet: text, serviceSubnet: text, dnsDomain: text }),
      apiServer: fc.record({ certSANs: fc.array(text, { maxLength: 3 }), extraArgs: args }),
      controllerManager: fc.record({ extraArgs: args }),
    });
    const registration = fc.record({
      name: text,
      criSocket: text,
      imagePullPolicy: text,
      kubeletExtraArgs: args,
    });
    const endpoint = fc.record({ advertiseAddress: text, bindPort: fc.integer() });
    const init = fc.record({
      kind: fc.constant('InitConfiguration' as const),
      localAPIEndpoint: endpoint,
      nodeRegistration: registration,
      certificateKey: text,
      bootstrapTokens: fc.array(
        fc.record({ token: text, ttl: text, usages: fc.array(text), groups: fc.array(text) }),
        { maxLength: 2 },
      ),
      patches: fc.record({ directory: text }),
    });
    const join = fc.record({
      kind: fc.constant('JoinConfiguration' as const),
      caCertPath: text,
      nodeRegistration: registration,
      controlPlane: fc.record({ localAPIEndpoint: endpoint, certificateKey: text }),
      discovery: fc.record(
        {
          bootstrapToken: fc.record({
            token: text,
            apiServerEndpoint: text,
            caCertHashes: fc.array(text, { maxLength: 2 }),
          }),
          file: fc.record({ kubeConfigPath: text }),
          tlsBootstrapToken: text,
        },
        { requiredKeys: [] },
      ),
    });
    const kubelet = fc.record({
      kind: fc.constant('KubeletConfiguration' as const),
      clusterDNS: fc.array(text, { maxLength: 2 }),
      clusterDomain: text,
    });
    const proxy = fc.record({
      kind: fc.constant('KubeProxyConfiguration' as const),
      clusterCIDR: text,
      bindAddress: text,
    });
    const doc: fc.Arbitrary<KubeadmDocument> = fc.oneof(cluster, init, join, kubelet, proxy);
    const files = fc.array(
      fc.tuple(fc.constantFrom('a.yaml', 'b.yaml', 'c.yaml'), fc.array(doc, { maxLength: 4 })),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(files, (entries) => {
        const issues = validateDocuments(entries.map(([name, docs]) => file(name, ...docs)));
        expect(Array.isArray(issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('never throws when fields hold values of the wrong type', () => {
    // The decoder reports wrong shapes, but a rule must not crash on what slips through.
    const value = fc.anything({ maxDepth: 2, withNullPrototype: true });
    const shape = (kind: KubeadmDocument['kind'], keys: string[]) =>
      fc
        .dictionary(fc.constantFrom(...keys), value, { maxKeys: keys.length })
        .map((fields) => ({ ...fields, kind }));
    const doc = fc.oneof(
      shape('ClusterConfiguration', [
        'networking',
        'apiServer',
        'controllerManager',
        'etcd',
        'featureGates',
        'controlPlaneEndpoint',
      ]),
      shape('InitConfiguration', [
        'localAPIEndpoint',
        'nodeRegistration',
        'bootstrapTokens',
        'patches',
        'certificateKey',
      ]),
      shape('JoinConfiguration', [
        'discovery',
        'controlPlane',
        'nodeRegistration',
        'caCertPath',
        'patches',
      ]),
      shape('KubeletConfiguration', ['clusterDNS', 'clusterDomain']),
      shape('KubeProxyConfiguration', ['clusterCIDR', 'bindAddress']),
    );
    fc.assert(
      fc.property(fc.array(fc.array(doc, { maxLength: 3 }), { maxLength: 3 }), (sets) => {
        const files = sets.map((docs, i) => file(`f${String(i)}.yaml`, ...docs));
        expect(Array.isArray(validateDocuments(files))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
