import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { bundleFiles, createDefaultPlan, planToJson, zipBundle } from '../domain/index.ts';
// eslint-disable-next-line no-restricted-imports -- reads a written file as its user's tools would (as the e2e specs do)
import { parseAllDocuments } from 'yaml';
import { run } from './main.ts';

// The default language comes from the locale; pin it so these tests do not depend on the machine's.
beforeEach(() => {
  vi.stubEnv('LC_ALL', '');
  vi.stubEnv('LC_MESSAGES', '');
  vi.stubEnv('LANG', 'C.UTF-8');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const docs = (name: string) => join(import.meta.dirname, '__fixtures__', 'docs-page', name);

interface Report {
  valid: boolean;
  issues: {
    severity: string;
    code: string;
    file: string;
    document: number;
    path: string;
    message: string;
  }[];
}

function validateJson(...files: string[]): { report: Report; exitCode: number } {
  const result = run(['validate', '--json', ...files]);
  return { report: JSON.parse(result.stdout) as Report, exitCode: result.exitCode };
}

const codes = (report: Report, severity: string) =>
  [...new Set(report.issues.filter((i) => i.severity === severity).map((i) => i.code))].sort();

describe('validate on the docs page examples', () => {
  it('accepts the first control-plane file with its three warnings', () => {
    const { report, exitCode } = validateJson(docs('kubeadm-config.yaml'));
    expect(exitCode).toBe(0);
    expect(report.valid).toBe(true);
    expect(codes(report, 'error')).toEqual([]);
    expect(codes(report, 'warning')).toEqual([
      'documentation_prefix',
      'node_ip_mismatch',
      'subnets_overlap',
    ]);
    const overlap = report.issues.find((i) => i.code === 'subnets_overlap');
    expect(overlap).toMatchObject({ document: 0, path: 'networking.serviceSubnet' });
    expect(overlap?.message).toContain('2001:db8:42:1::/112');
    expect(report.issues.find((i) => i.code === 'node_ip_mismatch')).toMatchObject({
      document: 1,
      path: 'nodeRegistration.kubeletExtraArgs.node-ip',
    });
  });

  it('refuses the v1beta3 worker file written with list-form kubeletExtraArgs', () => {
    const { report, exitCode } = validateJson(docs('join-worker.yaml'));
    expect(exitCode).toBe(1);
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: 'field_type',
        severity: 'error',
        path: 'nodeRegistration.kubeletExtraArgs',
      }),
    );
  });

  it('finds the shared node IP and the missing endpoint across the three node files', () => {
    const { report, exitCode } = validateJson(
      docs('kubeadm-config.yaml'),
      docs('join-worker-v1beta4.yaml'),
      docs('join-control-plane.yaml'),
    );
    expect(exitCode).toBe(1);
    expect(codes(report, 'error')).toEqual([
      'control_plane_endpoint_required',
      'duplicate_node_ip',
    ]);
    const duplicates = report.issues.filter((i) => i.code === 'duplicate_node_ip');
    expect(duplicates.map((i) => i.file)).toEqual([
      docs('join-worker-v1beta4.yaml'),
      docs('join-control-plane.yaml'),
    ]);
  });

  it('accepts the single-stack ClusterConfiguration', () => {
    const { report, exitCode } = validateJson(docs('single-stack.yaml'));
    expect(exitCode).toBe(0);
    expect(report).toEqual({ valid: true, issues: [] });
  });

  it('prints file, path, severity and message in human output', () => {
    const result = run(['validate', docs('join-worker.yaml')]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      `${docs('join-worker.yaml')} (document 1) nodeRegistration.kubeletExtraArgs: error [field_type]`,
    );
    expect(result.stdout).toContain('expected map of strings, found a list');
    expect(result.stdout).toMatch(/1 error, 0 warnings in 1 file\.\n$/);
  });
});

describe('validate on broken input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-cli-'));
  const write = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it.each([
    ['not YAML', 'a: [1, 2\n', 'yaml_syntax'],
    ['empty', '', 'required'],
    ['only separators', '---\n---\n', 'required'],
    ['a bare string', 'hello\n', 'field_type'],
    [
      'a removed API version',
      'apiVersion: kubeadm.k8s.io/v1beta2\nkind: ClusterConfiguration\n',
      'api_version_removed',
    ],
    ['UTF-16 with a byte order mark', new Uint8Array([0xff, 0xfe, 0x61, 0x00]), 'file_encoding'],
    ['binary junk', new Uint8Array([0x00, 0x9f, 0x92, 0x96, 0xff]), 'file_encoding'],
    ['truncated JSON', '{"apiVersion": "kubeadm.k8s.io/v1beta4", "kind": "Cluster', 'yaml_syntax'],
  ])('exits 1 with a clear issue for %s', (_label, content, code) => {
    const { report, exitCode } = validateJson(write(`${code}-${Math.random()}.yaml`, content));
    expect(exitCode).toBe(1);
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => i.code)).toContain(code);
    for (const issue of report.issues)
      expect(issue.message).not.toMatch(/undefined|\[object|at .*\.ts:/);
  });

  it('refuses a file over the size limit without reading it', () => {
    const { report, exitCode } = validateJson(
      write('big.yaml', `a: ${'x'.repeat(3 * 1024 * 1024)}\n`),
    );
    expect(exitCode).toBe(1);
    expect(report.issues.map((i) => i.code)).toEqual(['input_limit']);
  });

  it('accepts a valid config written as JSON', () => {
    const json = JSON.stringify({
      apiVersion: 'kubeadm.k8s.io/v1beta4',
      kind: 'ClusterConfiguration',
      networking: { podSubnet: '10.244.0.0/16', serviceSubnet: '10.96.0.0/16' },
    });
    expect(validateJson(write('c.json', json)).exitCode).toBe(0);
  });
});

describe('usage errors', () => {
  it.each([
    [['frobnicate']],
    [['validate']],
    [['validate', '--bogus', 'x.yaml']],
    [['validate', '/nonexistent/file.yaml']],
    [['migrate', 'x.yaml']],
    [['generate', 'plan.json']],
    [[]],
  ])('exits 2 with the usage for %j', (argv) => {
    const result = run(argv);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('Usage: kubeadm-wizard');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('migrate', () => {
  it('converts the v1beta3 map-form extraArgs to v1beta4 lists and the result validates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kw-migrate-'));
    const input = join(dir, 'old.yaml');
    writeFileSync(
      input,
      [
        'apiVersion: kubeadm.k8s.io/v1beta3',
        'kind: ClusterConfiguration',
        'networking:',
        '  podSubnet: 10.244.0.0/16',
        'apiServer:',
        '  timeoutForControlPlane: 5m0s',
        'controllerManager:',
        '  extraArgs:',
        '    node-cidr-mask-size-ipv4: "24"',
        '---',
        'apiVersion: kubeadm.k8s.io/v1beta3',
        'kind: InitConfiguration',
        'nodeRegistration:',
        '  kubeletExtraArgs:',
        '    node-ip: 192.168.1.10',
        '',
      ].join('\n'),
    );
    const result = run(['migrate', input, '--to', 'v1beta4']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('apiVersion: kubeadm.k8s.io/v1beta4');
    expect(result.stdout).toContain(
      '  extraArgs:\n    - name: node-cidr-mask-size-ipv4\n      value: "24"',
    );
    expect(result.stdout).toContain('controlPlaneComponentHealthCheck: 5m0s');
    expect(result.stdout).not.toContain('timeoutForControlPlane');
    const migrated = join(dir, 'new.yaml');
    writeFileSync(migrated, result.stdout);
    const before = validateJson(input).report.issues.filter((i) => i.severity === 'error');
    const after = validateJson(migrated).report.issues.filter((i) => i.severity === 'error');
    expect(after).toEqual(before);
  });

  it('refuses to convert a file kubeadm cannot decode', () => {
    const result = run(['migrate', docs('join-worker.yaml'), '--to', 'v1beta4']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('field_type');
  });
});

describe('generate', () => {
  it("writes the files of the wizard's zip download, in their folders, scripts executable", () => {
    const dir = mkdtempSync(join(tmpdir(), 'kw-generate-'));
    const plan = createDefaultPlan();
    plan.nodes.push({
      name: 'w-1',
      role: 'worker',
      ips: { ipv4: '192.168.10.21', ipv6: 'fd00:192:168:10::21' },
      advertiseAddress: '',
      bindPort: '',
    });
    plan.discovery.token = 'abcdef.0123456789abcdef';
    plan.discovery.caCertHashes = [`sha256:${'a'.repeat(64)}`];
    const planFile = join(dir, 'plan.json');
    writeFileSync(planFile, planToJson(plan));
    const out = join(dir, 'out');
    const result = run(['generate', planFile, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const expected = bundleFiles(plan);
    const zipped = unzipSync(zipBundle(expected));
    const written = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        join(entry.parentPath, entry.name)
          .slice(out.length + 1)
          .split('\\')
          .join('/'),
      )
      .sort();
    expect(written).toEqual(expected.map((f) => f.path).sort());
    expect(written).toEqual(Object.keys(zipped).sort());
    expect(written.some((path) => path.startsWith('cni/'))).toBe(true);
    for (const file of expected) {
      const path = join(out, ...file.path.split('/'));
      const text = readFileSync(path, 'utf8');
      expect(text).toBe(file.text);
      expect(text).toBe(strFromU8(zipped[file.path] ?? new Uint8Array()));
      expect(statSync(path).mode & 0o111).toBe(file.executable ? 0o111 : 0);
    }
    expect(result.stdout.trim().split('\n')).toEqual(
      expected.map((f) => join(out, ...f.path.split('/'))),
    );
  });

  it('writes Cilium values for an IPv6-only plan that route natively, with IPv4 off', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kw-generate-'));
    const plan = createDefaultPlan();
    plan.networking.stack = 'ipv6';
    plan.networking.podSubnet.ipv6 = 'fd12:3456:789a::/56';
    plan.networking.serviceSubnet.ipv6 = 'fd12:3456:789a:100::/112';
    const planFile = join(dir, 'plan.json');
    writeFileSync(planFile, planToJson(plan));
    const out = join(dir, 'out');
    const result = run(['generate', planFile, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const documents = parseAllDocuments(
      readFileSync(join(out, 'cni', 'cilium-values.yaml'), 'utf8'),
    );
    if (!Array.isArray(documents)) throw new Error('not a YAML stream');
    expect(documents.flatMap((d) => d.errors)).toEqual([]);
    expect(documents).toHaveLength(1);
    expect(documents[0]?.toJS()).toMatchObject({
      ipv4: { enabled: false },
      ipv6: { enabled: true },
      routingMode: 'native',
      ipv6NativeRoutingCIDR: 'fd12:3456:789a::/56',
      autoDirectNodeRoutes: true,
      ipam: { mode: 'kubernetes' },
      k8s: { requireIPv4PodCIDR: false, requireIPv6PodCIDR: true },
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a file that is not a saved plan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kw-generate-'));
    const planFile = join(dir, 'plan.json');
    writeFileSync(planFile, '{"hello": 1}');
    const result = run(['generate', planFile, '--out', join(dir, 'out')]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('plan_file');
  });
});

describe('--lang', () => {
  const example = docs('kubeadm-config.yaml');
  const json = (argv: string[], env: Record<string, string> = {}) =>
    JSON.parse(run(['validate', '--json', ...argv], env).stdout) as Report;
  const han = /\p{Script=Han}/u;

  it('reports the same issues with Chinese messages for zh-CN', () => {
    const english = json([example, '--lang', 'en']);
    const chinese = json([example, '--lang', 'zh-CN']);
    const where = (report: Report) =>
      report.issues.map((i) => [i.severity, i.code, i.file, i.document, i.path]);
    expect(where(chinese)).toEqual(where(english));
    expect(chinese.issues.length).toBeGreaterThan(0);
    for (const [index, issue] of chinese.issues.entries()) {
      expect(issue.message).toMatch(han);
      expect(issue.message).not.toBe(english.issues[index]?.message);
    }
    const overlap = chinese.issues.find((i) => i.code === 'subnets_overlap');
    expect(overlap?.message).toContain('2001:db8:42:1::/112');
    expect(overlap?.message).toContain('Service 子网');
  });

  it.each(['zh', 'ZH-cn', 'zh-Hans', 'zh-Hans-CN', 'zh_CN.UTF-8'])('takes %s as zh-CN', (alias) => {
    expect(json([example, '--lang', alias])).toEqual(json([example, '--lang', 'zh-CN']));
  });

  it.each(['xx', 'fr', 'zh-TW', ''])('refuses --lang %j with exit status 2', (value) => {
    const result = run(['validate', example, '--lang', value], {});
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--lang must be one of en, zh-CN');
    expect(result.stderr).toContain('Usage: kubeadm-wizard');
  });

  it('follows the locale when --lang is absent', () => {
    const chinese = json([example, '--lang', 'zh-CN']);
    const english = json([example, '--lang', 'en']);
    expect(json([example], { LANG: 'zh_CN.UTF-8' })).toEqual(chinese);
    expect(json([example], { LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toEqual(chinese);
    expect(json([example], { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toEqual(english);
    expect(json([example], { LANG: 'fr_FR.UTF-8' })).toEqual(english);
    expect(json([example], {})).toEqual(english);
    expect(json([example, '--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).toEqual(english);
  });

  it('reads the locale from process.env when no environment is passed', () => {
    vi.stubEnv('LANG', 'zh_CN.UTF-8');
    const report = JSON.parse(run(['validate', '--json', example]).stdout) as Report;
    expect(report.issues[0]?.message).toMatch(han);
  });

  it('writes the human report and its summary line in Chinese', () => {
    const broken = run(['validate', '--lang', 'zh-CN', docs('join-worker.yaml')], {});
    expect(broken.exitCode).toBe(1);
    expect(broken.stdout).toContain('nodeRegistration.kubeletExtraArgs: error [field_type]');
    expect(broken.stdout).toContain('此处应为字符串映射，实际却是列表');
    expect(broken.stdout).toMatch(/1 个文件中有 1 个错误、0 个警告。\n$/);
    const clean = run(['validate', '--lang', 'zh-CN', docs('single-stack.yaml')], {});
    expect(clean.stdout).toBe('OK：1 个文件中没有发现问题。\n');
  });
});

describe('diagnose', () => {
  const fixture = (name: string) =>
    new URL(`../domain/validation/diagnose/__fixtures__/${name}`, import.meta.url).pathname;
  const nodes = fixture('nodes.json');
  const configMap = fixture('kubeadm-config-configmap.yaml');

  it('prints each node per family and names the nodes missing a family, with the cause', () => {
    const result = run(['diagnose', nodes, '--config', configMap, '--lang', 'en']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      'w-1: InternalIP IPv4 192.168.10.21; IPv6 — | podCIDRs IPv4 10.244.1.0/24; IPv6 fd00:10:244:1::/64',
    );
    expect(result.stdout).toContain('Node w-1 has no IPv6 InternalIP.');
    expect(result.stdout).toContain('Node w-2 has no IPv6 pod CIDR.');
  });

  it('prints one JSON object with the nodes and the coded issues', () => {
    const result = run(['diagnose', nodes, '--config', configMap, '--json']);
    const report = JSON.parse(result.stdout) as {
      valid: boolean;
      nodes: { name: string; internalIPs: { ipv6: string[] } }[];
      issues: { code: string; path: string }[];
    };
    expect(report.valid).toBe(false);
    expect(report.nodes.map((n) => [n.name, n.internalIPs.ipv6.length])).toEqual([
      ['cp-1', 1],
      ['w-1', 0],
      ['w-2', 1],
    ]);
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([
      ['node_family_missing', 'items.1.status.addresses'],
      ['node_family_missing', 'items.2.spec.podCIDRs'],
    ]);
  });

  it('only warns without a config, and refuses a file that is not a node list', () => {
    expect(run(['diagnose', nodes]).exitCode).toBe(0);
    const wrong = run(['diagnose', configMap, '--json']);
    expect(wrong.exitCode).toBe(1);
    const report = JSON.parse(wrong.stdout) as { issues: { code: string }[] };
    expect(report.issues[0]?.code).toBe('wrong_object');
  });

  it('lets validate check the ConfigMap of a running cluster as its ClusterConfiguration', () => {
    const result = run(['validate', '--json', configMap]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ valid: true, issues: [] });
  });

  it('is a usage error without exactly one nodes file', () => {
    expect(run(['diagnose']).exitCode).toBe(2);
    expect(run(['diagnose', nodes, nodes]).exitCode).toBe(2);
  });

  const pods = fixture('pods.json');
  const podsWide = fixture('pods-wide.txt');
  const services = fixture('services.yaml');

  it('with --pods and --services prints per node its pods and each Service, and names the causes', () => {
    const result = run(
      ['diagnose', nodes, '--config', configMap, '--pods', podsWide, '--services', services],
      { LANG: 'C' },
    );
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('pods on w-1: 3 | host network 1 | with IPv4 2; with IPv6 0');
    expect(result.stdout).toContain('pods on (unscheduled): 1 | host network 0');
    expect(result.stdout).toContain(
      'service default/web: ClusterIP SingleStack | clusterIPs IPv4 10.96.12.34; IPv6 —',
    );
    expect(result.stdout).toContain('service shop/db: ClusterIP SingleStack | headless');
    expect(result.stdout).toContain('service shop/payments: ExternalName\n');
    expect(result.stdout).toContain('only each pod’s first IP is counted');
    expect(result.stdout).toContain(`${podsWide}: warning [pod_ip_outside]`);
    expect(result.stdout).toContain('Service default/web is single-stack by policy');
    expect(result.stdout).toContain('Service shop/api asks for both families');
    expect(result.stdout).toMatch(/2 errors, 4 warnings in 4 files\.\n$/);
  });

  it('keeps the exit status of the nodes: pod and Service findings are warnings', () => {
    const result = run(['diagnose', nodes, '--pods', pods, '--services', services, '--json']);
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['valid', 'nodes', 'pods', 'services', 'issues']);
    expect(report.valid).toBe(true);
    expect(report.pods).toEqual({
      source: 'json',
      nodes: [
        { node: 'cp-1', pods: 2, hostNetwork: 1, withIP: { ipv4: 1, ipv6: 1 } },
        { node: 'w-1', pods: 3, hostNetwork: 1, withIP: { ipv4: 2, ipv6: 1 } },
        { node: 'w-2', pods: 1, hostNetwork: 0, withIP: { ipv4: 1, ipv6: 0 } },
        { node: '', pods: 1, hostNetwork: 0, withIP: { ipv4: 0, ipv6: 0 } },
      ],
    });
    expect((report.services as object[])[3]).toEqual({
      name: 'shop/api',
      type: 'NodePort',
      ipFamilyPolicy: 'PreferDualStack',
      headless: false,
      clusterIPs: { ipv4: ['10.96.50.2'], ipv6: [] },
    });
    const issues = report.issues as { code: string; file: string; path: string; message: string }[];
    expect(issues.filter((i) => i.file !== nodes).map((i) => [i.code, i.file, i.path])).toEqual([
      ['pod_family_missing', pods, 'items.3'],
      ['pod_family_missing', pods, 'items.5'],
      ['service_single_stack', services, 'items.1.spec.ipFamilyPolicy'],
      ['service_family_missing', services, 'items.3.spec.clusterIPs'],
    ]);
    expect(issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it('refuses nodes given as the pods or Services with an error, and a missing file as a usage error', () => {
    const wrong = run(['diagnose', nodes, '--pods', nodes, '--services', nodes, '--json']);
    expect(wrong.exitCode).toBe(1);
    const report = JSON.parse(wrong.stdout) as { issues: { code: string; message: string }[] };
    const refused = report.issues.filter((i) => i.code === 'wrong_object');
    expect(refused.map((i) => i.message)).toEqual([
      expect.stringContaining('kubectl get pods -A -o wide'),
      expect.stringContaining('kubectl get svc -A -o yaml'),
    ]);
    const missing = run(['diagnose', nodes, '--pods', '/nonexistent/pods.json']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('convert-dual-stack', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'convert-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const config = () => {
    const path = join(dir, 'kubeadm-config.yaml');
    writeFileSync(
      path,
      'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.244.0.0/16\n  serviceSubnet: 10.96.0.0/16\n',
    );
    return path;
  };
  const ranges = ['--pod-subnet', 'fd00:10:244::/56', '--service-subnet', 'fd00:10:96::/112'];

  it('prints the runbook in order with its commands, and writes its files with --out', () => {
    const out = join(dir, 'out');
    const result = run(['convert-dual-stack', config(), ...ranges, '--out', out, '--lang', 'en']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^1\. Back up what the conversion changes/);
    expect(result.stdout).toContain('9. Let existing Services take a second address');
    expect(result.stdout).toContain('--service-cluster-ip-range=10.96.0.0/16,fd00:10:96::/112#');
    expect(readFileSync(join(out, 'cluster-configuration.yaml'), 'utf8')).toContain(
      'podSubnet: 10.244.0.0/16,fd00:10:244::/56',
    );
  });

  it('prints one JSON object with the steps, in the chosen language', () => {
    const result = run(['convert-dual-stack', config(), ...ranges, '--json', '--lang', 'zh-CN']);
    const report = JSON.parse(result.stdout) as {
      valid: boolean;
      podSubnet: string;
      steps: { kind: string; title: string; commands: string[] }[];
    };
    expect(report.valid).toBe(true);
    expect(report.podSubnet).toBe('10.244.0.0/16,fd00:10:244::/56');
    expect(report.steps.map((s) => s.kind)).toContain('controller_manager');
    expect(report.steps[0]?.title).toBe('备份转换要修改的内容');
  });

  it('refuses ranges kubeadm would refuse, with exit 1 and no steps', () => {
    const result = run([
      'convert-dual-stack',
      config(),
      '--pod-subnet',
      'fd00:10:244::/56',
      '--service-subnet',
      'fd00:10:96::/64',
      '--json',
    ]);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as { steps: unknown[]; issues: { code: string }[] };
    expect(report.steps).toEqual([]);
    expect(report.issues.map((i) => i.code)).toEqual(['service_subnet_too_large']);
  });

  it('is a usage error without both ranges', () => {
    expect(run(['convert-dual-stack', config(), '--pod-subnet', 'fd00::/56']).exitCode).toBe(2);
  });
});

describe('validate --nodes', () => {
  const fixture = (name: string) =>
    new URL(`../domain/validation/diagnose/__fixtures__/${name}`, import.meta.url).pathname;

  it('checks new join files against the running cluster’s nodes and its ConfigMap', () => {
    const dir = mkdtempSync(join(tmpdir(), 'running-'));
    try {
      const joinFile = join(dir, 'join-w-1.yaml');
      writeFileSync(
        joinFile,
        [
          'apiVersion: kubeadm.k8s.io/v1beta4',
          'kind: JoinConfiguration',
          'discovery:',
          '  bootstrapToken:',
          '    apiServerEndpoint: 192.168.10.11:6443',
          '    token: abcdef.0123456789abcdef',
          `    caCertHashes: ["sha256:${'a'.repeat(64)}"]`,
          'nodeRegistration:',
          '  name: w-1',
          '  kubeletExtraArgs:',
          '  - name: node-ip',
          '    value: 192.168.10.41,fd00:192:168:10::41',
          '',
        ].join('\n'),
      );
      const args = ['validate', '--json', fixture('kubeadm-config-configmap.yaml'), joinFile];
      expect(run(args).exitCode).toBe(0);
      const result = run([...args, '--nodes', fixture('nodes.json')]);
      expect(result.exitCode).toBe(1);
      const report = JSON.parse(result.stdout) as { issues: { code: string; file: string }[] };
      expect(report.issues.map((i) => [i.code, i.file])).toEqual([
        ['duplicate_node_name', joinFile],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the node mask kube-controller-manager uses (issue 12)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-kcm-'));
  let count = 0;
  const cluster = (podSubnet: string, extraArgs: string, apiVersion = 'v1beta4') => {
    const path = join(dir, `c-${count++}.yaml`);
    writeFileSync(
      path,
      [
        `apiVersion: kubeadm.k8s.io/${apiVersion}`,
        'kind: ClusterConfiguration',
        'networking:',
        `  podSubnet: ${podSubnet}`,
        'controllerManager:',
        '  extraArgs:',
        extraArgs,
        '',
      ].join('\n'),
    );
    return path;
  };
  const list = (...args: [string, string][]) =>
    args.map(([name, value]) => `    - name: ${name}\n      value: "${value}"`).join('\n');
  const found = (path: string) =>
    validateJson(path)
      .report.issues.filter((i) => i.severity === 'error')
      .map((i) => [i.severity, i.code, i.path]);

  it('refuses a pod subnet smaller than the legacy flag’s mask in single-stack (v1beta4)', () => {
    const { report, exitCode } = validateJson(
      cluster('10.244.0.0/24', list(['node-cidr-mask-size', '16'])),
    );
    expect(exitCode).toBe(1);
    const issue = report.issues.find((i) => i.code === 'pod_subnet_smaller_than_node_mask');
    expect(issue).toMatchObject({ severity: 'error', path: 'networking.podSubnet' });
    expect(issue?.message).toContain('/16');
  });

  it('reads the legacy flag from a v1beta3 extraArgs map too', () => {
    const path = cluster('10.244.0.0/24', '    node-cidr-mask-size: "16"', 'v1beta3');
    expect(found(path)).toContainEqual([
      'error',
      'pod_subnet_smaller_than_node_mask',
      'networking.podSubnet',
    ]);
  });

  it('applies the legacy flag to a single-stack IPv6 pod subnet', () => {
    expect(found(cluster('fd00:10::/64', list(['node-cidr-mask-size', '56'])))).toContainEqual([
      'error',
      'pod_subnet_smaller_than_node_mask',
      'networking.podSubnet',
    ]);
  });

  it('takes the last legacy flag', () => {
    const last16 = list(['node-cidr-mask-size', '24'], ['node-cidr-mask-size', '16']);
    const last24 = list(['node-cidr-mask-size', '16'], ['node-cidr-mask-size', '24']);
    expect(found(cluster('10.244.0.0/24', last16)).map((i) => i[1])).toContain(
      'pod_subnet_smaller_than_node_mask',
    );
    expect(found(cluster('10.244.0.0/24', last24))).toEqual([]);
  });

  it('treats a legacy flag of 0 as unset, as KCM does', () => {
    expect(found(cluster('10.244.0.0/24', list(['node-cidr-mask-size', '0'])))).toEqual([]);
  });

  it('checks KCM’s IPv6 16-bit limit against the legacy flag’s mask', () => {
    // kubeadm checks /48 against the default /64 (16 bits, fine); KCM uses /80 (32 bits).
    expect(found(cluster('fd00:10::/48', list(['node-cidr-mask-size', '80'])))).toContainEqual([
      'error',
      'node_mask_difference_too_large',
      'networking.podSubnet',
    ]);
    // KCM has no such limit for IPv4, and kubeadm checks the default /24 there.
    expect(found(cluster('10.0.0.0/8', list(['node-cidr-mask-size', '28'])))).toEqual([]);
  });

  it('leaves the dual-stack and mixed-flag cases to node_mask_invalid', () => {
    const dual = found(cluster('10.244.0.0/16,fd00:10::/56', list(['node-cidr-mask-size', '16'])));
    expect(dual.map((i) => i[1])).toEqual(['node_mask_invalid']);
    const mixed = found(
      cluster(
        '10.244.0.0/24',
        list(['node-cidr-mask-size', '16'], ['node-cidr-mask-size-ipv4', '24']),
      ),
    );
    expect(mixed.map((i) => i[1])).toEqual(['node_mask_invalid']);
  });
});

describe('an unbracketed IPv6 controlPlaneEndpoint ending in a port-like group (issue 12)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-cpe-'));
  let count = 0;
  const cluster = (endpoint: string) => {
    const path = join(dir, `c-${count++}.yaml`);
    writeFileSync(
      path,
      [
        'apiVersion: kubeadm.k8s.io/v1beta4',
        'kind: ClusterConfiguration',
        `controlPlaneEndpoint: "${endpoint}"`,
        '',
      ].join('\n'),
    );
    return path;
  };
  const onEndpoint = (endpoint: string) =>
    validateJson(cluster(endpoint)).report.issues.filter((i) => i.path === 'controlPlaneEndpoint');

  it.each([
    ['fd00::1:6443', '[fd00::1]:6443'],
    ['2001:db8::10:443', '[2001:db8::10]:443'],
    ['fd00:10:96::1:8443', '[fd00:10:96::1]:8443'],
  ])('warns that %s may mean %s', (endpoint, suggestion) => {
    const { report, exitCode } = validateJson(cluster(endpoint));
    expect(exitCode).toBe(0);
    const found = report.issues.filter((i) => i.path === 'controlPlaneEndpoint');
    expect(found.map((i) => [i.severity, i.code])).toEqual([
      ['warning', 'endpoint_ipv6_port_ambiguous'],
    ]);
    expect(found[0]?.message).toContain(suggestion);
  });

  it.each([
    'fd00::1:abcd',
    'fd00::1:0',
    'fd00::10:1',
    'fd00::6443',
    '2001:db8:0:0:0:0:1:6443',
    '[fd00::1]:6443',
    'fd00::1',
    'cp.example.internal:6443',
  ])('does not warn for %s', (endpoint) => {
    expect(onEndpoint(endpoint)).toEqual([]);
  });
});

describe('duplicate YAML keys (issue 12)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-dup-'));
  const file = (name: string, ...text: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${text.join('\n')}\n`);
    return path;
  };

  it('warns for every duplicate at any depth, in every document, and keeps the last value', () => {
    const path = file(
      'dup.yaml',
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: ClusterConfiguration',
      'networking:',
      '  podSubnet: not-a-cidr',
      '  podSubnet: 10.244.0.0/16',
      'controllerManager:',
      '  extraArgs:',
      '    - name: node-cidr-mask-size-ipv4',
      '      value: "30"',
      '      value: "24"',
      'kind: ClusterConfiguration',
      '---',
      'apiVersion: kubelet.config.k8s.io/v1beta1',
      'kind: KubeletConfiguration',
      'cgroupDriver: cgroupfs',
      'cgroupDriver: systemd',
    );
    const { report, exitCode } = validateJson(path);
    expect(exitCode).toBe(0);
    const dups = report.issues.filter((i) => i.code === 'duplicate_key');
    expect(dups.map((i) => [i.severity, i.document, i.path])).toEqual([
      ['warning', 0, 'networking.podSubnet'],
      ['warning', 0, 'controllerManager.extraArgs.0.value'],
      ['warning', 0, 'kind'],
      ['warning', 1, 'cgroupDriver'],
    ]);
    expect(dups[0]?.message).toContain('podSubnet');
    expect(dups[0]?.message).toContain('5');
    // The last value wins, as in kubeadm: no cidr_syntax for the first podSubnet.
    expect(report.issues.map((i) => i.code)).not.toContain('cidr_syntax');
  });

  it('stays bounded on a file of many duplicates', () => {
    const many = Array.from({ length: 20000 }, (_, i) => `a: ${i}`);
    const path = file(
      'many.yaml',
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: ClusterConfiguration',
      ...many,
    );
    const started = Date.now();
    const { report } = validateJson(path);
    expect(Date.now() - started).toBeLessThan(5000);
    const dups = report.issues.filter((i) => i.code === 'duplicate_key');
    expect(dups.length).toBeGreaterThan(0);
    expect(dups.length).toBeLessThanOrEqual(100);
  });
});
