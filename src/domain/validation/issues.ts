import type { IpFamily } from '../net/types.ts';

export type Severity = 'error' | 'warning' | 'info';

/**
 * Parameters of every issue code. Rules return a code and these parameters; text comes only from a
 * message catalogue (messages/en.ts), which must have an entry for every code here.
 */
export interface IssueParamsByCode {
  yaml_syntax: { detail: string; line?: number };
  /** The file is not UTF-8 text. */
  file_encoding: { encoding: 'utf-16' | 'binary' };
  /** A limit on what the reader accepts (size, depth, aliases) was exceeded. */
  input_limit: { limit: 'size' | 'depth' | 'aliases' | 'documents'; max: number };
  unknown_kind: { apiVersion: string; kind: string };
  api_version_removed: {
    apiVersion: string;
    kind: string;
    replacement: string;
    kubernetesVersion?: string;
  };
  api_version_deprecated: {
    apiVersion: string;
    kind: string;
    replacement: string;
    kubernetesVersion?: string;
  };
  api_version_unknown: { apiVersion: string; kind: string; known: string };
  field_type: { expected: ExpectedShape; actual: ActualShape };
  unknown_field: { field: string };
  /** A key written twice in one mapping; `line` is the later one's (1-based). */
  duplicate_key: { key: string; path: string; line?: number };
  required: { field: string };
  ip_syntax: { value: string };
  cidr_syntax: { value: string };
  cidr_host_bits: { value: string; network: string };
  ip_noncanonical: { value: string; canonical: string };
  subnet_list: { value: string; reason: 'too_many' | 'same_family' | 'whitespace' };
  subnet_too_small: { cidr: string; addresses: string; minimum: number };
  service_subnet_too_large: { cidr: string; bits: number; minPrefix: number };
  pod_subnet_smaller_than_node_mask: { cidr: string; podMask: number; nodeMask: number };
  node_mask_difference_too_large: {
    cidr: string;
    podMask: number;
    nodeMask: number;
    maxDiff: number;
  };
  node_mask_invalid: {
    flag: string;
    value: string;
    reason:
      'not_integer' | 'out_of_range' | 'family_absent' | 'legacy_dual_stack' | 'legacy_with_family';
  };
  subnets_overlap: {
    family: IpFamily;
    podSubnet: string;
    serviceSubnet: string;
    coversPods: boolean;
    /** A free service range of the same size: outside the pod subnets, other ranges and node IPs. */
    suggestion?: string;
  };
  node_ip_in_cluster_range: { ip: string; range: string; rangeKind: 'pod' | 'service' };
  /** The controlPlaneEndpoint's host is an IP inside a pod or service subnet. */
  endpoint_in_cluster_range: { ip: string; range: string; rangeKind: 'pod' | 'service' };
  family_mismatch: {
    address: string;
    addressFamily: IpFamily;
    subnet: string;
    subnetFamily: IpFamily;
  };
  /** A value of the other family in a field meant for one family (wizard fields). */
  wrong_family: { value: string; expected: IpFamily };
  /** One per-family field holds a dual-stack pair; each value belongs in its own family's field. */
  family_pair: { value: string; ipv4: string; ipv6: string };
  stack_mismatch: {
    reason: 'pod_service_families' | 'pod_service_order' | 'node_ip_families' | 'node_ip_order';
    expected: string;
    actual: string;
  };
  ip_not_unicast: {
    ip: string;
    kind: 'unspecified' | 'loopback' | 'link-local' | 'multicast' | 'broadcast';
  };
  node_ip_list: {
    value: string;
    reason: 'too_many' | 'same_family' | 'unspecified_in_pair' | 'empty_entry';
  };
  node_ip_mismatch: { nodeIp: string; advertiseAddress: string };
  duplicate_node_name: { name: string; other: string };
  duplicate_node_ip: { ip: string; other: string };
  port_range: { value: string };
  endpoint_syntax: {
    value: string;
    reason:
      | 'missing_port'
      | 'bad_port'
      | 'bad_host'
      | 'brackets_without_port'
      | 'too_many_colons'
      | 'unbracketed_ipv6';
  };
  /** An unbracketed IPv6 host whose last group reads as a port: `suggestion` is `[host]:port`. */
  endpoint_ipv6_port_ambiguous: { value: string; suggestion: string };
  control_plane_endpoint_required: { controlPlaneNodes: number };
  dns_name: {
    value: string;
    reason: 'syntax' | 'too_long' | 'label_too_long' | 'uppercase' | 'blank' | 'cert_san';
  };
  token_format: { field: string };
  /** A bootstrap token group that is malformed, or groups on a token without the authentication usage. */
  token_group: { value: string; reason: 'syntax' | 'needs_authentication' };
  ca_cert_hash_format: { value: string };
  ca_cert_hash_missing: Record<string, never>;
  certificate_key_format: Record<string, never>;
  discovery_method: { reason: 'neither' | 'both' };
  cri_socket: { value: string; reason: 'scheme' | 'not_url' | 'bare_path' };
  kubernetes_version: {
    value: string;
    reason:
      | 'syntax'
      | 'api_version_too_old'
      | 'api_version_removed'
      | 'newer_than_kubeadm'
      | 'older_than_supported';
    limit?: string;
  };
  feature_gate: { name: string; reason: 'unknown' | 'removed' };
  ignored_document: { kind: string; fileRole: 'init' | 'join' };
  pod_subnet_capacity: { cidr: string; blocks: string; nodes: number; nodeMask: number };
  documentation_prefix: { value: string; prefix: string };
  site_local: { value: string };
  encryption_algorithm: { value: string; allowed: string };
  image_repository: { value: string };
  absolute_path: { value: string };
  extra_arg_name: { component: string };
  image_pull_policy: { value: string };
  bootstrap_token_ttl: { value: string };
  discovery_file: { value: string };
  /**
   * nodeRegistration.ignorePreflightErrors (merged with --ignore-preflight-errors): `all` next to
   * individual checks; `value` is the merged, lower-cased set joined by commas.
   */
  ignore_preflight_errors: { value: string; reason: 'all_with_others' };
  /** ClusterConfiguration.etcd rules (RULES.md §25); `value` is the offending endpoint, when there is one. */
  etcd: {
    reason:
      | 'local_and_external'
      | 'cert_key_pair'
      | 'ca_file_required'
      | 'url_syntax'
      | 'url_no_scheme'
      | 'url_not_https';
    value?: string;
  };
  mixed_config: { file: string; reason: 'no_init_or_cluster' | 'init_and_join' };
  /** KubeletConfiguration clusterDNS differs from the DNS Service IP kubeadm assigns (index 10). */
  cluster_dns_mismatch: { value: string; expected: string };
  /** KubeProxyConfiguration clusterCIDR differs from podSubnet; kubeadm warns (RULES.md §9). */
  kube_proxy_cluster_cidr: { value: string; recommended: string };
  /** What converting between kubeadm API versions changed: a field dropped, moved, or an extra arg collapsed. */
  conversion_note: { kind: 'dropped' | 'moved' | 'duplicate_arg'; toPath?: string; name?: string };
  /** A value outside a fixed set of choices. */
  invalid_choice: { value: string; allowed: string };
  /** A saved plan file that cannot be loaded. */
  plan_file: { reason: 'not_json' | 'not_a_plan' | 'unsupported_version'; version?: string };
  /** A pasted node table row that is not name, role, IPv4, IPv6: `count` cells where 1 to `max` fit. */
  node_row: { reason: 'columns'; count: number; max: number };
  /** A share link that cannot be opened; `max` is the limit (characters or bytes) for the size reasons. */
  share_link: {
    reason: 'missing' | 'too_long' | 'not_base64' | 'not_deflate' | 'too_large';
    max?: number;
  };
  /**
   * A pasted object of the wrong kind (`kubectl get nodes -o json` gives a List of Node, `kubectl get
   * pods -A -o json` a List of Pod, `kubectl get svc -A -o yaml` a List of Service; the kubeadm-config ConfigMap holds a ClusterConfiguration).
   */
  wrong_object: {
    expected:
      'NodeList' | 'Node' | 'ClusterConfiguration' | 'PodList' | 'Pod' | 'ServiceList' | 'Service';
    found: string;
    /** `not_wide`: a `kubectl get pods` table without the IP and NODE columns of `-o wide`. */
    reason?: 'not_wide';
  };
  /**
   * A running node without an InternalIP or a pod CIDR of a family the cluster has; `known` says
   * whether the cluster's families came from its config or only from the other nodes.
   */
  node_family_missing: {
    node: string;
    family: IpFamily;
    what: 'internal_ip' | 'pod_cidr';
    known: 'config' | 'nodes';
  };
  /** A node's pod CIDR outside the config's pod subnet of its family ('' when it has none). */
  pod_cidr_outside: { node: string; cidr: string; podSubnet: string };
  /**
   * Pods on one node (not host network) whose IP lies outside every pod subnet of the config:
   * `count` of them, `pod` and `ip` the first; `podSubnets` comma-separated.
   */
  pod_ip_outside: { node: string; count: number; pod: string; ip: string; podSubnets: string };
  /** `count` of the `total` pods with an IP on one node (not host network) have none of `family`. */
  pod_family_missing: { node: string; family: IpFamily; count: number; total: number };
  /** A Service on a dual-stack cluster that asks for one family (`absent`: no ipFamilyPolicy). */
  service_single_stack: {
    service: string;
    policy: 'absent' | 'SingleStack';
    /** The family it goes without. */
    family: IpFamily;
  };
  /** A Service that asks for both families but got a cluster IP of one; `family` is the missing one. */
  service_family_missing: {
    service: string;
    policy: 'PreferDualStack' | 'RequireDualStack';
    family: IpFamily;
  };
  /** A Service's cluster IP outside every service subnet of the config (comma-separated). */
  service_ip_outside: { service: string; ip: string; serviceSubnets: string };
  /** Why a single-stack to dual-stack conversion cannot be planned from the given config. */
  dual_stack_conversion: {
    reason: 'already_dual_stack' | 'no_cluster_configuration' | 'no_pod_subnet' | 'same_family';
  };
  /**
   * How the CLI was called is wrong (exit status 2): `command` is the command word, `option` the
   * flag as written, `value` the refused value or extra argument, `expected` the values allowed,
   * `file` the file that cannot be read or written, `cause` why it cannot be read, `detail` the
   * system's own words when no cause fits.
   */
  usage: {
    reason:
      | 'no_command'
      | 'unknown_command'
      | 'unknown_option'
      | 'missing_value'
      | 'unexpected_value'
      | 'missing_option'
      | 'bad_value'
      | 'unsupported_option'
      | 'no_files'
      | 'extra_argument'
      | 'unreadable_file'
      | 'cannot_write'
      | 'bad_arguments';
    command?: string;
    option?: string;
    value?: string;
    expected?: string;
    file?: string;
    cause?: 'not_found' | 'permission_denied' | 'is_directory' | 'other';
    detail?: string;
  };
  /** The CLI failed in a way it did not expect (a bug); `detail` is the error's own message. */
  internal_error: { detail: string };
}

export type IssueCode = keyof IssueParamsByCode;

/** The shape a field needs, as named in field_type messages. */
export type ExpectedShape =
  | 'mapping'
  | 'string'
  | 'integer'
  | 'boolean'
  | 'list'
  | 'list of strings'
  | 'list of {name, value}'
  | 'map of strings'
  | 'map of booleans'
  | 'duration';

/** What was found instead. */
export type ActualShape = 'mapping' | 'list' | 'string' | 'number' | 'boolean' | 'null' | 'other';

/** Where an issue is: a file (CLI), the 0-based document in it, and a dot-separated field path. */
export interface IssueLocation {
  readonly file?: string;
  readonly document?: number;
  /** kubeadm's JSON field names, dot-separated (`networking.podSubnet`); for wizard fields, the form field name. */
  readonly path: string;
  /**
   * The 0-based entry of the comma-separated list at `path` that the issue is about (split on ',',
   * as kubeadm splits); absent when it is about the whole value. Not part of the CLI's output.
   */
  readonly entry?: number;
}

export type Issue = {
  [C in IssueCode]: IssueLocation & {
    readonly code: C;
    readonly severity: Severity;
    readonly params: IssueParamsByCode[C];
  };
}[IssueCode];

export const DEFAULT_SEVERITY: { readonly [C in IssueCode]: Severity } = {
  yaml_syntax: 'error',
  file_encoding: 'error',
  input_limit: 'error',
  unknown_kind: 'warning',
  api_version_removed: 'error',
  api_version_deprecated: 'warning',
  api_version_unknown: 'error',
  field_type: 'error',
  unknown_field: 'warning',
  duplicate_key: 'warning',
  required: 'error',
  ip_syntax: 'error',
  cidr_syntax: 'error',
  cidr_host_bits: 'warning',
  ip_noncanonical: 'warning',
  subnet_list: 'error',
  subnet_too_small: 'error',
  service_subnet_too_large: 'error',
  pod_subnet_smaller_than_node_mask: 'error',
  node_mask_difference_too_large: 'error',
  node_mask_invalid: 'error',
  subnets_overlap: 'warning',
  node_ip_in_cluster_range: 'error',
  endpoint_in_cluster_range: 'error',
  family_mismatch: 'error',
  wrong_family: 'error',
  family_pair: 'error',
  stack_mismatch: 'warning',
  ip_not_unicast: 'error',
  node_ip_list: 'error',
  node_ip_mismatch: 'warning',
  duplicate_node_name: 'error',
  duplicate_node_ip: 'error',
  port_range: 'error',
  endpoint_syntax: 'error',
  endpoint_ipv6_port_ambiguous: 'warning',
  control_plane_endpoint_required: 'error',
  dns_name: 'error',
  token_format: 'error',
  token_group: 'error',
  ca_cert_hash_format: 'error',
  ca_cert_hash_missing: 'error',
  certificate_key_format: 'error',
  discovery_method: 'error',
  cri_socket: 'error',
  kubernetes_version: 'error',
  feature_gate: 'error',
  ignored_document: 'warning',
  pod_subnet_capacity: 'warning',
  documentation_prefix: 'warning',
  site_local: 'warning',
  encryption_algorithm: 'error',
  image_repository: 'error',
  absolute_path: 'error',
  extra_arg_name: 'error',
  image_pull_policy: 'error',
  bootstrap_token_ttl: 'error',
  discovery_file: 'error',
  ignore_preflight_errors: 'error',
  etcd: 'error',
  mixed_config: 'error',
  cluster_dns_mismatch: 'warning',
  kube_proxy_cluster_cidr: 'warning',
  conversion_note: 'warning',
  invalid_choice: 'error',
  plan_file: 'error',
  node_row: 'error',
  share_link: 'error',
  wrong_object: 'error',
  node_family_missing: 'warning',
  pod_cidr_outside: 'warning',
  pod_ip_outside: 'warning',
  pod_family_missing: 'warning',
  service_single_stack: 'warning',
  service_family_missing: 'warning',
  service_ip_outside: 'warning',
  dual_stack_conversion: 'error',
  usage: 'error',
  internal_error: 'error',
};

/** Builds an issue with the code's default severity unless one is given. */
export function makeIssue<C extends IssueCode>(
  code: C,
  location: IssueLocation,
  params: IssueParamsByCode[C],
  severity: Severity = DEFAULT_SEVERITY[code],
): Issue {
  return { ...location, code, severity, params } as Issue;
}

/** The same issues, each about entry `entry` of the comma list at its path. */
export function atEntry(issues: readonly Issue[], entry: number): Issue[] {
  return issues.map((i) => ({ ...i, entry }));
}

/** The same issues, with every path placed under `prefix` (and file/document set when given). */
export function relocateIssues(
  issues: readonly Issue[],
  at: Partial<IssueLocation> & { prefix?: string },
): Issue[] {
  return issues.map((i) => ({
    ...i,
    ...(at.file !== undefined ? { file: at.file } : {}),
    ...(at.document !== undefined ? { document: at.document } : {}),
    path: at.prefix ? (i.path ? `${at.prefix}.${i.path}` : at.prefix) : i.path,
  }));
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
