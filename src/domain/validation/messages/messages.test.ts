import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY, makeIssue, type IssueCode, type IssueParamsByCode } from '../issues.ts';
import { formatIssue } from './index.ts';

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
  },
  node_ip_in_cluster_range: { ip: '10.96.0.5', range: '10.96.0.0/12', rangeKind: 'service' },
  family_mismatch: {
    address: '10.0.0.1',
    addressFamily: 'ipv4',
    subnet: 'fd00::/108',
    subnetFamily: 'ipv6',
  },
  wrong_family: { value: 'fd00::/56', expected: 'ipv4' },
  stack_mismatch: { reason: 'node_ip_order', expected: 'IPv6', actual: 'IPv4' },
  ip_not_unicast: { ip: 'fe80::1', kind: 'link-local' },
  node_ip_list: { value: '10.0.0.1,10.0.0.2', reason: 'same_family' },
  node_ip_mismatch: { nodeIp: '10.100.0.2', advertiseAddress: '10.100.0.1' },
  duplicate_node_name: { name: 'cp-1', other: 'kubeadm-config.yaml' },
  duplicate_node_ip: { ip: '10.100.0.2', other: 'kubeadm-config.yaml' },
  port_range: { value: '70000' },
  endpoint_syntax: { value: '[fd00::1]', reason: 'brackets_without_port' },
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
};

describe('formatIssue', () => {
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
