import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateConfigTexts } from '../configFiles.ts';
import { diagnoseNodes, existingNodes } from './nodes.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const NODES = { name: 'nodes.json', text: fixture('nodes.json') };
const CONFIG_MAP = { name: 'kubeadm-config.yaml', text: fixture('kubeadm-config-configmap.yaml') };

const found = (issues: ReturnType<typeof diagnoseNodes>['issues']) =>
  issues.map((i) => [i.code, i.severity, i.path, 'node' in i.params ? i.params.node : '']);

describe('diagnoseNodes', () => {
  it('reads every node’s InternalIPs and pod CIDRs per family', () => {
    const { nodes } = diagnoseNodes(NODES);
    expect(nodes.map((n) => [n.name, n.internalIps, n.podCidrs])).toEqual([
      [
        'cp-1',
        { ipv4: ['192.168.10.11'], ipv6: ['fd00:192:168:10::11'] },
        { ipv4: ['10.244.0.0/24'], ipv6: ['fd00:10:244::/64'] },
      ],
      [
        'w-1',
        { ipv4: ['192.168.10.21'], ipv6: [] },
        { ipv4: ['10.244.1.0/24'], ipv6: ['fd00:10:244:1::/64'] },
      ],
      [
        'w-2',
        { ipv4: ['192.168.10.22'], ipv6: ['fd00:192:168:10::22'] },
        { ipv4: ['10.244.2.0/24'], ipv6: [] },
      ],
    ]);
  });

  it('names the node with only IPv4 and the node without an IPv6 pod range, against the ConfigMap', () => {
    const result = diagnoseNodes(NODES, CONFIG_MAP);
    expect(result.cluster).toEqual({ families: ['ipv4', 'ipv6'], from: 'config' });
    expect(found(result.issues)).toEqual([
      ['node_family_missing', 'error', 'items.1.status.addresses', 'w-1'],
      ['node_family_missing', 'error', 'items.2.spec.podCIDRs', 'w-2'],
    ]);
    expect(result.issues[0]?.params).toMatchObject({ family: 'ipv6', what: 'internal_ip' });
  });

  it('without a config, takes the families from the nodes and only warns', () => {
    const result = diagnoseNodes(NODES);
    expect(result.cluster).toEqual({ families: ['ipv4', 'ipv6'], from: 'nodes' });
    expect(found(result.issues).map((f) => f.slice(0, 2))).toEqual([
      ['node_family_missing', 'warning'],
      ['node_family_missing', 'warning'],
    ]);
  });

  it('finds pod ranges outside the config’s pod subnet and node IPs inside a cluster range', () => {
    const config = {
      name: 'kubeadm-config.yaml',
      text: [
        'apiVersion: kubeadm.k8s.io/v1beta4',
        'kind: ClusterConfiguration',
        'networking:',
        '  podSubnet: 10.32.0.0/16,fd00:10:244::/56',
        '  serviceSubnet: 192.168.10.0/24,fd00:10:96::/112',
      ].join('\n'),
    };
    const codes = diagnoseNodes(NODES, config).issues.map((i) => i.code);
    expect(codes.filter((c) => c === 'pod_cidr_outside')).toHaveLength(3);
    expect(codes.filter((c) => c === 'node_ip_in_cluster_range')).toHaveLength(3);
  });

  it('reads a single Node and YAML output too', () => {
    const node = (JSON.parse(NODES.text) as { items: unknown[] }).items[1];
    const yaml = `kind: Node\napiVersion: v1\nmetadata: {name: solo}\nstatus: {addresses: [{type: InternalIP, address: 10.0.0.9}]}\n`;
    expect(diagnoseNodes({ name: 'n.json', text: JSON.stringify(node) }).nodes[0]?.name).toBe(
      'w-1',
    );
    expect(diagnoseNodes({ name: 'n.yaml', text: yaml }).nodes[0]?.internalIps.ipv4).toEqual([
      '10.0.0.9',
    ]);
  });
});

describe('diagnoseNodes on hostile pastes', () => {
  const codes = (text: string) => diagnoseNodes({ name: 'paste', text }).issues.map((i) => i.code);

  it('refuses the wrong kind of object, lists and scalars with a catalogue code', () => {
    expect(codes('{"apiVersion":"v1","kind":"PodList","items":[]}')).toEqual(['wrong_object']);
    expect(codes('[1, 2, 3]')).toEqual(['wrong_object']);
    expect(codes('just text')).toEqual(['wrong_object']);
    expect(codes('{"kind":"List","items":[{"kind":"Pod"}, 7]}')).toEqual([
      'wrong_object',
      'wrong_object',
    ]);
  });

  it('refuses empty, binary, truncated, huge and deeply nested text', () => {
    expect(codes('')).toEqual(['required']);
    expect(codes('\u0000\u0001ELF')).toEqual(['file_encoding']);
    expect(codes('{"kind":"List","items":[')).toEqual(['yaml_syntax']);
    expect(codes('x'.repeat(3 * 1024 * 1024))).toEqual(['input_limit']);
    expect(codes(`${'['.repeat(200)}${']'.repeat(200)}`)).toEqual(['input_limit']);
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = diagnoseNodes({ name: 'paste', text: JSON.stringify(value) ?? '' });
        expect(Array.isArray(result.issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('existingNodes: new join files checked against the running cluster', () => {
  const join = (name: string, nodeIp: string, controlPlane = false) => ({
    name: `join-${name}.yaml`,
    text: [
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: JoinConfiguration',
      'discovery:',
      '  bootstrapToken:',
      '    apiServerEndpoint: 192.168.10.11:6443',
      '    token: abcdef.0123456789abcdef',
      `    caCertHashes: ["sha256:${'a'.repeat(64)}"]`,
      'nodeRegistration:',
      `  name: ${name}`,
      '  kubeletExtraArgs:',
      '  - name: node-ip',
      `    value: ${nodeIp}`,
      ...(controlPlane ? ['controlPlane:', `  certificateKey: "${'b'.repeat(64)}"`] : []),
    ].join('\n'),
  });

  it('finds a new node that takes an existing name or address, on the new file only', () => {
    const { nodes, issues } = existingNodes(NODES);
    expect(issues).toEqual([]);
    expect(nodes.map((n) => [n.name?.value, n.role])).toEqual([
      ['cp-1', 'control-plane'],
      ['w-1', 'worker'],
      ['w-2', 'worker'],
    ]);
    const result = validateConfigTexts(
      [
        CONFIG_MAP,
        join('w-1', '192.168.10.31,fd00:192:168:10::31'),
        join('w-3', '192.168.10.22,fd00:192:168:10::33'),
      ],
      { existingNodes: nodes },
    );
    expect(result.issues.map((i) => [i.code, i.file])).toEqual([
      ['duplicate_node_name', 'join-w-1.yaml'],
      ['duplicate_node_ip', 'join-w-3.yaml'],
    ]);
  });

  it('counts the running control-plane nodes: a second one needs a controlPlaneEndpoint', () => {
    const { nodes } = existingNodes(NODES);
    const result = validateConfigTexts(
      [CONFIG_MAP, join('cp-2', '192.168.10.12,fd00:192:168:10::12', true)],
      { existingNodes: nodes },
    );
    expect(result.issues.map((i) => i.code)).toContain('control_plane_endpoint_required');
  });
});
