import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnoseNodes } from './nodes.ts';

const fixture = (name: string) => ({
  name,
  text: readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'),
});
const NODES = fixture('nodes.json');
const CONFIG_MAP = fixture('kubeadm-config-configmap.yaml');
const PODS_JSON = fixture('pods.json');
const PODS_WIDE = fixture('pods-wide.txt');

const withPods = (pods: { name: string; text: string }, config = true) =>
  diagnoseNodes(NODES, config ? CONFIG_MAP : undefined, { pods });
describe('diagnoseNodes with kubectl get pods -A -o json', () => {
  it('counts each node’s pods, host network ones, and the others’ IPs by family', () => {
    expect(withPods(PODS_JSON).pods).toEqual({
      source: 'json',
      nodes: [
        { node: 'cp-1', pods: 2, hostNetwork: 1, withIp: { ipv4: 1, ipv6: 1 } },
        { node: 'w-1', pods: 3, hostNetwork: 1, withIp: { ipv4: 2, ipv6: 1 } },
        { node: 'w-2', pods: 1, hostNetwork: 0, withIp: { ipv4: 1, ipv6: 0 } },
        { node: '', pods: 1, hostNetwork: 0, withIp: { ipv4: 0, ipv6: 0 } },
      ],
    });
  });

  it('names the node whose pod IP is outside the pod subnets, and one finding per node lacking IPv6', () => {
    const issues = withPods(PODS_JSON).issues.filter((i) => i.file === 'pods.json');
    expect(issues.map((i) => [i.code, i.severity, i.path, i.params])).toEqual([
      [
        'pod_family_missing',
        'warning',
        'items.3',
        { node: 'w-1', family: 'ipv6', count: 1, total: 2 },
      ],
      [
        'pod_ip_outside',
        'warning',
        'items.5',
        {
          node: 'w-2',
          count: 1,
          pod: 'default/web-2',
          ip: '10.88.0.4',
          podSubnets: '10.244.0.0/16, fd00:10:244::/56',
        },
      ],
      [
        'pod_family_missing',
        'warning',
        'items.5',
        { node: 'w-2', family: 'ipv6', count: 1, total: 1 },
      ],
    ]);
  });

  it('summarises hundreds of single-stack pods on a node as one finding with their count', () => {
    const pod = (i: number) => ({
      kind: 'Pod',
      metadata: { name: `p-${i}`, namespace: 'load' },
      spec: { nodeName: 'w-1' },
      status: { podIP: `10.244.1.${(i % 250) + 2}`, podIPs: [{ ip: `10.244.1.${(i % 250) + 2}` }] },
    });
    const text = JSON.stringify({
      kind: 'PodList',
      items: Array.from({ length: 600 }, (_, i) => pod(i)),
    });
    const issues = withPods({ name: 'pods.json', text }).issues.filter(
      (i) => i.file === 'pods.json',
    );
    expect(issues.map((i) => [i.code, i.params])).toEqual([
      ['pod_family_missing', { node: 'w-1', family: 'ipv6', count: 600, total: 600 }],
    ]);
  });

  it('does not judge host network pods, pods without an IP, or a single-stack cluster’s pods', () => {
    const single = {
      name: 'kubeadm-config.yaml',
      text: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.0.0.0/8\n  serviceSubnet: 172.16.0.0/16\n',
    };
    const result = diagnoseNodes(NODES, single, { pods: PODS_JSON });
    expect(result.issues.filter((i) => i.file === 'pods.json')).toEqual([]);
  });

  it('without a config, takes the families from the nodes and has no subnet to compare with', () => {
    const codes = withPods(PODS_JSON, false)
      .issues.filter((i) => i.file === 'pods.json')
      .map((i) => i.code);
    expect(codes).toEqual(['pod_family_missing', 'pod_family_missing']);
  });
});

describe('diagnoseNodes with kubectl get pods -A -o wide', () => {
  it('reads the table by its header’s columns, pending pods included', () => {
    expect(withPods(PODS_WIDE).pods).toEqual({
      source: 'table',
      nodes: [
        { node: 'cp-1', pods: 2, hostNetwork: 1, withIp: { ipv4: 1, ipv6: 0 } },
        { node: 'w-1', pods: 3, hostNetwork: 1, withIp: { ipv4: 2, ipv6: 0 } },
        { node: 'w-2', pods: 1, hostNetwork: 0, withIp: { ipv4: 1, ipv6: 0 } },
        { node: '', pods: 1, hostNetwork: 0, withIp: { ipv4: 0, ipv6: 0 } },
      ],
    });
  });

  it('finds the pod outside the pod subnets but claims nothing of second families it cannot see', () => {
    const issues = withPods(PODS_WIDE).issues.filter((i) => i.file === 'pods-wide.txt');
    expect(issues.map((i) => [i.code, i.params])).toEqual([
      [
        'pod_ip_outside',
        {
          node: 'w-2',
          count: 1,
          pod: 'default/web-2',
          ip: '10.88.0.4',
          podSubnets: '10.244.0.0/16, fd00:10:244::/56',
        },
      ],
    ]);
  });

  it('reads a table without -A, and tab-separated rows', () => {
    const plain = PODS_WIDE.text
      .split('\n')
      .map((l) => l.slice(14))
      .join('\n');
    const tabbed = PODS_WIDE.text.replace(/ {3,}/g, '\t');
    for (const text of [plain, tabbed]) {
      const result = withPods({ name: 'pods.txt', text });
      expect(result.pods?.nodes.map((n) => [n.node, n.pods])).toEqual([
        ['cp-1', 2],
        ['w-1', 3],
        ['w-2', 1],
        ['', 1],
      ]);
      expect(result.issues.filter((i) => i.file === 'pods.txt').map((i) => i.code)).toEqual([
        'pod_ip_outside',
      ]);
    }
  });

  it('refuses a table without the IP and NODE columns (no -o wide)', () => {
    const text =
      'NAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d\n';
    const issues = withPods({ name: 'pods.txt', text }).issues.filter((i) => i.file === 'pods.txt');
    expect(issues.map((i) => [i.code, i.params])).toEqual([
      ['wrong_object', { expected: 'PodList', found: '', reason: 'not_wide' }],
    ]);
  });
});

describe('pods on hostile pastes', () => {
  const codes = (text: string) =>
    withPods({ name: 'paste', text })
      .issues.filter((i) => i.file === 'paste')
      .map((i) => [i.code, 'expected' in i.params ? i.params.expected : '']);

  it('refuses nodes, wrong kinds and junk with a catalogue code', () => {
    expect(codes(NODES.text)).toEqual([['wrong_object', 'PodList']]);
    expect(codes('{"kind":"List","items":[{"kind":"Service"}, 7]}')).toEqual([
      ['wrong_object', 'Pod'],
      ['wrong_object', 'Pod'],
    ]);
    expect(codes('')).toEqual([['required', '']]);
    expect(codes('\u0000\u0001ELF')).toEqual([['file_encoding', '']]);
    expect(codes(`NAMESPACE NAME READY STATUS IP NODE\n\u0000`)).toEqual([['file_encoding', '']]);
    expect(codes(`${'['.repeat(200)}${']'.repeat(200)}`)).toEqual([['input_limit', '']]);
  });

  it('refuses a huge paste, table or JSON, by its size', () => {
    const row = 'default   web-0   1/1   Running   0   5d   10.244.1.5   w-1   <none>   <none>\n';
    const table = `NAMESPACE   NAME   READY   STATUS   RESTARTS   AGE   IP   NODE\n${row.repeat(40_000)}`;
    expect(codes(table)).toEqual([['input_limit', '']]);
    expect(codes(`{"kind":"List","items":[],"x":"${'x'.repeat(3 * 1024 * 1024)}"}`)).toEqual([
      ['input_limit', ''],
    ]);
  });

  it('never throws, whatever JSON or table text it is given', () => {
    const header = 'NAMESPACE   NAME   READY   STATUS   RESTARTS   AGE   IP   NODE\n';
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
          fc.string().map((s) => header + s),
        ),
        (text) => {
          const result = withPods({ name: 'paste', text });
          expect(Array.isArray(result.issues)).toBe(true);
          expect(result.pods?.nodes).toBeDefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on Pod-shaped objects with arbitrary fields', () => {
    const anything = fc.jsonValue();
    const pod = fc.record({
      kind: fc.constant('Pod'),
      metadata: fc.oneof(anything, fc.record({ name: anything, namespace: anything })),
      spec: fc.oneof(anything, fc.record({ nodeName: anything, hostNetwork: anything })),
      status: fc.oneof(anything, fc.record({ podIP: anything, podIPs: anything })),
    });
    fc.assert(
      fc.property(fc.array(pod, { maxLength: 8 }), (items) => {
        const result = withPods({ name: 'p', text: JSON.stringify({ kind: 'List', items }) });
        expect(result.pods?.nodes.reduce((n, s) => n + s.pods, 0)).toBe(items.length);
      }),
      { numRuns: 200 },
    );
  });
});
