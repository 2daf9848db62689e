import { describe, expect, it } from 'vitest';
import type { VersionedDocument } from '../kubeadm/documents.ts';
import { convertDocuments } from './convert.ts';

const V4 = 'kubeadm.k8s.io/v1beta4';
const V3 = 'kubeadm.k8s.io/v1beta3';

function v4Init(): VersionedDocument[] {
  return [
    {
      apiVersion: V4,
      document: {
        kind: 'ClusterConfiguration',
        encryptionAlgorithm: 'ECDSA-P256',
        dns: { disabled: true },
        apiServer: { extraEnvs: [{ name: 'X', value: '1' }], certSANs: ['a'] },
        controllerManager: {
          extraArgs: [
            { name: 'v', value: '1' },
            { name: 'v', value: '2' },
          ],
        },
      },
    },
    {
      apiVersion: V4,
      document: {
        kind: 'InitConfiguration',
        dryRun: true,
        nodeRegistration: { imagePullSerial: false, name: 'n' },
        timeouts: { controlPlaneComponentHealthCheck: '5m0s', kubeletHealthCheck: '4m0s' },
      },
    },
    { apiVersion: 'kubelet.config.k8s.io/v1beta1', document: { kind: 'KubeletConfiguration' } },
  ];
}

describe('convertDocuments', () => {
  it('moves the health-check timeout into ClusterConfiguration going to v1beta3', () => {
    const { documents, notes } = convertDocuments(v4Init(), 'v1beta3');
    expect(documents.map((d) => d.apiVersion)).toEqual([V3, V3, 'kubelet.config.k8s.io/v1beta1']);
    expect(documents[0]?.document).toEqual({
      kind: 'ClusterConfiguration',
      apiServer: { certSANs: ['a'], timeoutForControlPlane: '5m0s' },
      controllerManager: { extraArgs: [{ name: 'v', value: '2' }] },
    });
    expect(documents[1]?.document).toEqual({
      kind: 'InitConfiguration',
      nodeRegistration: { name: 'n' },
    });
    expect(notes).toEqual(
      expect.arrayContaining([
        {
          kind: 'moved',
          document: 1,
          path: 'timeouts.controlPlaneComponentHealthCheck',
          toDocument: 0,
          toPath: 'apiServer.timeoutForControlPlane',
        },
        { kind: 'dropped', document: 0, path: 'encryptionAlgorithm' },
        { kind: 'dropped', document: 0, path: 'dns.disabled' },
        { kind: 'dropped', document: 0, path: 'apiServer.extraEnvs' },
        { kind: 'dropped', document: 1, path: 'timeouts.kubeletHealthCheck' },
        { kind: 'dropped', document: 1, path: 'dryRun' },
        { kind: 'dropped', document: 1, path: 'nodeRegistration.imagePullSerial' },
        {
          kind: 'duplicate_arg',
          document: 0,
          path: 'controllerManager.extraArgs',
          name: 'v',
        },
      ]),
    );
    expect(notes).toHaveLength(8);
  });

  it('drops a join health-check timeout when no ClusterConfiguration can take it', () => {
    const join: VersionedDocument = {
      apiVersion: V4,
      document: {
        kind: 'JoinConfiguration',
        timeouts: { controlPlaneComponentHealthCheck: '1m0s', discovery: '2m0s' },
      },
    };
    const { documents, notes } = convertDocuments([join], 'v1beta3');
    expect(documents[0]?.document).toEqual({
      kind: 'JoinConfiguration',
      discovery: { timeout: '2m0s' },
    });
    expect(notes).toEqual([
      { kind: 'dropped', document: 0, path: 'timeouts.controlPlaneComponentHealthCheck' },
      {
        kind: 'moved',
        document: 0,
        path: 'timeouts.discovery',
        toDocument: 0,
        toPath: 'discovery.timeout',
      },
    ]);
  });

  it('moves the v1beta3 timeouts into timeouts and sorts args going to v1beta4', () => {
    const docs: VersionedDocument[] = [
      {
        apiVersion: V3,
        document: {
          kind: 'ClusterConfiguration',
          apiServer: {
            timeoutForControlPlane: '4m0s',
            extraArgs: [
              { name: 'z', value: '1' },
              { name: 'a', value: '2' },
            ],
          },
        },
      },
      { apiVersion: V3, document: { kind: 'InitConfiguration' } },
      {
        apiVersion: V3,
        document: {
          kind: 'JoinConfiguration',
          discovery: { timeout: '5m0s', tlsBootstrapToken: 't' },
        },
      },
    ];
    const { documents, notes } = convertDocuments(docs, 'v1beta4');
    expect(documents.map((d) => d.document)).toEqual([
      {
        kind: 'ClusterConfiguration',
        apiServer: {
          extraArgs: [
            { name: 'a', value: '2' },
            { name: 'z', value: '1' },
          ],
        },
      },
      { kind: 'InitConfiguration', timeouts: { controlPlaneComponentHealthCheck: '4m0s' } },
      {
        kind: 'JoinConfiguration',
        discovery: { tlsBootstrapToken: 't' },
        timeouts: { discovery: '5m0s' },
      },
    ]);
    expect(documents.every((d) => d.apiVersion === V4)).toBe(true);
    expect(notes.map((n) => n.kind)).toEqual(['moved', 'moved']);
  });

  it('drops a moved value with a note when its new place is already taken', () => {
    const docs: VersionedDocument[] = [
      {
        apiVersion: V3,
        document: { kind: 'ClusterConfiguration', apiServer: { timeoutForControlPlane: '9m0s' } },
      },
      {
        apiVersion: V4,
        document: {
          kind: 'InitConfiguration',
          timeouts: { controlPlaneComponentHealthCheck: '4m0s' },
        },
      },
    ];
    const { documents, notes } = convertDocuments(docs, 'v1beta4');
    expect(documents.map((d) => d.document)).toEqual([
      { kind: 'ClusterConfiguration' },
      { kind: 'InitConfiguration', timeouts: { controlPlaneComponentHealthCheck: '4m0s' } },
    ]);
    expect(notes).toEqual([
      { kind: 'dropped', document: 0, path: 'apiServer.timeoutForControlPlane' },
    ]);
  });

  it('leaves documents already at the target version unchanged', () => {
    const docs = v4Init();
    const { documents, notes } = convertDocuments(docs, 'v1beta4');
    expect(documents).toEqual(docs);
    expect(notes).toEqual([]);
  });

  it('does not change the documents it is given', () => {
    const docs = v4Init();
    const before = JSON.stringify(docs);
    convertDocuments(docs, 'v1beta3');
    expect(JSON.stringify(docs)).toBe(before);
  });

  it('gives back the same content after a round trip without v1beta4-only fields', () => {
    const docs: VersionedDocument[] = [
      {
        apiVersion: V4,
        document: {
          kind: 'ClusterConfiguration',
          networking: { podSubnet: '10.244.0.0/16' },
          controllerManager: { extraArgs: [{ name: 'node-cidr-mask-size-ipv4', value: '24' }] },
        },
      },
      {
        apiVersion: V4,
        document: {
          kind: 'InitConfiguration',
          timeouts: { controlPlaneComponentHealthCheck: '4m0s' },
        },
      },
    ];
    const there = convertDocuments(docs, 'v1beta3').documents;
    expect(convertDocuments(there, 'v1beta4').documents).toEqual(docs);
  });
});
