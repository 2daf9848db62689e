import { describe, expect, it } from 'vitest';
import { renderPlanFiles } from '../../render/files.ts';
import { parseYamlStream } from '../../text/yaml.ts';
import { validatePlan } from './validatePlan.ts';
import { createDefaultPlan, createNode } from '../../plan/defaults.ts';
import type { ClusterPlan, NodePlan } from '../../plan/plan.ts';

const TOKEN = 'clvldh.vjjwg16ucnhp94qr';
const CA_HASH = 'sha256:a4863cde706cfc580a439f842cc65d5ef112b7b2be31628513a9881cf0d9fe0e';

function node(role: NodePlan['role'], ipv4: string, ipv6: string, advertise = ''): NodePlan {
  const n = createNode(role);
  return {
    ...n,
    ips: { ipv4, ipv6 },
    advertiseAddress: advertise,
    bindPort: advertise ? '6443' : '',
  };
}

/**
 * The three-node example of the kubeadm page "Dual-stack support with kubeadm" (zh-cn seed copy,
 * v1beta4 join files) as one plan: the init node, the worker, then the control-plane join.
 */
function docsPagePlan(): ClusterPlan {
  const plan = createDefaultPlan();
  plan.kubernetesVersion = '';
  plan.networking.stack = 'dual-ipv4-primary';
  plan.networking.podSubnet = { ipv4: '10.244.0.0/16', ipv6: '2001:db8:42:0::/56' };
  plan.networking.serviceSubnet = { ipv4: '10.96.0.0/16', ipv6: '2001:db8:42:1::/112' };
  plan.nodes = [
    node('control-plane', '10.100.0.2', 'fd00:1:2:3::2', '10.100.0.1'),
    node('worker', '10.100.0.2', 'fd00:1:2:3::3'),
    node('control-plane', '10.100.0.2', 'fd00:1:2:3::4', '10.100.0.2'),
  ];
  plan.discovery.apiServerEndpoint = '10.100.0.1:6443';
  plan.discovery.token = TOKEN;
  plan.discovery.caCertHashes = [CA_HASH];
  return plan;
}

/** The discovery block both join files of the page share. */
const DISCOVERY = {
  bootstrapToken: { apiServerEndpoint: '10.100.0.1:6443', token: TOKEN, caCertHashes: [CA_HASH] },
};

/** The page's v1beta4 join files, as data (the seed's worker file says v1beta3, which cannot decode its list-form kubeletExtraArgs, RULES.md §24). */
const PAGE_WORKER_JOIN = {
  apiVersion: 'kubeadm.k8s.io/v1beta4',
  kind: 'JoinConfiguration',
  discovery: DISCOVERY,
  nodeRegistration: { kubeletExtraArgs: [{ name: 'node-ip', value: '10.100.0.2,fd00:1:2:3::3' }] },
};

const PAGE_CONTROL_PLANE_JOIN = {
  apiVersion: 'kubeadm.k8s.io/v1beta4',
  kind: 'JoinConfiguration',
  controlPlane: { localAPIEndpoint: { advertiseAddress: '10.100.0.2', bindPort: 6443 } },
  discovery: DISCOVERY,
  nodeRegistration: { kubeletExtraArgs: [{ name: 'node-ip', value: '10.100.0.2,fd00:1:2:3::4' }] },
};

/** The single document of a rendered file, read back as data. */
function onlyDocument(text: string | undefined): unknown {
  const stream = parseYamlStream(text ?? '');
  expect(stream.documents).toHaveLength(1);
  return stream.documents[0]?.data;
}

describe('the docs page example as a plan', () => {
  it("renders the page's worker and control-plane join files", () => {
    const files = renderPlanFiles(docsPagePlan());
    expect(files.map((f) => [f.name, f.role])).toEqual([
      ['kubeadm-config.yaml', 'init'],
      ['join-node-2.yaml', 'join'],
      ['join-node-3.yaml', 'join'],
    ]);
    expect(onlyDocument(files[1]?.text)).toEqual(PAGE_WORKER_JOIN);
    expect(onlyDocument(files[2]?.text)).toEqual(PAGE_CONTROL_PLANE_JOIN);
  });

  it("reports the page's shared IPv4 node-ip and its missing controlPlaneEndpoint as errors", () => {
    const errors = validatePlan(docsPagePlan())
      .filter((i) => i.severity === 'error')
      .map((i) => [i.code, i.path]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['duplicate_node_ip', 'nodes.1.ips.ipv4'],
        ['duplicate_node_ip', 'nodes.2.ips.ipv4'],
        ['control_plane_endpoint_required', 'controlPlaneEndpoint'],
      ]),
    );
    expect(errors).toHaveLength(3);
  });

  it('has no errors once every node has its own IPv4 address and an endpoint is set', () => {
    const plan = docsPagePlan();
    plan.nodes[1]!.ips.ipv4 = '10.100.0.3';
    plan.nodes[2]!.ips.ipv4 = '10.100.0.4';
    plan.nodes[2]!.advertiseAddress = '10.100.0.4';
    plan.controlPlaneEndpoint = '10.100.0.1:6443';
    expect(validatePlan(plan).filter((i) => i.severity === 'error')).toEqual([]);
  });
});
