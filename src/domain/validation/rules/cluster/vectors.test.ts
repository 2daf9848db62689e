import { describe, expect, it } from 'vitest';
import vectors from '../../../__fixtures__/vectors.json' with { type: 'json' };
import type {
  Arg,
  ClusterConfiguration,
  Discovery,
  InitConfiguration,
  JoinConfiguration,
} from '../../../kubeadm/documents.ts';
import { cidrFamilyOf } from '../../../net/index.ts';
import type { Issue } from '../../issues.ts';
import { file } from './__fixtures__/builders.ts';
import { validateDocuments } from './validate.ts';

interface Vector {
  rule: string;
  input: Record<string, unknown>;
  valid: boolean;
  note: string;
  error?: string;
}

const all = vectors as Vector[];
const casesOf = (rule: string) => all.filter((v) => v.rule === rule);
const errors = (issues: readonly Issue[]) => issues.filter((i) => i.severity === 'error');

/**
 * Upstream's TestValidateInitConfiguration validates structs before defaulting: these two are
 * "invalid" only for zero values that kubeadm fills in a real file (node name, CRI socket, etcd,
 * imageRepository), as the vectors' notes say.
 */
const UNDEFAULTED = [
  'TestValidateInitConfiguration: invalid missing InitConfiguration.',
  'TestValidateInitConfiguration: invalid missing token with IPv4 service subnet.',
];
const undefaulted = (v: Vector) => UNDEFAULTED.some((note) => v.note.startsWith(note));

/** Splits an upstream initConfiguration struct into the two documents a file holds. */
function initFiles(input: Record<string, unknown>) {
  const { localAPIEndpoint, nodeRegistration, ...cluster } = input;
  const init = {
    kind: 'InitConfiguration',
    localAPIEndpoint,
    nodeRegistration,
  } as InitConfiguration;
  return [file('init.yaml', { kind: 'ClusterConfiguration', ...cluster }, init)];
}

describe.each([['initConfiguration']])('vectors: %s', (rule) => {
  const cases = casesOf(rule);
  const agreeing = cases.filter((v) => !undefaulted(v));
  const defaulted = cases.filter(undefaulted);

  describe(`vectors: ${rule} (${agreeing.length} cases)`, () => {
    it.each(agreeing)('$note', (v) => {
      expect(errors(validateDocuments(initFiles(v.input))).length > 0).toBe(!v.valid);
    });
  });

  describe(`vectors: ${rule}, undefaulted upstream structs that are valid as files (${defaulted.length} cases)`, () => {
    it.each(defaulted)('$note', (v) => {
      expect(errors(validateDocuments(initFiles(v.input)))).toEqual([]);
    });
  });
});

describe('vectors: joinConfiguration', () => {
  const cases = casesOf('joinConfiguration');
  const run = (v: Vector) =>
    validateDocuments([file('join.yaml', { kind: 'JoinConfiguration', ...v.input })]);
  const invalid = cases.filter((v) => !v.valid);
  const valid = cases.filter((v) => v.valid);

  describe(`vectors: joinConfiguration, invalid (${invalid.length} cases)`, () => {
    it.each(invalid)('$note', (v) => {
      expect(errors(run(v)).length).toBeGreaterThan(0);
    });
  });

  // Config validation does not look at the hash format; kubeadm join then fails at discovery
  // (pubkeypin, RULES.md §13), which the wizard reports up front.
  describe(`vectors: joinConfiguration, valid but for the "aaaa" CA hash that join refuses at discovery (${valid.length} cases)`, () => {
    it.each(valid)('$note', (v) => {
      expect(errors(run(v)).map((i) => [i.code, i.path])).toEqual([
        ['ca_cert_hash_format', 'discovery.bootstrapToken.caCertHashes.0'],
      ]);
    });
  });
});

describe.each([
  ['discovery', (input: Record<string, unknown>) => input as Discovery],
  ['discoveryBootstrapToken', (input: Record<string, unknown>) => ({ bootstrapToken: input })],
])('vectors: %s', (rule, discoveryOf) => {
  const cases = casesOf(rule);
  describe(`vectors: ${rule} (${cases.length} cases)`, () => {
    it.each(cases)('$note', (v) => {
      const doc: JoinConfiguration = { kind: 'JoinConfiguration', discovery: discoveryOf(v.input) };
      expect(errors(validateDocuments([file('join.yaml', doc)])).length > 0).toBe(!v.valid);
    });
  });
});

describe('vectors: apiserverAdvertiseFamily', () => {
  const cases = casesOf('apiserverAdvertiseFamily');
  // The reconciler type reaches kube-apiserver as an apiServer extraArg; kubeadm's default is lease.
  const files = (input: Record<string, unknown>) => {
    const reconciler = String(input['endpoint-reconciler-type']);
    const cluster: ClusterConfiguration = {
      kind: 'ClusterConfiguration',
      networking: { serviceSubnet: String(input.primaryServiceCIDR) },
      ...(reconciler === 'lease'
        ? {}
        : { apiServer: { extraArgs: [{ name: 'endpoint-reconciler-type', value: reconciler }] } }),
    };
    const init: InitConfiguration = {
      kind: 'InitConfiguration',
      localAPIEndpoint: { advertiseAddress: String(input['advertise-address']) },
    };
    return [file('init.yaml', cluster, init)];
  };
  // Upstream's addresses sit inside their own service range (2001:db8::1 in 2001:db8::/112),
  // which the wizard reports as node_ip_in_cluster_range on top of the family rule.
  describe(`vectors: apiserverAdvertiseFamily, besides advertise addresses inside the service range (${cases.length} cases)`, () => {
    it.each(cases)('$note', (v) => {
      const found = errors(validateDocuments(files(v.input)));
      expect(found.some((i) => i.code === 'family_mismatch')).toBe(!v.valid);
      const others = found.filter((i) => i.code !== 'node_ip_in_cluster_range');
      expect(others.length > 0).toBe(!v.valid);
    });
  });
});

describe('vectors: kcmNodeIPAM', () => {
  /** KCM flags as kubeadm would pass them: podSubnet, serviceSubnet and mask extraArgs. */
  const files = (input: Record<string, unknown>) => {
    const clusterCidr = String(input['cluster-cidr']);
    const masks = input.nodeCIDRMaskSizes as number[];
    const secondary = String(input.secondaryServiceCIDR);
    const service = String(input['service-cluster-ip-range']);
    const entries = clusterCidr === '' ? [] : clusterCidr.split(',');
    const args: Arg[] = entries.flatMap((entry, i) => {
      const family = cidrFamilyOf(entry);
      const mask = masks[i];
      return family && mask !== undefined
        ? [{ name: `node-cidr-mask-size-${family}`, value: String(mask) }]
        : [];
    });
    if (clusterCidr === '') args.push({ name: 'allocate-node-cidrs', value: 'true' });
    const allocator = String(input['cidr-allocator-type']);
    if (allocator !== 'RangeAllocator')
      args.push({ name: 'cidr-allocator-type', value: allocator });
    const cluster: ClusterConfiguration = {
      kind: 'ClusterConfiguration',
      networking: {
        serviceSubnet: secondary === '' ? service : `${service},${secondary}`,
        ...(clusterCidr === '' ? {} : { podSubnet: clusterCidr }),
      },
      controllerManager: { extraArgs: args },
    };
    return [file('init.yaml', cluster)];
  };
  const cases = casesOf('kcmNodeIPAM');
  // A cloud allocator skips KCM's cluster-CIDR checks, but kubeadm itself refuses the pod subnet.
  const kubeadmRejects = (v: Vector) => v.valid && v.input['cluster-cidr'] === 'invalid';
  const agreeing = cases.filter((v) => !kubeadmRejects(v));
  const rejected = cases.filter(kubeadmRejects);

  describe(`vectors: kcmNodeIPAM (${agreeing.length} cases)`, () => {
    it.each(agreeing)('$note', (v) => {
      expect(errors(validateDocuments(files(v.input))).length > 0).toBe(!v.valid);
    });
  });

  describe(`vectors: kcmNodeIPAM, valid for KCM's cloud allocator but refused by kubeadm's podSubnet check (${rejected.length} cases)`, () => {
    it.each(rejected)('$note', (v) => {
      expect(errors(validateDocuments(files(v.input))).map((i) => i.code)).toEqual(['cidr_syntax']);
    });
  });
});
