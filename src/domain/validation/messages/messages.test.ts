import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEVERITY,
  makeIssue,
  type Issue,
  type IssueCode,
  type IssueParamsByCode,
} from '../issues.ts';
import { DOCS_URLS, issueDocsUrl } from '../docs.ts';
import { en } from './en.ts';
import { formatIssue, LANGUAGES, parseLanguage } from './index.ts';
import { zhCN } from './zh-CN.ts';

/** One example of every code's parameters; the type makes a new code fail here until it has one. */
const SAMPLES: { [C in IssueCode]: IssueParamsByCode[C] } = {
  yaml_syntax: { detail: 'Unexpected end of flow sequence', line: 2 },
  file_encoding: { encoding: 'utf-16' },
  input_limit: { limit: 'aliases', max: 100 },
  unknown_kind: { apiVersion: 'v1', kind: 'ConfigMap' },
  api_version_removed: {
    apiVersion: 'kubeadm.k8s.io/v1beta2',
    kind: 'ClusterConfiguration',
    replacement: 'kubeadm.k8s.io/v1beta4',
  },
  api_version_deprecated: {
    apiVersion: 'kubeadm.k8s.io/v1beta3',
    kind: 'InitConfiguration',
    replacement: 'kubeadm.k8s.io/v1beta4',
    kubernetesVersion: 'v1.33.0',
  },
  api_version_unknown: {
    apiVersion: 'kubelet.config.k8s.io/v1',
    kind: 'KubeletConfiguration',
    known: 'v1beta1',
  },
  field_type: { expected: 'list of {name, value}', actual: 'mapping' },
  unknown_field: { field: 'kubenetesAPICall' },
  duplicate_key: { key: 'podSubnet', path: 'networking.podSubnet', line: 5 },
  required: { field: 'networking.serviceSubnet.ipv6' },
  ip_syntax: { value: '10.0.0.300' },
  cidr_syntax: { value: '10.233.0.0/18/16' },
  cidr_host_bits: { value: '10.244.1.0/16', network: '10.244.0.0/16' },
  ip_noncanonical: { value: '010.0.0.1', canonical: '10.0.0.1' },
  subnet_list: { value: '10.0.0.0/16,10.1.0.0/16', reason: 'same_family' },
  subnet_too_small: { cidr: '10.0.0.0/29', addresses: '8', minimum: 10 },
  service_subnet_too_large: { cidr: 'fd00::/64', bits: 128, minPrefix: 108 },
  pod_subnet_smaller_than_node_mask: { cidr: 'fd02::/80', podMask: 80, nodeMask: 64 },
  node_mask_difference_too_large: { cidr: 'fd00::/32', podMask: 32, nodeMask: 64, maxDiff: 16 },
  node_mask_invalid: { flag: 'node-cidr-mask-size', value: '24', reason: 'legacy_dual_stack' },
  subnets_overlap: {
    family: 'ipv6',
    podSubnet: '2001:db8:42::/56',
    serviceSubnet: '2001:db8:42:1::/112',
    coversPods: false,
    suggestion: '2001:db8:42:100::/112',
  },
  node_ip_in_cluster_range: { ip: '10.96.0.5', range: '10.96.0.0/12', rangeKind: 'service' },
  endpoint_in_cluster_range: { ip: '10.96.0.7', range: '10.96.0.0/12', rangeKind: 'service' },
  family_mismatch: {
    address: '10.0.0.1',
    addressFamily: 'ipv4',
    subnet: 'fd00::/108',
    subnetFamily: 'ipv6',
  },
  wrong_family: { value: 'fd00::/56', expected: 'ipv4' },
  family_pair: { value: '10.244.0.0/16,fd00::/56', ipv4: '10.244.0.0/16', ipv6: 'fd00::/56' },
  stack_mismatch: { reason: 'node_ip_order', expected: 'IPv6', actual: 'IPv4' },
  ip_not_unicast: { ip: 'fe80::1', kind: 'link-local' },
  node_ip_list: { value: '10.0.0.1,10.0.0.2', reason: 'same_family' },
  node_ip_mismatch: { nodeIp: '10.100.0.2', advertiseAddress: '10.100.0.1' },
  duplicate_node_name: { name: 'cp-1', other: 'kubeadm-config.yaml' },
  duplicate_node_ip: { ip: '10.100.0.2', other: 'kubeadm-config.yaml' },
  port_range: { value: '70000' },
  endpoint_syntax: { value: '[fd00::1]', reason: 'brackets_without_port' },
  endpoint_ipv6_port_ambiguous: { value: 'fd00::1:6443', suggestion: '[fd00::1]:6443' },
  control_plane_endpoint_required: { controlPlaneNodes: 3 },
  dns_name: { value: 'Cluster.Local', reason: 'uppercase' },
  token_format: { field: 'discovery.bootstrapToken.token' },
  token_group: { value: 'system:bootstrappers:Bad', reason: 'syntax' },
  ca_cert_hash_format: { value: 'sha256:abc' },
  ca_cert_hash_missing: {},
  certificate_key_format: {},
  discovery_method: { reason: 'both' },
  cri_socket: { value: '/run/containerd/containerd.sock', reason: 'bare_path' },
  kubernetes_version: { value: 'v1.36.0', reason: 'api_version_removed', limit: 'v1.36.0' },
  feature_gate: { name: 'IPv6DualStack', reason: 'removed' },
  ignored_document: { kind: 'KubeletConfiguration', fileRole: 'join' },
  pod_subnet_capacity: { cidr: '10.244.0.0/24', blocks: '1', nodes: 3, nodeMask: 24 },
  documentation_prefix: { value: '2001:db8:42::/56', prefix: '2001:db8::/32' },
  site_local: { value: 'fec0::/64' },
  encryption_algorithm: { value: 'RSA', allowed: 'RSA-2048, RSA-3072, RSA-4096, ECDSA-P256' },
  image_repository: { value: 'https://registry.example' },
  absolute_path: { value: 'pki' },
  extra_arg_name: { component: 'apiServer' },
  image_pull_policy: { value: 'Sometimes' },
  bootstrap_token_ttl: { value: '1 day' },
  discovery_file: { value: 'admin.conf' },
  ignore_preflight_errors: { value: 'all,swap', reason: 'all_with_others' },
  etcd: { reason: 'url_not_https', value: 'http://10.0.0.1:2379' },
  mixed_config: { file: 'a.yaml', reason: 'no_init_or_cluster' },
  cluster_dns_mismatch: { value: '10.96.0.10', expected: 'fd00:10:96::a' },
  kube_proxy_cluster_cidr: {
    value: '10.244.0.0/16',
    recommended: '10.244.0.0/16,fd00:10:244::/56',
  },
  conversion_note: {
    kind: 'moved',
    toPath: 'document 2: timeouts.controlPlaneComponentHealthCheck',
  },
  invalid_choice: { value: 'triple', allowed: 'ipv4, ipv6' },
  plan_file: { reason: 'unsupported_version', version: '9' },
  node_row: { reason: 'columns', count: 5, max: 4 },
  share_link: { reason: 'too_large', max: 1048576 },
  wrong_object: { expected: 'NodeList', found: 'Pod' },
  node_family_missing: { node: 'w-1', family: 'ipv6', what: 'internal_ip', known: 'config' },
  pod_cidr_outside: { node: 'w-1', cidr: '10.99.1.0/24', podSubnet: '10.244.0.0/16' },
  pod_ip_outside: {
    node: 'w-1',
    count: 3,
    pod: 'default/web-0',
    ip: '10.88.0.5',
    podSubnets: '10.244.0.0/16, fd00:10:244::/56',
  },
  pod_family_missing: { node: 'w-1', family: 'ipv6', count: 12, total: 14 },
  service_single_stack: { service: 'default/web', policy: 'absent', family: 'ipv6' },
  service_family_missing: { service: 'default/web', policy: 'PreferDualStack', family: 'ipv6' },
  service_ip_outside: {
    service: 'default/web',
    ip: '10.100.0.7',
    serviceSubnets: '10.96.0.0/16, fd00:10:96::/112',
  },
  dual_stack_conversion: { reason: 'already_dual_stack' },
  usage: { reason: 'unknown_option', command: 'validate', option: '--bogus' },
  internal_error: { detail: 'plan.nodes is not iterable' },
};

describe('formatIssue', () => {
  it.each(LANGUAGES)('offers the free range and the docs page for an overlap (%s)', (language) => {
    const issue = makeIssue('subnets_overlap', { path: '' }, SAMPLES.subnets_overlap);
    const text = formatIssue(issue, language);
    expect(text).toContain('2001:db8:42:100::/112');
    expect(text).toContain('kube-proxy');
    expect(text).toContain(DOCS_URLS.dualStack);
    expect(issueDocsUrl(issue)).toBe(DOCS_URLS.dualStack);
  });

  it.each(LANGUAGES)(
    'names both addresses and the docs page for node_ip_mismatch (%s)',
    (language) => {
      const issue = makeIssue('node_ip_mismatch', { path: '' }, SAMPLES.node_ip_mismatch);
      const text = formatIssue(issue, language);
      expect(text).toContain('--node-ip');
      expect(text).toContain('advertiseAddress');
      expect(text).toContain('kube-apiserver');
      expect(text.match(/10\.100\.0\.1/g)).toHaveLength(2);
      expect(text.match(/10\.100\.0\.2/g)).toHaveLength(2);
      expect(text).toContain(DOCS_URLS.createCluster);
      expect(issueDocsUrl(issue)).toBe(DOCS_URLS.createCluster);
    },
  );

  const codes = Object.keys(DEFAULT_SEVERITY) as IssueCode[];

  it.each(codes)('writes a complete English sentence for %s', (code) => {
    const text = formatIssue(makeIssue(code, { path: '' }, SAMPLES[code] as never));
    expect(text.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/undefined|null|NaN|\[object|\$\{/);
    expect(text).toMatch(/[.)]$/);
  });

  it('names the values the user has to change', () => {
    const text = formatIssue(makeIssue('family_mismatch', { path: '' }, SAMPLES.family_mismatch));
    expect(text).toBe(
      'The advertise address 10.0.0.1 is IPv4, but the first service subnet fd00::/108 is IPv6; kube-apiserver refuses to start. Put the IPv4 service subnet first or use an IPv6 advertise address.',
    );
  });
});

/**
 * Further parameters for codes whose message depends on a reason or a flag, so every branch of
 * both catalogues is compared, not only the one SAMPLES happens to pick.
 */
const VARIANTS: readonly Issue[] = [
  makeIssue('yaml_syntax', { path: '' }, { detail: 'Map keys must be unique' }),
  makeIssue('file_encoding', { path: '' }, { encoding: 'binary' }),
  makeIssue('duplicate_key', { path: '' }, { key: 'kind', path: 'kind' }),
  ...(['size', 'depth', 'documents'] as const).map((limit) =>
    makeIssue('input_limit', { path: '' }, { limit, max: 3145728 }),
  ),
  makeIssue(
    'api_version_removed',
    { path: '' },
    { ...SAMPLES.api_version_removed, kubernetesVersion: 'v1.31.0' },
  ),
  makeIssue(
    'api_version_deprecated',
    { path: '' },
    { ...SAMPLES.api_version_deprecated, kubernetesVersion: '' },
  ),
  ...(['mapping', 'list', 'string', 'number', 'boolean', 'null', 'other'] as const).map((actual) =>
    makeIssue('field_type', { path: '' }, { expected: 'map of strings', actual }),
  ),
  makeIssue('required', { path: '' }, { field: '' }),
  ...(['too_many', 'whitespace'] as const).map((reason) =>
    makeIssue('subnet_list', { path: '' }, { value: '10.0.0.0/16, fd00::/56', reason }),
  ),
  ...(['not_integer', 'out_of_range', 'family_absent', 'legacy_with_family'] as const).map(
    (reason) =>
      makeIssue(
        'node_mask_invalid',
        { path: '' },
        { flag: 'node-cidr-mask-size-ipv6', value: '130', reason },
      ),
  ),
  makeIssue('subnets_overlap', { path: '' }, { ...SAMPLES.subnets_overlap, coversPods: true }),
  makeIssue(
    'subnets_overlap',
    { path: '' },
    {
      family: 'ipv4',
      podSubnet: '10.244.0.0/16',
      serviceSubnet: '10.244.128.0/20',
      coversPods: false,
    },
  ),
  makeIssue(
    'node_ip_in_cluster_range',
    { path: '' },
    { ip: '10.244.3.1', range: '10.244.0.0/16', rangeKind: 'pod' },
  ),
  makeIssue(
    'endpoint_in_cluster_range',
    { path: '' },
    { ip: '10.244.3.9', range: '10.244.0.0/16', rangeKind: 'pod' },
  ),
  ...(['pod_service_families', 'pod_service_order', 'node_ip_families'] as const).map((reason) =>
    makeIssue('stack_mismatch', { path: '' }, { reason, expected: 'IPv4, IPv6', actual: 'IPv6' }),
  ),
  ...(['unspecified', 'loopback', 'multicast', 'broadcast'] as const).map((kind) =>
    makeIssue('ip_not_unicast', { path: '' }, { ip: '255.255.255.255', kind }),
  ),
  ...(['too_many', 'unspecified_in_pair', 'empty_entry'] as const).map((reason) =>
    makeIssue('node_ip_list', { path: '' }, { value: '10.0.0.1,,::', reason }),
  ),
  ...(['missing_port', 'bad_port', 'bad_host', 'too_many_colons', 'unbracketed_ipv6'] as const).map(
    (reason) => makeIssue('endpoint_syntax', { path: '' }, { value: 'fd00::1:6443', reason }),
  ),
  ...(['syntax', 'too_long', 'label_too_long', 'blank', 'cert_san'] as const).map((reason) =>
    makeIssue('dns_name', { path: '' }, { value: 'bad_name', reason }),
  ),
  makeIssue('token_format', { path: '' }, { field: '' }),
  makeIssue(
    'token_group',
    { path: '' },
    { value: 'system:bootstrappers:ops', reason: 'needs_authentication' },
  ),
  makeIssue('discovery_method', { path: '' }, { reason: 'neither' }),
  ...(['scheme', 'not_url'] as const).map((reason) =>
    makeIssue('cri_socket', { path: '' }, { value: 'npipe:////./pipe/containerd', reason }),
  ),
  ...(
    ['syntax', 'api_version_too_old', 'newer_than_kubeadm', 'older_than_supported'] as const
  ).flatMap((reason) => [
    makeIssue('kubernetes_version', { path: '' }, { value: 'v1.29.0', reason, limit: 'v1.31.0' }),
    makeIssue('kubernetes_version', { path: '' }, { value: 'v1.29.0', reason }),
  ]),
  makeIssue(
    'kubernetes_version',
    { path: '' },
    { value: 'v1.36.0', reason: 'api_version_removed' },
  ),
  makeIssue('feature_gate', { path: '' }, { name: 'NodeLocalCRISocket', reason: 'unknown' }),
  makeIssue('ignored_document', { path: '' }, { kind: 'JoinConfiguration', fileRole: 'init' }),
  ...(
    [
      'local_and_external',
      'cert_key_pair',
      'ca_file_required',
      'url_syntax',
      'url_no_scheme',
    ] as const
  ).map((reason) => makeIssue('etcd', { path: '' }, { reason, value: '10.0.0.1:2379' })),
  makeIssue('mixed_config', { path: '' }, { file: 'b.yaml', reason: 'init_and_join' }),
  makeIssue('conversion_note', { path: '' }, { kind: 'dropped' }),
  makeIssue('conversion_note', { path: '' }, { kind: 'moved' }),
  makeIssue('conversion_note', { path: '' }, { kind: 'duplicate_arg', name: 'v' }),
  ...(['not_json', 'not_a_plan'] as const).map((reason) =>
    makeIssue('plan_file', { path: '' }, { reason }),
  ),
  makeIssue('plan_file', { path: '' }, { reason: 'unsupported_version' }),
  makeIssue('node_row', { path: '' }, { reason: 'columns', count: 0, max: 4 }),
  ...(['missing', 'not_base64', 'not_deflate'] as const).map((reason) =>
    makeIssue('share_link', { path: '' }, { reason }),
  ),
  makeIssue('share_link', { path: '' }, { reason: 'too_long', max: 65536 }),
  makeIssue('wrong_object', { path: '' }, { expected: 'Node', found: 'Pod' }),
  makeIssue(
    'node_family_missing',
    { path: '' },
    { node: 'w-1', family: 'ipv4', what: 'pod_cidr', known: 'nodes' },
  ),
  makeIssue('pod_cidr_outside', { path: '' }, { node: 'w-1', cidr: 'fd00::/64', podSubnet: '' }),
  makeIssue('wrong_object', { path: '' }, { expected: 'PodList', found: '', reason: 'not_wide' }),
  ...(['PodList', 'ServiceList', 'Pod', 'Service'] as const).map((expected) =>
    makeIssue('wrong_object', { path: '' }, { expected, found: 'ConfigMap' }),
  ),
  makeIssue(
    'service_single_stack',
    { path: '' },
    { service: 'kube-system/kube-dns', policy: 'SingleStack', family: 'ipv4' },
  ),
  makeIssue(
    'service_family_missing',
    { path: '' },
    { service: 'default/web', policy: 'RequireDualStack', family: 'ipv4' },
  ),
  ...(['no_cluster_configuration', 'no_pod_subnet', 'same_family'] as const).map((reason) =>
    makeIssue('dual_stack_conversion', { path: '' }, { reason }),
  ),
  ...(
    [
      { reason: 'no_command' },
      { reason: 'unknown_command', command: 'frobnicate' },
      { reason: 'missing_value', command: 'generate', option: '--out' },
      { reason: 'unexpected_value', option: '--json' },
      {
        reason: 'missing_option',
        command: 'migrate',
        option: '--to',
        expected: 'v1beta4, v1beta3',
      },
      { reason: 'missing_option', command: 'generate', option: '--out' },
      { reason: 'bad_value', option: '--lang', value: 'xx', expected: 'en, zh-CN' },
      { reason: 'unsupported_option', command: 'migrate', option: '--json' },
      { reason: 'no_files', command: 'validate' },
      { reason: 'no_files', command: 'diagnose' },
      { reason: 'extra_argument', command: 'diagnose', value: 'b.json' },
      { reason: 'unreadable_file', file: 'a.yaml', cause: 'not_found' },
      { reason: 'unreadable_file', file: '-', cause: 'other', detail: 'EIO' },
      { reason: 'unreadable_file', file: 'a.yaml', cause: 'permission_denied' },
      { reason: 'unreadable_file', file: 'out', cause: 'is_directory' },
      { reason: 'cannot_write', file: 'out', detail: 'EACCES: permission denied' },
      { reason: 'bad_arguments', detail: 'Unexpected argument' },
    ] as const
  ).map((params) => makeIssue('usage', { path: '' }, params)),
];

/**
 * Parameters that name a choice rather than a value (a reason, a range kind, a limit, a shape): the
 * English text spells them as English words and the Chinese text translates them.
 */
const TRANSLATED: { readonly [C in IssueCode]?: readonly string[] } = {
  input_limit: ['limit'],
  field_type: ['expected', 'actual'],
  node_ip_in_cluster_range: ['rangeKind'],
  endpoint_in_cluster_range: ['rangeKind'],
  ip_not_unicast: ['kind'],
  node_family_missing: ['what', 'known'],
  wrong_object: ['expected'],
  service_single_stack: ['policy'],
};

const ALL: readonly Issue[] = [
  ...(Object.keys(DEFAULT_SEVERITY) as IssueCode[]).map((code) =>
    makeIssue(code, { path: '' }, SAMPLES[code] as never),
  ),
  ...VARIANTS,
];

const label = (issue: Issue) => `${issue.code} ${JSON.stringify(issue.params)}`;

/**
 * How often a parameter value stands on its own in a text: `10` inside `10.0.0.0/29` or
 * `node-cidr-mask-size` inside `--node-cidr-mask-size-ipv4` does not count, so a dropped
 * parameter cannot hide behind another value that contains it.
 */
function occurrences(text: string, value: string): number {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.match(new RegExp(`(?<!\\w|\\w[.:])${escaped}(?![\\w-]|[.:]\\w)`, 'g'))?.length ?? 0;
}

describe('zh-CN catalogue', () => {
  it('has exactly the codes of the English catalogue and of DEFAULT_SEVERITY', () => {
    const codes = Object.keys(DEFAULT_SEVERITY).sort();
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(zhCN).sort()).toEqual(codes);
  });

  it.each(ALL.map((issue) => [label(issue), issue] as const))(
    'writes a Chinese sentence with the English parameters for %s',
    (_label, issue) => {
      const english = formatIssue(issue, 'en');
      const chinese = formatIssue(issue, 'zh-CN');
      expect(chinese).not.toMatch(/undefined|\[object|\$\{|NaN/);
      expect(chinese).toMatch(/\p{Script=Han}/u);
      expect(chinese).toMatch(/[。）？]$/);
      // A sentence in Chinese uses full-width punctuation between clauses.
      expect(chinese).not.toMatch(/\p{Script=Han}[,;:]|[,;] ?\p{Script=Han}/u);
      const skip = TRANSLATED[issue.code] ?? [];
      for (const [name, value] of Object.entries(issue.params)) {
        if (name === 'reason' || skip.includes(name) || value === '' || typeof value === 'boolean')
          continue;
        const shown = String(value);
        expect(occurrences(chinese, shown), name).toBeGreaterThanOrEqual(
          occurrences(english, shown),
        );
      }
    },
  );

  it('names the values the user has to change, in the zh-cn docs terms', () => {
    const issue = makeIssue('family_mismatch', { path: '' }, SAMPLES.family_mismatch);
    expect(formatIssue(issue, 'zh-CN')).toBe(
      '公告地址 10.0.0.1 是 IPv4 地址，但第一个 Service 子网 fd00::/108 是 IPv6 子网；kube-apiserver 将无法启动。请把 IPv4 Service 子网放在第一位，或改用 IPv6 公告地址。',
    );
  });
});

describe('parseLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['en_US.UTF-8', 'en'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['ZH-HANS', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh_CN.UTF-8', 'zh-CN'],
    ['zh_CN.GB18030@pinyin', 'zh-CN'],
  ] as const)('reads %s as %s', (text, language) => {
    expect(parseLanguage(text)).toBe(language);
  });

  it.each([
    '',
    'xx',
    'fr_FR.UTF-8',
    'zh-TW',
    'zh-Hant',
    'zh-Hant-TW',
    'zh_HK.UTF-8',
    'C',
    'english',
    'en US',
  ])('refuses %j', (text) => {
    expect(parseLanguage(text)).toBeUndefined();
  });

  it('reads every language it lists', () => {
    for (const language of LANGUAGES) expect(parseLanguage(language)).toBe(language);
  });
});
