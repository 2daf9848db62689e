import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import configMap from '../validation/diagnose/__fixtures__/kubeadm-config-configmap.yaml?raw';
import nodesJson from '../validation/diagnose/__fixtures__/nodes.json?raw';
import haConfigMap from './__fixtures__/running/kubeadm-config-ha.yaml?raw';
import { MAX_CONFIG_BYTES } from '../validation/configFiles.ts';
import {
  planRunningJoins,
  readRunningCluster,
  RUNNING_CONFIG_FILE,
  RUNNING_NODES_FILE,
  type JoinDiscovery,
  type NewNode,
} from './running.ts';

const CONFIG = { name: RUNNING_CONFIG_FILE, text: configMap };
const HA = { name: RUNNING_CONFIG_FILE, text: haConfigMap };
const NODES = { name: RUNNING_NODES_FILE, text: nodesJson };
const TOKEN = 'k3x9qa.4m2n8b7v6c5x1z0q';
const HASH = `sha256:${'4f'.repeat(32)}`;
const KEY = '0a'.repeat(32);
const DISCOVERY: JoinDiscovery = {
  apiServerEndpoint: '192.168.10.11:6443',
  token: TOKEN,
  caCertHash: HASH,
  certificateKey: '',
};
const worker = (name: string, ipv4: string, ipv6: string): NewNode => ({
  name,
  role: 'worker',
  ipv4,
  ipv6,
  advertiseAddress: '',
  bindPort: '',
});

describe('readRunningCluster', () => {
  it('reads the networking of the ConfigMap and the nodes with their roles and IPs', () => {
    const cluster = readRunningCluster(CONFIG, NODES);
    expect(cluster.issues).toEqual([]);
    expect(cluster.summary).toEqual({
      kubernetesVersion: 'v1.35.0',
      apiVersion: 'kubeadm.k8s.io/v1beta4',
      controlPlaneEndpoint: '',
      families: ['ipv4', 'ipv6'],
      podSubnet: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/56' },
      serviceSubnet: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:96::/112' },
      dnsDomain: 'cluster.local',
      nodeMask: { ipv4: '', ipv6: '' },
      nodes: [
        {
          name: 'cp-1',
          role: 'control-plane',
          ips: { ipv4: ['192.168.10.11'], ipv6: ['fd00:192:168:10::11'] },
        },
        { name: 'w-1', role: 'worker', ips: { ipv4: ['192.168.10.21'], ipv6: [] } },
        {
          name: 'w-2',
          role: 'worker',
          ips: { ipv4: ['192.168.10.22'], ipv6: ['fd00:192:168:10::22'] },
        },
      ],
    });
  });

  it('reads the endpoint and node masks of an HA cluster', () => {
    const summary = readRunningCluster(HA).summary;
    expect(summary?.controlPlaneEndpoint).toBe('k8s-api.lab.internal:6443');
    expect(summary?.nodeMask).toEqual({ ipv4: '25', ipv6: '' });
    expect(summary?.dnsDomain).toBe('lab.local');
    expect(summary?.nodes).toEqual([]);
  });

  it.each([
    [
      'a Deployment',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\n',
      'wrong_object',
    ],
    ['the nodes list', nodesJson, 'wrong_object'],
    [
      'a ConfigMap of another key',
      'apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n',
      'wrong_object',
    ],
    ['broken YAML', 'data: [unclosed\n', 'yaml_syntax'],
    ['binary junk', 'PK\u0003\u0004\u0000\u0000junk', 'file_encoding'],
    ['a huge paste', `# ${'x'.repeat(MAX_CONFIG_BYTES)}`, 'input_limit'],
    ['nothing', '  \n', 'required'],
  ])('refuses %s with a catalogue issue and no summary', (_what, text, code) => {
    const cluster = readRunningCluster({ name: RUNNING_CONFIG_FILE, text });
    expect(cluster.summary).toBeUndefined();
    expect(cluster.issues[0]?.code).toBe(code);
    expect(cluster.issues[0]?.severity).toBe('error');
  });

  it('names the kind it found when the text is not the ConfigMap', () => {
    const cluster = readRunningCluster({ name: RUNNING_CONFIG_FILE, text: nodesJson });
    expect(cluster.issues[0]?.params).toEqual({ expected: 'ClusterConfiguration', found: 'List' });
  });

  it('reports a nodes paste that is not a node list on the nodes input', () => {
    const cluster = readRunningCluster(CONFIG, { name: RUNNING_NODES_FILE, text: configMap });
    expect(cluster.summary).toBeDefined();
    expect(cluster.issues.map((i) => [i.code, i.file])).toEqual([
      ['wrong_object', RUNNING_NODES_FILE],
    ]);
  });
});

describe('planRunningJoins', () => {
  it('renders one join file and command per new worker, clean against the running nodes', () => {
    const cluster = readRunningCluster(CONFIG, NODES);
    const joins = planRunningJoins(
      cluster,
      CONFIG,
      [
        worker('w-3', '192.168.10.23', 'fd00:192:168:10::23'),
        worker('w-4', '192.168.10.24', 'fd00:192:168:10::24'),
      ],
      DISCOVERY,
    );
    expect(joins.issues).toEqual([]);
    expect(joins.valid).toBe(true);
    expect(joins.endpoint).toBe('192.168.10.11:6443');
    expect(joins.files.map((f) => [f.node, f.name, f.command])).toEqual([
      [0, 'join-w-3.yaml', 'kubeadm join --config join-w-3.yaml'],
      [1, 'join-w-4.yaml', 'kubeadm join --config join-w-4.yaml'],
    ]);
    const text = joins.files[0]?.text ?? '';
    expect(text).toContain('kind: JoinConfiguration');
    expect(text).toContain('apiVersion: kubeadm.k8s.io/v1beta4');
    expect(text).toContain('value: 192.168.10.23,fd00:192:168:10::23');
    expect(text).toContain(TOKEN);
    expect(text).toContain(HASH);
    expect(text).not.toContain('controlPlane');
    expect(joins.secrets.map((s) => s.kind)).toEqual(['join-command', 'token', 'ca-hash']);
  });

  it('finds a new worker that reuses an existing IP or name, on that node', () => {
    const cluster = readRunningCluster(CONFIG, NODES);
    const joins = planRunningJoins(
      cluster,
      CONFIG,
      [
        worker('w-3', '192.168.10.22', 'fd00:192:168:10::23'),
        worker('w-1', '192.168.10.24', 'fd00:192:168:10::24'),
      ],
      DISCOVERY,
    );
    expect(joins.valid).toBe(false);
    expect(joins.issues.map((i, n) => [i.code, joins.places[n]])).toEqual([
      ['duplicate_node_ip', { input: 'node', node: 0 }],
      ['duplicate_node_name', { input: 'node', node: 1 }],
    ]);
  });

  it('finds a node IP inside the pod range and a family the cluster lacks', () => {
    const cluster = readRunningCluster(CONFIG, NODES);
    const joins = planRunningJoins(
      cluster,
      CONFIG,
      [worker('w-3', '10.244.9.9', 'fd00:192:168:10::23')],
      DISCOVERY,
    );
    expect(joins.issues.map((i) => i.code)).toContain('node_ip_in_cluster_range');
    expect(joins.places).toContainEqual({ input: 'node', node: 0 });
  });

  it("warns of a new node without the cluster's second family, and wants an endpoint", () => {
    const cluster = readRunningCluster(CONFIG, NODES);
    const joins = planRunningJoins(cluster, CONFIG, [worker('w-3', '192.168.10.23', '')], {
      ...DISCOVERY,
      apiServerEndpoint: '',
    });
    expect(joins.issues.map((i, n) => [i.severity, i.code, joins.places[n]])).toEqual([
      ['error', 'required', { input: 'discovery', field: 'apiServerEndpoint' }],
      ['warning', 'stack_mismatch', { input: 'node', node: 0 }],
    ]);
    expect(joins.endpoint).toBe('');
  });

  it('needs a controlPlaneEndpoint and a certificate key for a control-plane join', () => {
    const cluster = readRunningCluster(CONFIG, NODES);
    const cp: NewNode = { ...worker('cp-2', '192.168.10.12', 'fd00:192:168:10::12') };
    cp.role = 'control-plane';
    const joins = planRunningJoins(cluster, CONFIG, [cp], {
      ...DISCOVERY,
      certificateKey: 'not-hex',
    });
    const codes = joins.issues.map((i) => i.code);
    expect(codes).toContain('control_plane_endpoint_required');
    expect(codes).toContain('certificate_key_format');
    const keyIssue = joins.issues.findIndex((i) => i.code === 'certificate_key_format');
    expect(joins.places[keyIssue]).toEqual({ input: 'discovery', field: 'certificateKey' });
    expect(joins.secrets.at(-1)).toEqual({
      kind: 'upload-certs',
      command: 'kubeadm init phase upload-certs --upload-certs',
    });
  });

  it('joins a control-plane node of an HA cluster through its controlPlaneEndpoint', () => {
    const cluster = readRunningCluster(HA);
    const cp: NewNode = {
      name: 'cp-2',
      role: 'control-plane',
      ipv4: '192.168.30.12',
      ipv6: 'fd00:30::12',
      advertiseAddress: '',
      bindPort: '',
    };
    const joins = planRunningJoins(cluster, HA, [cp], {
      ...DISCOVERY,
      apiServerEndpoint: '',
      certificateKey: KEY,
    });
    expect(joins.issues).toEqual([]);
    expect(joins.endpoint).toBe('k8s-api.lab.internal:6443');
    const text = joins.files[0]?.text ?? '';
    expect(text).toContain('apiServerEndpoint: k8s-api.lab.internal:6443');
    expect(text).toContain(`certificateKey: ${KEY}`);
    expect(text).toContain('advertiseAddress: 192.168.30.12');
  });

  it('reports a bad token once, on the token input, however many nodes join', () => {
    const cluster = readRunningCluster(CONFIG, NODES);
    const joins = planRunningJoins(
      cluster,
      CONFIG,
      [
        worker('w-3', '192.168.10.23', 'fd00:192:168:10::23'),
        worker('w-4', '192.168.10.24', 'fd00:192:168:10::24'),
      ],
      { ...DISCOVERY, token: 'Not.A.Token' },
    );
    const tokenIssues = joins.issues.filter((i) => i.code === 'token_format');
    expect(tokenIssues.length).toBeGreaterThan(0);
    expect(new Set(tokenIssues.map((i) => i.path)).size).toBe(tokenIssues.length);
    joins.issues.forEach((issue, n) => {
      if (issue.code === 'token_format') {
        expect(joins.places[n]).toEqual({ input: 'discovery', field: 'token' });
      }
    });
  });

  it('without a pasted cluster, renders nothing', () => {
    const cluster = readRunningCluster({ name: RUNNING_CONFIG_FILE, text: 'kind: Foo' });
    const joins = planRunningJoins(cluster, CONFIG, [worker('a', '', '')], DISCOVERY);
    expect(joins.files).toEqual([]);
    expect(joins.valid).toBe(false);
  });
});

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '192.168.10.11', 'fd00::1', '[fd00::1]:6443', 'cp-1', 'w-1', '10.244.0.1'),
);

describe('property: the running-cluster join planner', () => {
  it('never throws, whatever is pasted or typed', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.constant(configMap), fc.constant(nodesJson)),
        fc.option(fc.oneof(fc.string({ maxLength: 200 }), fc.constant(nodesJson))),
        fc.array(
          fc.record({
            name: text,
            role: fc.constantFrom('worker' as const, 'control-plane' as const),
            ipv4: text,
            ipv6: text,
            advertiseAddress: text,
            bindPort: text,
          }),
          { maxLength: 3 },
        ),
        fc.record({ apiServerEndpoint: text, token: text, caCertHash: text, certificateKey: text }),
        (configText, nodesText, nodes, discovery) => {
          const config = { name: RUNNING_CONFIG_FILE, text: configText };
          const cluster = readRunningCluster(
            config,
            nodesText === null ? undefined : { name: RUNNING_NODES_FILE, text: nodesText },
          );
          const joins = planRunningJoins(cluster, config, nodes, discovery);
          expect(joins.places).toHaveLength(joins.issues.length);
          if (!cluster.summary) expect(cluster.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  });
});
