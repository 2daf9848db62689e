import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KubeadmKind } from '../../kubeadm/documents.ts';
import type { Issue } from '../issues.ts';
import { decodeDocument } from './decode.ts';
import { kubeadmSchema } from './kubeadm-schema.ts';
import { readConfigFile, type LoadedDocument } from './read.ts';
import type { Fields } from './schema.ts';

// kubeadm's strict decoding lists every unknown field of a document in one warning
// (`strict decoding error: unknown field "apiServer.timeoutForControlPlane", unknown field …`,
// kubernetes/kubernetes#129222); each must be an unknown_field issue of its own, at its own path.

/** `[code, document, path]` of every issue the reader and the decoder give for a text. */
function issuesOf(text: string): Array<[string, number | undefined, string]> {
  const read = readConfigFile('f.yaml', text);
  const issues: Issue[] = [
    ...read.issues,
    ...read.documents.flatMap((d) => decodeDocument(d).issues),
  ];
  return issues.map((i) => [i.code, i.document, i.path]);
}

const V4 = 'apiVersion: kubeadm.k8s.io/v1beta4\n';

describe('decode: every unknown field next to v1beta3-only timeouts', () => {
  it('InitConfiguration + ClusterConfiguration: each unknown and each v1beta3-only field', () => {
    const text = `${V4}kind: InitConfiguration
bogus: 1
timeouts:
  kubenetesAPICall: 1m
  controlPlaneComponentHealthCheck: 4m
localAPIEndpoint:
  advertiseAddress: 10.0.0.1
  wat: 2
---
${V4}kind: ClusterConfiguration
apiServer:
  timeoutForControlPlane: 4m0s
  foo: bar
networking:
  podSubnet: 10.244.0.0/16
  other: 1
proxy:
  diabled: true
`;
    expect(issuesOf(text)).toEqual([
      ['unknown_field', 0, 'bogus'],
      ['unknown_field', 0, 'timeouts.kubenetesAPICall'],
      ['unknown_field', 0, 'localAPIEndpoint.wat'],
      ['unknown_field', 1, 'apiServer.timeoutForControlPlane'],
      ['unknown_field', 1, 'apiServer.foo'],
      ['unknown_field', 1, 'networking.other'],
      ['unknown_field', 1, 'proxy.diabled'],
    ]);
  });

  it('JoinConfiguration: discovery.timeout and the unknown fields around it', () => {
    const text = `${V4}kind: JoinConfiguration
discovery:
  timeout: 5m0s
  zzz: 1
  bootstrapToken:
    token: abcdef.0123456789abcdef
    apiServerEndpoint: 10.0.0.1:6443
    unsafeSkipCAVerification: true
    qq: 1
timeout: 5m0s
controlPlane:
  joinControlPlane: {}
`;
    expect(issuesOf(text)).toEqual([
      ['unknown_field', 0, 'discovery.timeout'],
      ['unknown_field', 0, 'discovery.zzz'],
      ['unknown_field', 0, 'discovery.bootstrapToken.qq'],
      ['unknown_field', 0, 'timeout'],
      ['unknown_field', 0, 'controlPlane.joinControlPlane'],
    ]);
  });

  it('several documents of one file each report their own, in document order', () => {
    const doc = (kind: string, body: string) => `${V4}kind: ${kind}\n${body}`;
    const text = [
      doc('ClusterConfiguration', 'apiServer:\n  timeoutForControlPlane: 4m\na: 1\n'),
      doc('ClusterConfiguration', 'apiServer:\n  timeoutForControlPlane: 4m\nb: 1\n'),
      doc('JoinConfiguration', 'discovery:\n  timeout: 5m\nc: 1\n'),
    ].join('---\n');
    expect(issuesOf(text)).toEqual([
      ['unknown_field', 0, 'apiServer.timeoutForControlPlane'],
      ['unknown_field', 0, 'a'],
      ['unknown_field', 1, 'apiServer.timeoutForControlPlane'],
      ['unknown_field', 1, 'b'],
      ['unknown_field', 2, 'discovery.timeout'],
      ['unknown_field', 2, 'c'],
    ]);
  });

  it('finds unknown fields inside list entries: extraArgs, extraVolumes, extraEnvs, tokens, taints, patches', () => {
    const text = `${V4}kind: ClusterConfiguration
apiServer:
  timeoutForControlPlane: 4m0s
  extraArgs:
  - name: audit-log-path
    value: /var/log/audit.log
    foo: 1
  extraVolumes:
  - name: audit
    hostPath: /var/log
    mountPath: /var/log
    junk: 1
etcd:
  local:
    extraEnvs:
    - name: E
      value: x
      nope: 1
---
${V4}kind: InitConfiguration
bootstrapTokens:
- token: abcdef.0123456789abcdef
  x1: 1
nodeRegistration:
  taints:
  - key: k
    effect: NoSchedule
    operator: Exists
patches:
  directory: /etc/kubernetes/patches
  z: 1
`;
    expect(issuesOf(text)).toEqual([
      ['unknown_field', 0, 'apiServer.timeoutForControlPlane'],
      ['unknown_field', 0, 'apiServer.extraArgs.audit-log-path.foo'],
      ['unknown_field', 0, 'apiServer.extraVolumes.0.junk'],
      ['unknown_field', 0, 'etcd.local.extraEnvs.0.nope'],
      ['unknown_field', 1, 'bootstrapTokens.0.x1'],
      ['unknown_field', 1, 'nodeRegistration.taints.0.operator'],
      ['unknown_field', 1, 'patches.z'],
    ]);
  });

  it('gives extraArgs entries that share a name their index, so their unknown fields do not collide', () => {
    const text = `${V4}kind: ClusterConfiguration
apiServer:
  extraArgs:
  - name: feature-gates
    value: A=true
    foo: 1
  - name: feature-gates
    value: B=true
    foo: 2
  - name: v
    value: 2
    bar: 1
`;
    expect(issuesOf(text)).toEqual([
      ['unknown_field', 0, 'apiServer.extraArgs.0.foo'],
      ['unknown_field', 0, 'apiServer.extraArgs.1.foo'],
      ['field_type', 0, 'apiServer.extraArgs.v'],
      ['unknown_field', 0, 'apiServer.extraArgs.v.bar'],
    ]);
  });

  it('reports a v1beta3-only field, an unknown field and a type error of one document together', () => {
    const text = `${V4}kind: ClusterConfiguration
apiServer:
  timeoutForControlPlane: 4m0s
  certSANs: k8s.example.com
  extraArgs:
    authorization-mode: Node,RBAC
kubernetesVersion: 1.31
networking:
  podSubnet: 10.244.0.0/16
  podSubnets: [10.244.0.0/16]
`;
    expect(issuesOf(text)).toEqual([
      ['unknown_field', 0, 'apiServer.timeoutForControlPlane'],
      ['field_type', 0, 'apiServer.certSANs'],
      ['field_type', 0, 'apiServer.extraArgs'],
      ['field_type', 0, 'kubernetesVersion'],
      ['unknown_field', 0, 'networking.podSubnets'],
    ]);
  });
});

/** Places in a valid document where unknown keys are injected, and the fields known there. */
interface Slot {
  /** Path of the mapping in the document ('' = the top level). */
  at: string;
  /** Path the issues name (an extraArgs entry is named by its argument). */
  reported: string;
  known: readonly string[];
}

function fieldsAt(fields: Fields, path: string): readonly string[] {
  let current = fields;
  for (const key of path === '' ? [] : path.split('.')) {
    const spec = current[key];
    if (spec?.type === 'object') current = spec.fields;
    else if (spec?.type === 'list' && spec.item.type === 'object') current = spec.item.fields;
    else if (/^\d+$/u.test(key)) continue;
    else throw new Error(`no struct at ${path}`);
  }
  return Object.keys(current);
}

interface Base {
  kind: KubeadmKind;
  data: () => Record<string, unknown>;
  /** The v1beta3-only field the base document carries. */
  moved: string;
  slots: readonly string[];
  args?: string;
}

const BASES: readonly Base[] = [
  {
    kind: 'ClusterConfiguration',
    data: () => ({
      apiServer: { timeoutForControlPlane: '4m0s', certSANs: ['k8s.example.com'] },
      networking: { podSubnet: '10.244.0.0/16' },
      etcd: { local: { dataDir: '/var/lib/etcd' } },
      controllerManager: { extraArgs: [{ name: 'node-cidr-mask-size-ipv4', value: '24' }] },
    }),
    moved: 'apiServer.timeoutForControlPlane',
    slots: ['', 'apiServer', 'networking', 'etcd', 'etcd.local'],
    args: 'controllerManager.extraArgs',
  },
  {
    kind: 'JoinConfiguration',
    data: () => ({
      discovery: {
        timeout: '5m0s',
        bootstrapToken: { token: 'abcdef.0123456789abcdef', apiServerEndpoint: '10.0.0.1:6443' },
      },
      nodeRegistration: { kubeletExtraArgs: [{ name: 'node-ip', value: '10.0.0.2' }] },
      timeouts: { discovery: '5m0s' },
    }),
    moved: 'discovery.timeout',
    slots: ['', 'discovery', 'discovery.bootstrapToken', 'nodeRegistration', 'timeouts'],
    args: 'nodeRegistration.kubeletExtraArgs',
  },
  {
    kind: 'InitConfiguration',
    data: () => ({
      // A v1beta3 InitConfiguration had no timeouts; its v1beta3-only neighbour is in the
      // ClusterConfiguration, so here the moved field is one placed in the wrong kind.
      timeoutForControlPlane: '4m0s',
      bootstrapTokens: [{ token: 'abcdef.0123456789abcdef' }],
      localAPIEndpoint: { advertiseAddress: '10.0.0.1' },
      timeouts: { controlPlaneComponentHealthCheck: '4m0s' },
    }),
    moved: 'timeoutForControlPlane',
    slots: ['', 'bootstrapTokens.0', 'localAPIEndpoint', 'timeouts'],
  },
];

function mappingAt(data: Record<string, unknown>, path: string): Record<string, unknown> {
  let current: unknown = data;
  for (const key of path === '' ? [] : path.split('.')) {
    current = (current as Record<string, unknown>)[key];
  }
  return current as Record<string, unknown>;
}

describe('decode: random unknown keys (property)', () => {
  it.each(BASES.map((b) => [b.kind, b] as const))(
    '%s: every injected key and the v1beta3-only field are reported exactly once',
    (_kind, base) => {
      const schema = kubeadmSchema('v1beta4', base.kind).fields;
      const slots: Slot[] = base.slots.map((at) => ({
        at,
        reported: at,
        known: fieldsAt(schema, at),
      }));
      if (base.args !== undefined) {
        const name = (mappingAt(base.data(), base.args) as unknown as Array<{ name: string }>)[0]
          ?.name;
        slots.push({
          at: `${base.args}.0`,
          reported: `${base.args}.${String(name)}`,
          known: ['name', 'value'],
        });
      }
      const key = fc.string({ minLength: 1, maxLength: 12 });
      const injections = fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: slots.length - 1 }),
          fc.uniqueArray(key, { maxLength: 4 }),
        ),
        { maxLength: 6 },
      );
      fc.assert(
        fc.property(injections, (plan) => {
          const data = base.data();
          const expected = new Set([base.moved]);
          for (const [slotIndex, keys] of plan) {
            const slot = slots[slotIndex];
            if (slot === undefined) continue;
            const target = mappingAt(data, slot.at);
            for (const k of keys) {
              if (slot.known.includes(k) || Object.hasOwn(target, k)) continue;
              // defineProperty: a key such as __proto__ stays an ordinary own key, as YAML gives it.
              Object.defineProperty(target, k, {
                value: 1,
                enumerable: true,
                writable: true,
                configurable: true,
              });
              expected.add(slot.reported === '' ? k : `${slot.reported}.${k}`);
            }
          }
          const doc: LoadedDocument = {
            file: 'f.yaml',
            index: 0,
            apiVersion: 'kubeadm.k8s.io/v1beta4',
            kind: base.kind,
            data: { apiVersion: 'kubeadm.k8s.io/v1beta4', kind: base.kind, ...data },
          };
          const issues = decodeDocument(doc).issues;
          expect(issues.every((i) => i.code === 'unknown_field' && i.document === 0)).toBe(true);
          const paths = issues.map((i) => i.path);
          expect([...paths].sort()).toEqual([...expected].sort());
        }),
      );
    },
  );
});

describe('decode: unknown fields in extraArgs entries (property)', () => {
  it('gives every entry its own path, whether or not names repeat', () => {
    const entry = fc.record({
      name: fc.constantFrom('a', 'b', 'v', ''),
      extra: fc.constantFrom('x', 'y'),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (entries) => {
        const extraArgs = entries.map((e) => ({ name: e.name, value: '1', [e.extra]: 1 }));
        const doc: LoadedDocument = {
          file: 'f.yaml',
          index: 0,
          apiVersion: 'kubeadm.k8s.io/v1beta4',
          kind: 'ClusterConfiguration',
          data: { scheduler: { extraArgs } },
        };
        const paths = decodeDocument(doc).issues.map((i) => i.path);
        expect(paths).toHaveLength(entries.length);
        expect(new Set(paths).size).toBe(entries.length);
      }),
    );
  });
});
