import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultPlan, createNode } from '../../plan/defaults.ts';
import type { ClusterPlan } from '../../plan/plan.ts';
import { docsDualStackPlan } from '../../render/__fixtures__/plans.ts';
import { validatePlan } from './validatePlan.ts';

const located = (plan: ClusterPlan, severity?: string) =>
  validatePlan(plan)
    .filter((i) => severity === undefined || i.severity === severity)
    .map((i) => [i.code, i.path]);

describe('validatePlan', () => {
  it('finds nothing wrong with the default plan', () => {
    expect(validatePlan(createDefaultPlan()).filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('puts the docs page mistakes on the fields the user typed them in', () => {
    expect(located(docsDualStackPlan(), 'warning')).toEqual(
      expect.arrayContaining([
        ['subnets_overlap', 'networking.serviceSubnet.ipv6'],
        ['node_ip_mismatch', 'nodes.0.ips.ipv4'],
        ['documentation_prefix', 'networking.podSubnet.ipv6'],
        ['documentation_prefix', 'networking.serviceSubnet.ipv6'],
      ]),
    );
    expect(located(docsDualStackPlan(), 'error')).toEqual([]);
  });

  it('reports a value of the other family once, on its own field', () => {
    const plan = createDefaultPlan();
    plan.networking.podSubnet.ipv4 = 'fd00:1::/56';
    expect(located(plan, 'error')).toEqual([['wrong_family', 'networking.podSubnet.ipv4']]);
  });

  it('requires an IPv6 service subnet and both node IPs in a dual-stack cluster', () => {
    const plan = createDefaultPlan();
    plan.networking.serviceSubnet.ipv6 = '';
    plan.nodes[0]!.ips.ipv6 = ' ';
    expect(located(plan, 'error')).toEqual(
      expect.arrayContaining([
        ['required', 'networking.serviceSubnet.ipv6'],
        ['required', 'nodes.0.ips.ipv6'],
      ]),
    );
  });

  it('reports a bind port that is not a number on the node', () => {
    const plan = createDefaultPlan();
    plan.nodes[0]!.bindPort = 'https';
    expect(located(plan, 'error')).toEqual([['port_range', 'nodes.0.bindPort']]);
  });

  it('reports syntax errors on the field, with kubeadm’s rule behind them', () => {
    const plan = createDefaultPlan();
    plan.networking.serviceSubnet.ipv4 = '10.96.0.0/8';
    plan.networking.dnsDomain = 'Cluster.Local';
    expect(located(plan, 'error')).toEqual(
      expect.arrayContaining([
        ['service_subnet_too_large', 'networking.serviceSubnet.ipv4'],
        ['dns_name', 'networking.dnsDomain'],
      ]),
    );
  });

  it('finds a shared node IP and a control-plane join without an endpoint on the right rows', () => {
    const plan = createDefaultPlan();
    const cp2 = createNode('control-plane', 'cp-2');
    cp2.ips = { ipv4: '192.168.10.12', ipv6: 'fd00:192:168:10::12' };
    const worker = createNode('worker', 'w-1');
    worker.ips = { ipv4: '192.168.10.12', ipv6: 'fd00:192:168:10::21' };
    plan.nodes.push(cp2, worker);
    plan.discovery.token = 'abcdef.0123456789abcdef';
    plan.discovery.caCertHashes = [`sha256:${'0'.repeat(64)}`];
    expect(located(plan, 'error')).toEqual(
      expect.arrayContaining([
        ['duplicate_node_ip', 'nodes.2.ips.ipv4'],
        ['control_plane_endpoint_required', 'controlPlaneEndpoint'],
      ]),
    );
    plan.controlPlaneEndpoint = 'k8s.example.internal:6443';
    worker.ips.ipv4 = '192.168.10.21';
    expect(located(plan, 'error')).toEqual([]);
  });

  it('never throws, whatever the fields hold', () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('', '::', '0.0.0.0', '10.0.0.0/8', 'fd00::/64', '[::1]:1'),
    );
    fc.assert(
      fc.property(text, text, text, text, text, (a, b, c, d, e) => {
        const plan = createDefaultPlan();
        plan.networking.podSubnet = { ipv4: a, ipv6: b };
        plan.nodes[0]!.ips = { ipv4: c, ipv6: d };
        plan.nodes[0]!.bindPort = e;
        plan.controlPlaneEndpoint = a;
        plan.networking.nodeMask.ipv6 = e;
        expect(Array.isArray(validatePlan(plan))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('validatePlan on per-family list entries', () => {
  it('puts an unparsable IPv6 pod subnet on the IPv6 field, not the IPv4 one', () => {
    for (const bad of ['not-a-cidr', 'fd00:10:244::/129']) {
      const plan = createDefaultPlan();
      plan.networking.podSubnet.ipv6 = bad;
      expect(located(plan, 'error')).toEqual([['cidr_syntax', 'networking.podSubnet.ipv6']]);
    }
  });

  it('reports an IPv4 value in the IPv6 field once, with no list error on the IPv4 field', () => {
    const plan = createDefaultPlan();
    plan.networking.podSubnet.ipv6 = '10.1.0.0/16';
    expect(located(plan, 'error')).toEqual([['wrong_family', 'networking.podSubnet.ipv6']]);
  });
});

describe('validatePlan: where issues go', () => {
  it('puts an issue about one entry of a comma list on the field that wrote that entry', () => {
    const plan = createDefaultPlan();
    // A pasted pair left in the IPv4 field: that field says where each entry goes, and the list
    // kubeadm reads (three entries, the IPv6 field's value the third) adds nothing on top.
    plan.networking.podSubnet.ipv4 = '10.244.0.0/16,fd00:1::/56';
    plan.networking.podSubnet.ipv6 = 'fd00:2::/56x';
    expect(located(plan, 'error')).toEqual([
      ['family_pair', 'networking.podSubnet.ipv4'],
      ['cidr_syntax', 'networking.podSubnet.ipv6'],
    ]);
    plan.networking.podSubnet.ipv4 = '10.244.0.0/16,not-a-cidr';
    expect(located(plan, 'error')).toEqual([
      ['cidr_syntax', 'networking.podSubnet.ipv4'],
      ['cidr_syntax', 'networking.podSubnet.ipv6'],
    ]);
  });

  it('finds a bad pod subnet once, on its field, though kube-proxy’s clusterCIDR repeats it', () => {
    const plan = createDefaultPlan();
    plan.components.kubeProxy = true;
    plan.networking.podSubnet.ipv6 = 'fd00:10:244::/56x';
    expect(located(plan, 'error')).toEqual([['cidr_syntax', 'networking.podSubnet.ipv6']]);
  });

  it('puts an issue about an empty value on its field only where the table says so', () => {
    const plan = createDefaultPlan();
    plan.nodes.push(createNode('control-plane', 'cp-2'));
    expect(located(plan, 'error')).toEqual(
      expect.arrayContaining([['control_plane_endpoint_required', 'controlPlaneEndpoint']]),
    );
    // No CA hash, no token: the Joining fields that fix them (issue 13: every issue links to its
    // field; the skip-verification checkbox sits beside the hashes).
    expect(located(plan, 'error')).toEqual(
      expect.arrayContaining([
        ['ca_cert_hash_missing', 'discovery.caCertHashes'],
        ['token_format', 'discovery.token'],
      ]),
    );
  });
});

describe('validatePlan: issue 12', () => {
  it('puts KCM’s legacy node mask, imported with the plan, against the pod subnet field', () => {
    const plan = createDefaultPlan();
    plan.networking.stack = 'ipv4';
    plan.networking.podSubnet = { ipv4: '10.244.0.0/24', ipv6: '' };
    plan.networking.serviceSubnet = { ipv4: '10.96.0.0/16', ipv6: '' };
    plan.nodes[0]!.ips.ipv6 = '';
    plan.extras = {
      clusterConfiguration: {
        controllerManager: { extraArgs: [{ name: 'node-cidr-mask-size', value: '16' }] },
      },
    };
    expect(located(plan, 'error')).toEqual([
      ['pod_subnet_smaller_than_node_mask', 'networking.podSubnet.ipv4'],
    ]);
  });
});

describe('validatePlan: issue 12, controlPlaneEndpoint', () => {
  it('warns on the endpoint field when an unbracketed IPv6 ends in a port-like group', () => {
    const plan = createDefaultPlan();
    plan.controlPlaneEndpoint = 'fd00::1:6443';
    expect(located(plan, 'warning')).toContainEqual([
      'endpoint_ipv6_port_ambiguous',
      'controlPlaneEndpoint',
    ]);
    plan.controlPlaneEndpoint = '[fd00::1]:6443';
    expect(located(plan, 'warning').map((i) => i[0])).not.toContain('endpoint_ipv6_port_ambiguous');
  });
});
