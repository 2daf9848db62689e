import { describe, expect, it } from 'vitest';
import docsInit from './__fixtures__/docs-page/kubeadm-config.yaml?raw';
import docsJoinControlPlane from './__fixtures__/docs-page/join-control-plane.yaml?raw';
import docsJoinWorker from './__fixtures__/docs-page/join-worker-v1beta4.yaml?raw';
import configMap from '../validation/diagnose/__fixtures__/kubeadm-config-configmap.yaml?raw';
import { renderPlanFiles } from '../render/files.ts';
import { createDefaultPlan } from '../plan/defaults.ts';
import { importConfigFiles } from './importConfig.ts';

const lines = (...text: string[]) => `${text.join('\n')}\n`;
const files = (...texts: string[]) => texts.map((text, i) => ({ name: `f${i}.yaml`, text }));

describe('importConfigFiles', () => {
  it('fills the plan from the docs page example: cluster, init node and both joins', () => {
    const result = importConfigFiles([
      { name: 'kubeadm-config.yaml', text: docsInit },
      { name: 'join-cp.yaml', text: docsJoinControlPlane },
      { name: 'join-worker.yaml', text: docsJoinWorker },
    ]);
    const plan = result.plan;
    expect(plan?.apiVersion).toBe('v1beta4');
    expect(plan?.kubernetesVersion).toBe('');
    expect(plan?.networking).toEqual({
      stack: 'dual-ipv4-primary',
      podSubnet: { ipv4: '10.244.0.0/16', ipv6: '2001:db8:42:0::/56' },
      serviceSubnet: { ipv4: '10.96.0.0/16', ipv6: '2001:db8:42:1::/112' },
      dnsDomain: '',
      nodeMask: { ipv4: '', ipv6: '' },
    });
    expect(plan?.nodes).toEqual([
      {
        name: '',
        role: 'control-plane',
        ips: { ipv4: '10.100.0.2', ipv6: 'fd00:1:2:3::2' },
        advertiseAddress: '10.100.0.1',
        bindPort: '6443',
      },
      {
        name: '',
        role: 'control-plane',
        ips: { ipv4: '10.100.0.2', ipv6: 'fd00:1:2:3::4' },
        // Equal to the node's IPv4 node-ip, so left for the renderer to derive.
        advertiseAddress: '',
        bindPort: '6443',
      },
      {
        name: '',
        role: 'worker',
        ips: { ipv4: '10.100.0.2', ipv6: 'fd00:1:2:3::3' },
        advertiseAddress: '',
        bindPort: '',
      },
    ]);
    expect(plan?.discovery).toEqual({
      // 10.100.0.1:6443 is what the renderer derives from the init node.
      apiServerEndpoint: '',
      token: 'clvldh.vjjwg16ucnhp94qr',
      tokenTtl: '',
      caCertHashes: ['sha256:a4863cde706cfc580a439f842cc65d5ef112b7b2be31628513a9881cf0d9fe0e'],
      certificateKey: '',
      unsafeSkipCAVerification: false,
    });
    expect(plan?.extras).toEqual({});
    expect(result.unmodelled).toEqual([]);
    expect(result.ignored).toEqual([]);
    // The same issues the CLI reports for these files (duplicate node IPs, a CP join without an endpoint, …).
    expect(result.issues.map((i) => i.code)).toContain('duplicate_node_ip');
    expect(result.issues.map((i) => i.code)).toContain('control_plane_endpoint_required');
  });

  it('keeps fields the plan does not model, lists them, and renders them back', () => {
    const init = lines(
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: ClusterConfiguration',
      'kubernetesVersion: v1.34.1',
      'controlPlaneEndpoint: api.example.internal:6443',
      'etcd:',
      '  local:',
      '    dataDir: /data/etcd',
      'apiServer:',
      '  certSANs: [api.example.internal]',
      '  extraArgs:',
      '    - name: audit-log-maxage',
      '      value: "30"',
      'scheduler:',
      '  extraArgs:',
      '    - name: bind-address',
      '      value: 0.0.0.0',
      'controllerManager:',
      '  extraArgs:',
      '    - name: node-cidr-mask-size-ipv4',
      '      value: "25"',
      '    - name: flex-volume-plugin-dir',
      '      value: /opt/flex',
      'networking:',
      '  podSubnet: 10.244.0.0/16',
      '  serviceSubnet: 10.96.0.0/16',
      '---',
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: InitConfiguration',
      'bootstrapTokens:',
      '  - token: abcdef.0123456789abcdef',
      '    ttl: 2h',
      '    description: first',
      'nodeRegistration:',
      '  name: cp-1',
      '  taints: []',
      '  kubeletExtraArgs:',
      '    - name: node-ip',
      '      value: 192.168.1.10',
      '    - name: max-pods',
      '      value: "200"',
      'localAPIEndpoint:',
      '  advertiseAddress: 192.168.1.10',
      '---',
      'apiVersion: kubelet.config.k8s.io/v1beta1',
      'kind: KubeletConfiguration',
      'cgroupDriver: systemd',
      'maxPods: 200',
      'clusterDNS: [10.96.0.10]',
    );
    const join = lines(
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: JoinConfiguration',
      'nodeRegistration:',
      '  name: w-1',
      '  taints:',
      '    - key: dedicated',
      '      value: gpu',
      '      effect: NoSchedule',
      '  kubeletExtraArgs:',
      '    - name: node-ip',
      '      value: 192.168.1.20',
      'discovery:',
      '  bootstrapToken:',
      '    apiServerEndpoint: api.example.internal:6443',
      '    token: abcdef.0123456789abcdef',
      '    unsafeSkipCAVerification: true',
      '  tlsBootstrapToken: abcdef.0123456789abcdef',
    );
    const result = importConfigFiles([
      { name: 'init.yaml', text: init },
      { name: 'join.yaml', text: join },
    ]);
    expect(result.unmodelled).toEqual([
      { file: 'init.yaml', document: 0, path: 'etcd.local.dataDir' },
      { file: 'init.yaml', document: 0, path: 'apiServer.extraArgs.audit-log-maxage' },
      { file: 'init.yaml', document: 0, path: 'scheduler.extraArgs.bind-address' },
      {
        file: 'init.yaml',
        document: 0,
        path: 'controllerManager.extraArgs.flex-volume-plugin-dir',
      },
      { file: 'init.yaml', document: 1, path: 'bootstrapTokens.0.description' },
      { file: 'init.yaml', document: 1, path: 'nodeRegistration.taints' },
      { file: 'init.yaml', document: 1, path: 'nodeRegistration.kubeletExtraArgs.max-pods' },
      { file: 'init.yaml', document: 2, path: 'maxPods' },
      { file: 'init.yaml', document: 2, path: 'clusterDNS' },
      { file: 'join.yaml', document: 0, path: 'nodeRegistration.taints' },
      { file: 'join.yaml', document: 0, path: 'discovery.tlsBootstrapToken' },
    ]);
    const plan = result.plan;
    if (!plan) throw new Error('no plan');
    expect(plan.networking.stack).toBe('ipv4');
    expect(plan.networking.nodeMask).toEqual({ ipv4: '25', ipv6: '' });
    expect(plan.components).toEqual({
      kubelet: true,
      cgroupDriver: 'systemd',
      kubeProxy: false,
      proxyMode: '',
      proxyBindAddress: '',
    });
    expect(plan.extras.initConfiguration).toEqual({
      bootstrapTokens: [{ description: 'first' }],
      nodeRegistration: { taints: [], kubeletExtraArgs: [{ name: 'max-pods', value: '200' }] },
    });
    const [initOut, joinOut] = renderPlanFiles(plan).map((f) => f.text);
    expect(initOut).toContain('dataDir: /data/etcd');
    expect(initOut).toContain('name: audit-log-maxage');
    expect(initOut).toContain('name: bind-address');
    expect(initOut).toContain('description: first');
    expect(initOut).toContain('taints: []');
    expect(initOut).toContain('maxPods: 200');
    expect(initOut).toMatch(
      /- name: node-cidr-mask-size-ipv4\n\s+value: "25"\n\s+- name: flex-volume/,
    );
    expect(joinOut).toContain('effect: NoSchedule');
    expect(joinOut).toContain('tlsBootstrapToken: abcdef.0123456789abcdef');
    // Rendered output imports to the same extras and renders to the same text.
    const rendered = renderPlanFiles(plan).map((f) => ({ name: f.name, text: f.text }));
    const again = importConfigFiles(rendered).plan;
    expect(again?.extras).toEqual(plan.extras);
    expect(renderPlanFiles(again ?? plan).map((f) => ({ name: f.name, text: f.text }))).toEqual(
      rendered,
    );
  });

  it('holds v1beta3 extras in v1beta4 shape and renders them back in v1beta3 form', () => {
    const text = lines(
      'apiVersion: kubeadm.k8s.io/v1beta3',
      'kind: ClusterConfiguration',
      'apiServer:',
      '  timeoutForControlPlane: 4m0s',
      '  extraArgs:',
      '    authorization-mode: Node,RBAC',
      'networking:',
      '  serviceSubnet: fd00:10:96::/112',
      '---',
      'apiVersion: kubeadm.k8s.io/v1beta3',
      'kind: InitConfiguration',
      'nodeRegistration:',
      '  kubeletExtraArgs:',
      '    node-ip: fd00::10',
      '    v: "4"',
    );
    const result = importConfigFiles(files(text));
    const plan = result.plan;
    if (!plan) throw new Error('no plan');
    expect(plan.apiVersion).toBe('v1beta3');
    expect(plan.networking.stack).toBe('ipv6');
    expect(result.unmodelled.map((u) => u.path)).toEqual([
      'apiServer.timeoutForControlPlane',
      'apiServer.extraArgs.authorization-mode',
      'nodeRegistration.kubeletExtraArgs.v',
    ]);
    expect(plan.extras).toEqual({
      clusterConfiguration: {
        apiServer: { extraArgs: [{ name: 'authorization-mode', value: 'Node,RBAC' }] },
      },
      initConfiguration: {
        timeouts: { controlPlaneComponentHealthCheck: '4m0s' },
        nodeRegistration: { kubeletExtraArgs: [{ name: 'v', value: '4' }] },
      },
    });
    const out = renderPlanFiles(plan)[0]?.text ?? '';
    expect(out).toContain('timeoutForControlPlane: 4m0s');
    expect(out).toContain('authorization-mode: Node,RBAC');
    expect(out).toMatch(/kubeletExtraArgs:\n\s+node-ip: fd00::10\n\s+v: "4"/);
    expect(out).not.toContain('timeouts');
    const v1beta4 = renderPlanFiles({ ...plan, apiVersion: 'v1beta4' })[0]?.text ?? '';
    expect(v1beta4).toContain('controlPlaneComponentHealthCheck: 4m0s');
  });

  it('passes through values outside the choices the wizard offers', () => {
    const text = lines(
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: ClusterConfiguration',
      'encryptionAlgorithm: RSA-1024',
      'controllerManager:',
      '  extraArgs:',
      '    - name: node-cidr-mask-size',
      '      value: "24"',
      '---',
      'apiVersion: kubeproxy.config.k8s.io/v1alpha1',
      'kind: KubeProxyConfiguration',
      'mode: kernelspace',
      'clusterCIDR: 10.244.0.0/16',
    );
    const result = importConfigFiles(files(text));
    expect(result.plan?.encryptionAlgorithm).toBe('');
    expect(result.plan?.components.proxyMode).toBe('');
    expect(result.unmodelled.map((u) => u.path)).toEqual([
      'encryptionAlgorithm',
      'controllerManager.extraArgs.node-cidr-mask-size',
      'mode',
      // No pod subnet in the plan to render it from, so it is kept as written.
      'clusterCIDR',
    ]);
    const out = renderPlanFiles(result.plan ?? createDefaultPlan())[0]?.text ?? '';
    expect(out).toContain('encryptionAlgorithm: RSA-1024');
    expect(out).toContain('mode: kernelspace');
    expect(out).toContain('clusterCIDR: 10.244.0.0/16');
  });

  it.each([
    ['YAML that does not parse', 'kind: [', 'yaml_syntax'],
    ['an empty file', '---\n', 'required'],
    ['a document that is not a mapping', '- a\n- b\n', 'field_type'],
    ['a document without a kind', 'apiVersion: kubeadm.k8s.io/v1beta4\n', 'required'],
  ])('gives no plan for %s, with the issue', (_, text, code) => {
    const result = importConfigFiles([...files(docsInit), { name: 'bad.yaml', text }]);
    expect(result.plan).toBeUndefined();
    expect(result.issues.map((i) => i.code)).toContain(code);
    expect(result.unmodelled).toEqual([]);
  });

  it('gives no plan when no file holds a kubeadm document', () => {
    const kubelet = lines(
      'apiVersion: kubelet.config.k8s.io/v1beta1',
      'kind: KubeletConfiguration',
    );
    const result = importConfigFiles(files(kubelet));
    expect(result.plan).toBeUndefined();
    expect(result.issues.map((i) => i.code)).toEqual(['mixed_config']);
  });

  it('gives a plan for files with validation errors, for the user to fix', () => {
    const text = lines(
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: ClusterConfiguration',
      'networking:',
      '  podSubnet: 10.244.0.0/33,10.245.0.0/16,fd00::/56',
    );
    const result = importConfigFiles(files(text));
    expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
    // The first subnet of each family: the wizard shows the bad one on its field.
    expect(result.plan?.networking.podSubnet).toEqual({ ipv4: '10.244.0.0/33', ipv6: 'fd00::/56' });
  });

  it('starts from the wizard defaults with an empty init node when only join files are given', () => {
    const result = importConfigFiles(files(docsJoinWorker));
    const plan = result.plan;
    const defaults = createDefaultPlan();
    expect(plan?.networking.podSubnet).toEqual(defaults.networking.podSubnet);
    expect(plan?.kubernetesVersion).toBe(defaults.kubernetesVersion);
    expect(plan?.nodes.map((n) => [n.role, n.name, n.ips.ipv4])).toEqual([
      ['control-plane', '', ''],
      ['worker', '', '10.100.0.2'],
    ]);
    expect(plan?.discovery.apiServerEndpoint).toBe('10.100.0.1:6443');
    const join = renderPlanFiles(plan ?? defaults)[1]?.text;
    expect(join).toContain('apiServerEndpoint: 10.100.0.1:6443');
  });

  it('uses the first init file and reports the documents of later ones as ignored', () => {
    const other = docsInit.replace(/10\.100\.0\.1'/, "10.100.0.9'");
    const result = importConfigFiles([
      { name: 'a.yaml', text: docsInit },
      { name: 'b.yaml', text: other },
    ]);
    expect(result.plan?.nodes).toHaveLength(1);
    expect(result.plan?.nodes[0]?.advertiseAddress).toBe('10.100.0.1');
    expect(result.ignored).toEqual([
      { file: 'b.yaml', document: 0, kind: 'ClusterConfiguration' },
      { file: 'b.yaml', document: 1, kind: 'InitConfiguration' },
    ]);
  });

  it('reports documents kubeadm ignores where they stand as ignored', () => {
    const join = lines(
      docsJoinWorker,
      '---',
      'apiVersion: kubelet.config.k8s.io/v1beta1',
      'kind: KubeletConfiguration',
    );
    const result = importConfigFiles(files(docsInit, join));
    expect(result.plan?.components.kubelet).toBe(false);
    expect(result.ignored).toEqual([
      { file: 'f1.yaml', document: 1, kind: 'KubeletConfiguration' },
    ]);
    expect(result.issues.map((i) => i.code)).toContain('ignored_document');
  });
});

describe('importConfigFiles on a wrong shape', () => {
  it('gives no plan for the zh-cn worker file (v1beta3 with list-form kubeletExtraArgs)', () => {
    const worker = docsJoinWorker.replace('kubeadm.k8s.io/v1beta4', 'kubeadm.k8s.io/v1beta3');
    const result = importConfigFiles([{ name: 'join-worker.yaml', text: worker }]);
    expect(result.plan).toBeUndefined();
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: 'field_type', path: 'nodeRegistration.kubeletExtraArgs' }),
    );
  });
});

describe("importConfigFiles: a running cluster's kubeadm-config ConfigMap", () => {
  it('reads the ClusterConfiguration inside it, checked as a config of its own', () => {
    const result = importConfigFiles([{ name: 'kubeadm-config.yaml', text: configMap }]);
    expect(result.issues).toEqual([]);
    expect(result.plan?.networking).toMatchObject({
      stack: 'dual-ipv4-primary',
      podSubnet: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/56' },
      serviceSubnet: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:96::/112' },
    });
    expect(result.plan?.kubernetesVersion).toBe('v1.35.0');
  });

  it('names the ConfigMap key in the issues of the config inside it', () => {
    const broken = configMap.replace('podSubnet: 10.244.0.0/16,', 'podSubnet: 10.244.0.0/33,');
    const result = importConfigFiles([{ name: 'cm.yaml', text: broken }]);
    expect(result.issues.map((i) => [i.code, i.file, i.path])).toContainEqual([
      'cidr_syntax',
      'cm.yaml (data.ClusterConfiguration)',
      'networking.podSubnet',
    ]);
  });
});

describe('importConfigFiles: duplicate keys (issue 12)', () => {
  it('imports the last value and reports the duplicate', () => {
    const result = importConfigFiles(
      files(
        lines(
          'apiVersion: kubeadm.k8s.io/v1beta4',
          'kind: ClusterConfiguration',
          'networking:',
          '  podSubnet: 10.1.0.0/16',
          '  podSubnet: 10.244.0.0/16',
        ),
      ),
    );
    expect(result.plan?.networking.podSubnet.ipv4).toBe('10.244.0.0/16');
    expect(result.issues.filter((i) => i.code === 'duplicate_key')).toMatchObject([
      { severity: 'warning', document: 0, path: 'networking.podSubnet' },
    ]);
  });
});
