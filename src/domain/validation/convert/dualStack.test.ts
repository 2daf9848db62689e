import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planDualStackConversion } from './dualStack.ts';
import { RUNBOOK_TEXT } from './runbookText.ts';

const lines = (...text: string[]) => `${text.join('\n')}\n`;
const IPV4_CLUSTER = {
  name: 'kubeadm-config.yaml',
  text: lines(
    'apiVersion: kubeadm.k8s.io/v1beta4',
    'kind: ClusterConfiguration',
    'kubernetesVersion: v1.35.0',
    'networking:',
    '  podSubnet: 10.244.0.0/16',
    '  serviceSubnet: 10.96.0.0/16',
    'controllerManager:',
    '  extraArgs:',
    '  - name: node-cidr-mask-size',
    '    value: "24"',
  ),
};
const V6 = { podSubnet: 'fd00:10:244::/56', serviceSubnet: 'fd00:10:96::/112' };

describe('planDualStackConversion', () => {
  it('keeps the existing family first and checks the converted config with every rule', () => {
    const result = planDualStackConversion(IPV4_CLUSTER, V6);
    expect(result.issues).toEqual([]);
    expect(result.podSubnet).toBe('10.244.0.0/16,fd00:10:244::/56');
    expect(result.serviceSubnet).toBe('10.96.0.0/16,fd00:10:96::/112');
    expect(result.steps.map((s) => s.kind)).toEqual([
      'backup',
      'kubeadm_config',
      'apiserver',
      'controller_manager',
      'kube_proxy',
      'kubelet',
      'cni',
      'nodes',
      'services',
    ]);
    const file = result.steps[1]?.files[0]?.text ?? '';
    expect(file).toContain('podSubnet: 10.244.0.0/16,fd00:10:244::/56');
    // The legacy mask flag, refused in dual-stack, becomes the existing family's own flag.
    expect(file).toContain('name: node-cidr-mask-size-ipv4');
    expect(file).not.toMatch(/name: node-cidr-mask-size\n/);
  });

  it('reports what is wrong with the new ranges and writes no runbook for an error', () => {
    const large = planDualStackConversion(IPV4_CLUSTER, {
      ...V6,
      serviceSubnet: 'fd00:10:96::/64',
    });
    expect(large.issues.map((i) => [i.code, i.file])).toEqual([
      ['service_subnet_too_large', 'kubeadm-config.yaml (dual-stack)'],
    ]);
    expect(large.steps).toEqual([]);
    const overlap = planDualStackConversion(IPV4_CLUSTER, {
      podSubnet: 'fd00:10::/48',
      serviceSubnet: 'fd00:10:0:1::/112',
    });
    expect(overlap.issues.map((i) => i.code)).toEqual(['subnets_overlap']);
    expect(overlap.steps).toHaveLength(9);
    const mask = planDualStackConversion(IPV4_CLUSTER, { ...V6, nodeMask: '40' });
    expect(mask.issues.map((i) => i.code)).toEqual(['pod_subnet_smaller_than_node_mask']);
  });

  it('refuses a cluster that is already dual-stack, has no pod subnet, or ranges of its own family', () => {
    const reason = (text: string, request = V6) =>
      planDualStackConversion({ name: 'c.yaml', text }, request).issues.at(-1)?.params;
    const dual = IPV4_CLUSTER.text.replace('10.244.0.0/16', '10.244.0.0/16,fd00:1::/56');
    expect(reason(dual)).toEqual({ reason: 'already_dual_stack' });
    expect(reason(IPV4_CLUSTER.text.replace('  podSubnet: 10.244.0.0/16\n', ''))).toEqual({
      reason: 'no_pod_subnet',
    });
    expect(reason(IPV4_CLUSTER.text, { ...V6, podSubnet: '10.32.0.0/16' })).toEqual({
      reason: 'same_family',
    });
    expect(reason('apiVersion: v1\nkind: Pod\n')).toEqual({ reason: 'no_cluster_configuration' });
  });

  it('reads the kubeadm-config ConfigMap of the running cluster', () => {
    const configMap = readFileSync(
      new URL('../diagnose/__fixtures__/kubeadm-config-configmap.yaml', import.meta.url),
      'utf8',
    ).replace(
      /podSubnet: .*\n(\s*)serviceSubnet: .*\n/,
      'podSubnet: 10.244.0.0/16\n$1serviceSubnet: 10.96.0.0/16\n',
    );
    const result = planDualStackConversion({ name: 'cm.yaml', text: configMap }, V6);
    expect(result.issues).toEqual([]);
    expect(result.steps[1]?.files[0]?.text).toContain(
      'serviceSubnet: 10.96.0.0/16,fd00:10:96::/112',
    );
  });

  it('has the text of every step in both languages', () => {
    for (const text of Object.values(RUNBOOK_TEXT)) {
      for (const step of planDualStackConversion(IPV4_CLUSTER, V6).steps) {
        expect(text.steps[step.kind].title.length).toBeGreaterThan(5);
        expect(text.on[step.on].length).toBeGreaterThan(3);
      }
    }
  });
});

describe('the runbook’s commands, run on files shaped as kubeadm writes them', () => {
  const manifest = (flags: string[]) =>
    lines(
      'spec:',
      '  containers:',
      '  - command:',
      '    - kube-controller-manager',
      ...flags.map((f) => `    - --${f}`),
      '    image: registry.k8s.io/kube-controller-manager:v1.35.0',
    );

  /** Runs one command of a step under bash on files in a temporary folder, without sudo. */
  function runOn(
    command: string,
    files: Record<string, string>,
    input = '',
  ): Record<string, string> {
    const dir = mkdtempSync(join(tmpdir(), 'runbook-'));
    try {
      const paths: Record<string, string> = {};
      let script = command.replace(/\bsudo /g, '');
      for (const [path, text] of Object.entries(files)) {
        const local = join(dir, path.replace(/\//g, '_'));
        writeFileSync(local, text);
        paths[path] = local;
        script = script.split(path).join(local);
      }
      execFileSync('bash', ['-c', script], { input });
      return Object.fromEntries(
        Object.entries(paths).map(([p, l]) => [p, readFileSync(l, 'utf8')]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const steps = planDualStackConversion(IPV4_CLUSTER, { ...V6, nodeMask: '64' }).steps;
  const step = (kind: string) => steps.find((s) => s.kind === kind);

  it('sets the service range of kube-apiserver', () => {
    const path = '/etc/kubernetes/manifests/kube-apiserver.yaml';
    const out = runOn(step('apiserver')?.commands[1] ?? '', {
      [path]: manifest(['advertise-address=10.0.0.1', 'service-cluster-ip-range=10.96.0.0/16']),
    });
    expect(out[path]).toContain('    - --service-cluster-ip-range=10.96.0.0/16,fd00:10:96::/112\n');
    expect(out[path]).toContain('    - --advertise-address=10.0.0.1\n');
  });

  it('sets both ranges and the per-family masks of kube-controller-manager', () => {
    const path = '/etc/kubernetes/manifests/kube-controller-manager.yaml';
    const out = runOn(step('controller_manager')?.commands[0] ?? '', {
      [path]: manifest([
        'allocate-node-cidrs=true',
        'cluster-cidr=10.244.0.0/16',
        'node-cidr-mask-size=24',
        'service-cluster-ip-range=10.96.0.0/16',
      ]),
    });
    expect(out[path]).toBe(
      manifest([
        'allocate-node-cidrs=true',
        'cluster-cidr=10.244.0.0/16,fd00:10:244::/56',
        'node-cidr-mask-size-ipv6=64',
        'node-cidr-mask-size-ipv4=24',
        'service-cluster-ip-range=10.96.0.0/16,fd00:10:96::/112',
      ]),
    );
  });

  it('puts the pair typed at the prompt first in kubelet’s flags, replacing its node-ip', () => {
    const path = '/var/lib/kubelet/kubeadm-flags.env';
    const [ask, , edit] = step('kubelet')?.commands ?? [];
    const out = runOn(
      `${ask ?? ''}\n${edit ?? ''}`,
      {
        [path]:
          'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///run/containerd/containerd.sock --node-ip=10.0.0.5"\n',
      },
      '10.0.0.5,fd00::5\n',
    );
    expect(out[path]).toBe(
      'KUBELET_KUBEADM_ARGS="--node-ip=10.0.0.5,fd00::5 --container-runtime-endpoint=unix:///run/containerd/containerd.sock "\n',
    );
  });
});
