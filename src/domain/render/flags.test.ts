import { describe, expect, it } from 'vitest';
import type { ClusterPlan } from '../plan/plan.ts';
import { docsDualStackPlan, haPlan, ipv4OnlyPlan, ipv6OnlyPlan } from './__fixtures__/plans.ts';
import { flagsBlockers, flagsOnlyInitCommand, networkingFlags } from './flags.ts';

/** The HA plan without anything flags cannot express. */
function flagsFriendlyPlan(): ClusterPlan {
  const plan = haPlan();
  plan.encryptionAlgorithm = '';
  plan.nodes = plan.nodes.map((n) => ({ ...n, ips: { ipv4: '', ipv6: '' } }));
  plan.nodes[0]!.advertiseAddress = '10.0.0.11';
  plan.nodes[0]!.bindPort = '6443';
  return plan;
}

describe('networkingFlags', () => {
  it('gives the docs page command for the docs page plan', () => {
    expect(networkingFlags(docsDualStackPlan())).toBe(
      'kubeadm init --pod-network-cidr=10.244.0.0/16,2001:db8:42::/56 --service-cidr=10.96.0.0/16,2001:db8:42:1::/112',
    );
  });

  it('writes only the subnets the plan sets, primary family first', () => {
    const plan = ipv6OnlyPlan();
    plan.networking.podSubnet.ipv6 = '';
    expect(networkingFlags(plan)).toBe('kubeadm init --service-cidr=fd00:10:96::/112');
  });

  it('quotes a value a shell would misread', () => {
    const plan = docsDualStackPlan();
    plan.networking.podSubnet.ipv4 = '10.0.0.0/8;reboot';
    expect(networkingFlags(plan)).toContain(
      "--pod-network-cidr='10.0.0.0/8;reboot,2001:db8:42::/56'",
    );
  });
});

describe('flagsBlockers', () => {
  it('names the node-ip fields of the docs page plan', () => {
    expect(flagsBlockers(docsDualStackPlan())).toEqual([
      { reason: 'node_ip', field: 'nodes.0.ips.ipv4' },
      { reason: 'node_ip', field: 'nodes.0.ips.ipv6' },
    ]);
  });

  it('names node masks, component documents and the encryption algorithm', () => {
    const plan = ipv6OnlyPlan();
    plan.nodes[0]!.ips.ipv6 = '';
    plan.networking.nodeMask.ipv6 = '64';
    plan.encryptionAlgorithm = 'RSA-3072';
    expect(flagsBlockers(plan).map((b) => [b.reason, b.field])).toEqual([
      ['node_mask', 'networking.nodeMask.ipv6'],
      ['components', 'components.kubelet'],
      ['components', 'components.kubeProxy'],
      ['encryption_algorithm', 'encryptionAlgorithm'],
    ]);
  });
});

describe('flagsOnlyInitCommand', () => {
  it('gives no command while something needs the file', () => {
    expect(flagsOnlyInitCommand(ipv4OnlyPlan())).toEqual({
      blockers: [
        { reason: 'node_ip', field: 'nodes.0.ips.ipv4' },
        { reason: 'node_mask', field: 'networking.nodeMask.ipv4' },
      ],
    });
  });

  it('writes a flag for every value the plan sets, and never --config', () => {
    const result = flagsOnlyInitCommand(flagsFriendlyPlan());
    expect(result.blockers).toEqual([]);
    expect(result.command).toBe(
      [
        'kubeadm init',
        '--pod-network-cidr=10.244.0.0/16,fd00:10:244::/56',
        '--service-cidr=10.96.0.0/16,fd00:10:96::/112',
        '--apiserver-advertise-address=10.0.0.11',
        '--apiserver-bind-port=6443',
        '--control-plane-endpoint=k8s-api.example.internal',
        '--apiserver-cert-extra-sans=k8s-api.example.internal,10.0.0.100',
        '--cri-socket=unix:///run/containerd/containerd.sock',
        '--kubernetes-version=v1.35.0',
        '--node-name=cp-1',
        '--upload-certs',
        '--token=abcdef.0123456789abcdef',
        '--token-ttl=2h',
        `--certificate-key=${'f'.repeat(64)}`,
      ].join(' '),
    );
  });

  it('quotes every value', () => {
    const plan = flagsFriendlyPlan();
    plan.nodes[0]!.name = 'cp 1';
    plan.imageRepository = 'reg.example/$(id)';
    const command = flagsOnlyInitCommand(plan).command ?? '';
    expect(command).toContain("--node-name='cp 1'");
    expect(command).toContain("--image-repository='reg.example/$(id)'");
  });
});
