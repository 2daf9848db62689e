import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCidr } from '../net/cidr.ts';
import { parseIp } from '../net/ip.ts';
import type { ClusterPlan } from '../plan/plan.ts';
import {
  docsDualStackPlan,
  dualIpv6PrimaryPlan,
  haPlan,
  ipv4OnlyPlan,
  ipv6OnlyPlan,
} from './__fixtures__/plans.ts';
import { planArbitrary } from './__fixtures__/arbitraries.ts';
import docsPageYaml from './__fixtures__/docs-dual-stack-init.yaml?raw';
import { initCommand, joinCommand } from './commands.ts';
import { joinFileNames, renderFileText, renderPlanFile, renderPlanFiles } from './files.ts';
import { createDefaultPlan } from '../plan/defaults.ts';
import { toWireDocument } from './wire.ts';
import { parseYamlStream } from '../text/yaml.ts';

/** Every file of a plan with its command as comments, as one golden text. */
function scenarioText(plan: ClusterPlan): string {
  return renderPlanFiles(plan)
    .map((file) => {
      const command = file.role === 'init' ? initCommand(plan) : joinCommand(plan, file.nodeIndex);
      return `# file: ${file.name}\n# run: ${command}\n${file.text}`;
    })
    .join('');
}

/** The same data with every address and CIDR (also in comma lists) in canonical text. */
function canonicalAddresses(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalAddresses);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonicalAddresses(v)]));
  }
  if (typeof value !== 'string') return value;
  return value
    .split(',')
    .map((part) => {
      const cidr = parseCidr(part);
      if (cidr.ok) return cidr.canonical;
      const ip = parseIp(part);
      return ip.ok ? ip.canonical : part;
    })
    .join(',');
}

/** The value at a dot-separated path of plain data, or undefined. */
function valueAt(data: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, key) =>
        typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined,
      data,
    );
}

function streamData(text: string): unknown[] {
  const stream = parseYamlStream(text);
  expect(stream.problem).toBeUndefined();
  return stream.documents.map((d) => d.data);
}

describe('renderPlanFiles', () => {
  it('renders the docs page plan with the same content as the page example', () => {
    const [file] = renderPlanFiles(docsDualStackPlan());
    expect(file?.name).toBe('kubeadm-config.yaml');
    const rendered = file?.documents.map((d) => toWireDocument(d)) ?? [];
    expect(canonicalAddresses(rendered)).toEqual(canonicalAddresses(streamData(docsPageYaml)));
    expect(streamData(file?.text ?? '')).toEqual(rendered);
  });

  it.each([
    ['docs-dual-stack.v1beta4', docsDualStackPlan],
    ['docs-dual-stack.v1beta3', () => ({ ...docsDualStackPlan(), apiVersion: 'v1beta3' as const })],
    ['ipv4-only', ipv4OnlyPlan],
    ['ipv6-only', ipv6OnlyPlan],
    ['dual-ipv6-primary', dualIpv6PrimaryPlan],
    ['ha-3cp-3workers', haPlan],
  ])('matches the golden file %s', async (name, plan) => {
    await expect(scenarioText(plan())).toMatchFileSnapshot(`./__fixtures__/${name}.golden.yaml`);
  });

  it('writes v1beta3 kubeletExtraArgs as a map', () => {
    const plan = { ...docsDualStackPlan(), apiVersion: 'v1beta3' as const };
    const [, init] = streamData(renderPlanFiles(plan)[0]?.text ?? '');
    expect(init).toMatchObject({
      apiVersion: 'kubeadm.k8s.io/v1beta3',
      nodeRegistration: { kubeletExtraArgs: { 'node-ip': '10.100.0.2,fd00:1:2:3::2' } },
    });
  });

  it('gives one join file per node besides the init node, with its role and index', () => {
    const files = renderPlanFiles(haPlan());
    expect(files.map((f) => [f.name, f.role, f.nodeIndex])).toEqual([
      ['kubeadm-config.yaml', 'init', 0],
      ['join-cp-2.yaml', 'join', 1],
      ['join-cp-3.yaml', 'join', 2],
      ['join-worker-1.yaml', 'join', 3],
      ['join-worker-2.yaml', 'join', 4],
      ['join-worker-3.yaml', 'join', 5],
    ]);
  });

  it('gives every node a join file when the plan has no control-plane node', () => {
    const plan = ipv4OnlyPlan();
    plan.nodes[0]!.role = 'worker';
    const files = renderPlanFiles(plan);
    expect(files.map((f) => [f.name, f.nodeIndex])).toEqual([
      ['kubeadm-config.yaml', -1],
      ['join-cp-1.yaml', 0],
      ['join-w-1.yaml', 1],
    ]);
    expect(files[1]?.text).not.toContain('apiServerEndpoint');
  });

  it('maps rendered values back to plan fields, one per entry of a comma list', () => {
    const [init] = renderPlanFiles(docsDualStackPlan());
    expect(init?.sources).toEqual(
      expect.arrayContaining([
        {
          document: 0,
          path: 'networking.podSubnet',
          field: 'networking.podSubnet.ipv4',
          family: 'ipv4',
          entry: 0,
        },
        {
          document: 0,
          path: 'networking.podSubnet',
          field: 'networking.podSubnet.ipv6',
          family: 'ipv6',
          entry: 1,
        },
        {
          document: 1,
          path: 'localAPIEndpoint.advertiseAddress',
          field: 'nodes.0.advertiseAddress',
        },
        { document: 1, path: 'localAPIEndpoint.bindPort', field: 'nodes.0.bindPort' },
        {
          document: 1,
          path: 'nodeRegistration.kubeletExtraArgs.node-ip',
          field: 'nodes.0.ips.ipv6',
          family: 'ipv6',
          entry: 1,
        },
      ]),
    );
    expect(init?.sources).toHaveLength(8);
  });

  it('reads back the plan values from the rendered text for any generated plan', () => {
    fc.assert(
      fc.property(planArbitrary, ({ plan, expected }) => {
        const [init, ...joins] = renderPlanFiles(plan);
        const docs = streamData(init?.text ?? '');
        expect(docs).toEqual(init?.documents.map((d) => toWireDocument(d)));
        expect(valueAt(docs[0], 'networking.podSubnet')).toBe(expected.podSubnet);
        expect(valueAt(docs[0], 'networking.serviceSubnet')).toBe(expected.serviceSubnet);
        const args = valueAt(docs[1], 'nodeRegistration.kubeletExtraArgs');
        const nodeIp =
          plan.apiVersion === 'v1beta3'
            ? (args as Record<string, string>)['node-ip']
            : (args as Array<{ name: string; value: string }>)[0]?.value;
        expect(nodeIp).toBe(expected.nodeIps[0]);
        expect(valueAt(docs[1], 'localAPIEndpoint')).toEqual({
          advertiseAddress: expected.advertiseAddress,
          bindPort: expected.bindPort,
        });
        joins.forEach((file) => {
          expect(streamData(file.text)).toEqual(file.documents.map((d) => toWireDocument(d)));
        });
      }),
    );
  });
});

describe('joinFileNames', () => {
  it('names unnamed nodes by number and sanitises unsafe names', () => {
    const plan = haPlan();
    plan.nodes[3]!.name = '';
    plan.nodes[4]!.name = '../Etc/Passwd; rm -rf';
    plan.nodes[5]!.name = 'cp-2';
    expect([...joinFileNames(plan).values()]).toEqual([
      'join-cp-2.yaml',
      'join-cp-3.yaml',
      'join-node-4.yaml',
      'join-etc-passwd-rm--rf.yaml',
      'join-cp-2-6.yaml',
    ]);
  });

  it('leaves out the init node only', () => {
    const plan = ipv4OnlyPlan();
    plan.nodes.unshift({ ...plan.nodes[1]!, name: 'w-0' });
    expect([...joinFileNames(plan).entries()]).toEqual([
      [0, 'join-w-0.yaml'],
      [2, 'join-w-1.yaml'],
    ]);
  });
});

describe('renderFileText', () => {
  it('writes the documents in the target version', () => {
    const [init] = renderPlanFiles(docsDualStackPlan());
    const text = renderFileText(init?.documents ?? [], 'v1beta3');
    expect(text).toContain('apiVersion: kubeadm.k8s.io/v1beta3');
    expect(text).toContain('    node-ip: 10.100.0.2,fd00:1:2:3::2\n');
  });
});

describe('renderPlanFile', () => {
  it('builds the same file as renderPlanFiles, alone', () => {
    const plan = createDefaultPlan();
    plan.nodes.push({
      ...plan.nodes[0]!,
      name: 'w-1',
      role: 'worker',
      ips: { ipv4: '192.168.10.21', ipv6: 'fd00:192:168:10::21' },
    });
    for (const file of renderPlanFiles(plan)) {
      expect(renderPlanFile(plan, file.name)?.text).toBe(file.text);
    }
    expect(renderPlanFile(plan, 'join-nobody.yaml')).toBeUndefined();
  });
});
