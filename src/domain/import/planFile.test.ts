import { describe, expect, it } from 'vitest';
import { renderPlanFiles } from '../render/files.ts';
import savedV1 from './__fixtures__/saved-plan.v1.json?raw';
import { createDefaultPlan, createNode } from '../plan/defaults.ts';
import type { ClusterPlan } from '../plan/plan.ts';
import { PLAN_SCHEMA_VERSION, parsePlanText, planToJson } from './planFile.ts';

/** The plan saved in __fixtures__/saved-plan.v1.json, as the current model holds it. */
function savedV1Plan(): ClusterPlan {
  const plan = createDefaultPlan();
  plan.clusterName = 'prod';
  plan.controlPlaneEndpoint = 'k8s-api.example.internal';
  plan.certSANs = ['k8s-api.example.internal', '10.0.0.100'];
  plan.criSocket = 'unix:///run/containerd/containerd.sock';
  plan.encryptionAlgorithm = 'ECDSA-P256';
  plan.networking.nodeMask = { ipv4: '24', ipv6: '64' };
  plan.networking.podSubnet = { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/56' };
  plan.networking.serviceSubnet = { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:96::/112' };
  const node = (role: 'control-plane' | 'worker', name: string, v4: string, v6: string) => ({
    ...createNode(role, name),
    ips: { ipv4: v4, ipv6: v6 },
  });
  plan.nodes = [
    ...[1, 2, 3].map((n) => node('control-plane', `cp-${n}`, `10.0.0.1${n}`, `fd00::1${n}`)),
    ...[1, 2, 3].map((n) => node('worker', `worker-${n}`, `10.0.0.2${n}`, `fd00::2${n}`)),
  ];
  plan.nodes[0]!.bindPort = '6443';
  plan.discovery = {
    apiServerEndpoint: '',
    token: 'abcdef.0123456789abcdef',
    tokenTtl: '2h',
    caCertHashes: [`sha256:${'0123456789abcdef'.repeat(4)}`],
    certificateKey: 'f'.repeat(64),
    unsafeSkipCAVerification: false,
  };
  plan.components = {
    kubelet: true,
    cgroupDriver: 'systemd',
    kubeProxy: true,
    proxyMode: 'nftables',
    proxyBindAddress: '',
  };
  return plan;
}

describe('parsePlanText', () => {
  it('reads back exactly what planToJson wrote', () => {
    const plan = createDefaultPlan();
    plan.nodes.push({ ...plan.nodes[0]!, name: 'w-1', role: 'worker' });
    expect(parsePlanText('p.json', planToJson(plan))).toEqual({ plan, issues: [] });
  });

  it('fills fields an older file lacks with their defaults', () => {
    const { plan, issues } = parsePlanText(
      'p.json',
      '{"schemaVersion":1,"networking":{"stack":"ipv4"}}',
    );
    expect(issues).toEqual([]);
    expect(plan?.networking.stack).toBe('ipv4');
    expect(plan?.networking.serviceSubnet).toEqual(createDefaultPlan().networking.serviceSubnet);
  });

  it('reports wrong types, unknown fields and bad choices with their paths', () => {
    const text = JSON.stringify({
      schemaVersion: 1,
      networking: { stack: 'triple', dnsDomain: 5 },
      nodes: [{ name: 'a', role: 'boss', extra: true }],
    });
    const { plan, issues } = parsePlanText('p.json', text);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_choice', 'networking.stack'],
      ['field_type', 'networking.dnsDomain'],
      ['invalid_choice', 'nodes.0.role'],
      ['unknown_field', 'nodes.0.extra'],
    ]);
    expect(plan?.networking.stack).toBe(createDefaultPlan().networking.stack);
    expect(plan?.nodes[0]?.role).toBe('worker');
  });

  it('loads a version-1 file (no extras) without issues, at the current version', () => {
    const v1: Record<string, unknown> = { ...savedV1Plan(), schemaVersion: 1 };
    delete v1.extras;
    // Fields added to the model since (each loads as its default) were not in version 1.
    const components: Record<string, unknown> = { ...savedV1Plan().components };
    delete components.proxyBindAddress;
    v1.components = components;
    // The fixture is exactly what planToJson wrote before extras existed.
    expect(`${JSON.stringify(v1, null, 2)}\n`).toBe(savedV1);
    const loaded = parsePlanText('saved-plan.v1.json', savedV1);
    expect(loaded.issues).toEqual([]);
    expect(loaded.plan).toEqual(savedV1Plan());
    expect(loaded.plan?.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
  });

  it('renders a version-1 file to the same YAML as the equivalent current plan', () => {
    const loaded = parsePlanText('saved-plan.v1.json', savedV1).plan;
    if (!loaded) throw new Error('fixture did not load');
    const texts = (plan: ClusterPlan) => renderPlanFiles(plan).map((f) => [f.name, f.text]);
    expect(texts(loaded)).toEqual(texts(savedV1Plan()));
    expect(texts(loaded)).toHaveLength(6);
  });

  it('keeps extras through a save and load', () => {
    const plan = createDefaultPlan();
    plan.extras = {
      clusterConfiguration: {
        etcd: { local: { dataDir: '/data/etcd' } },
        apiServer: { extraArgs: [{ name: 'audit-log-maxage', value: '30' }] },
      },
      initConfiguration: { nodeRegistration: { taints: null } },
      joinConfiguration: { nodeRegistration: { taints: [] } },
      kubeletConfiguration: { maxPods: 250, clusterDNS: ['10.96.0.10'] },
      kubeProxyConfiguration: { ipvs: { scheduler: 'rr' } },
    };
    expect(parsePlanText('p.json', planToJson(plan))).toEqual({ plan, issues: [] });
  });

  it("checks extras against kubeadm's fields: wrong types and unknown slots are reported and dropped", () => {
    const plan = {
      schemaVersion: 2,
      networking: {},
      extras: {
        clusterConfiguration: {
          networking: 5,
          etcd: { local: { dataDir: '/d' } },
          apiServer: { extraArgs: { v: '2' } },
          kind: 'InitConfiguration',
        },
        kubeletConfiguration: ['x'],
        somethingElse: {},
      },
    };
    const { plan: loaded, issues } = parsePlanText('p.json', JSON.stringify(plan));
    expect(issues.map((i) => [i.code, i.path, i.document])).toEqual([
      ['field_type', 'extras.clusterConfiguration.networking', undefined],
      ['field_type', 'extras.clusterConfiguration.apiServer.extraArgs', undefined],
      ['field_type', 'extras.kubeletConfiguration', undefined],
      ['unknown_field', 'extras.somethingElse', undefined],
    ]);
    expect(loaded?.extras).toEqual({
      clusterConfiguration: { apiServer: {}, etcd: { local: { dataDir: '/d' } } },
    });
  });

  it('refuses a plan from a newer format than this one', () => {
    const text = JSON.stringify({ schemaVersion: PLAN_SCHEMA_VERSION + 1, networking: {} });
    expect(parsePlanText('p.json', text).issues[0]?.params).toEqual({
      reason: 'unsupported_version',
      version: String(PLAN_SCHEMA_VERSION + 1),
    });
  });

  it('refuses text that is not JSON, JSON that is not a plan, and plans from a newer format', () => {
    expect(parsePlanText('p.json', '{"schemaVersion":').issues[0]?.params).toEqual({
      reason: 'not_json',
    });
    expect(parsePlanText('p.json', '[1,2]').issues[0]?.params).toEqual({ reason: 'not_a_plan' });
    expect(
      parsePlanText('p.json', '{"schemaVersion":99,"networking":{}}').issues[0]?.params,
    ).toEqual({
      reason: 'unsupported_version',
      version: '99',
    });
  });
});
