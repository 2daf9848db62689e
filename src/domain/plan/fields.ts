import { KUBEADM_DEFAULTS } from '../kubeadm/documents.ts';
import type { DocumentKind, KubeadmApiVersion } from '../kubeadm/documents.ts';
import { NODE_IP_ARG, NODE_MASK_DEFAULT, NODE_MASK_FLAG } from '../kubeadm/flags.ts';
import type { IpFamily } from '../net/types.ts';
import type { CgroupDriver, EncryptionAlgorithm, ProxyMode } from './plan.ts';
import type { StepId } from './steps.ts';

/** The encryption algorithms the plan offers (others read from a file are passed through). */
export const ENCRYPTION_ALGORITHMS: readonly EncryptionAlgorithm[] = [
  'RSA-2048',
  'RSA-3072',
  'RSA-4096',
  'ECDSA-P256',
  'ECDSA-P384',
];
/** The kubelet cgroup drivers the plan offers. */
export const CGROUP_DRIVERS: readonly CgroupDriver[] = ['systemd', 'cgroupfs'];
/** The kube-proxy modes the plan offers. */
export const PROXY_MODES: readonly ProxyMode[] = ['iptables', 'ipvs', 'nftables'];

/**
 * How a plan value is held and how it goes into a document:
 * - `text`: a string, trimmed; empty means "not set" and writes nothing;
 * - `ip`: like text, written in canonical form when it parses;
 * - `cidrs` / `ips`: one value per family (`{family}` in the field), joined into kubeadm's comma
 *   list with the primary family first (SPEC §2.1), each entry canonical when it parses;
 * - `list`: a list of strings, empty entries left out;
 * - `port`: a string holding a port, written as an integer;
 * - `flag`: a boolean, written only when true;
 * - `choice`: one of `choices`, '' for unset; another value read from a file stays pass-through;
 * - `setting`: a choice of the wizard's that has no place of its own in a document.
 */
export type ValueKind =
  'text' | 'ip' | 'cidrs' | 'ips' | 'list' | 'port' | 'flag' | 'choice' | 'setting';

/** One place in a document where kubeadm (or kubelet, kube-proxy) reads a plan value. */
export interface FieldLocation {
  readonly kind: DocumentKind;
  /**
   * Dot path in the document, in kubeadm's JSON names; the same in v1beta4 and v1beta3, which
   * differ only in the shape of extraArgs (converted when writing and reading text).
   */
  readonly path: string;
  /** The flag name when `path` is an extraArgs list (`{family}` as in the field). */
  readonly arg?: string;
  /** Only these kubeadm API versions have the field. */
  readonly versions?: readonly KubeadmApiVersion[];
  /** Only a control-plane node's document has it (JoinConfiguration.controlPlane). */
  readonly controlPlane?: true;
  /** Written from the plan but never read back: the value's home is another location. */
  readonly mirror?: true;
  /** Written only when this other plan field (same node) is set. */
  readonly with?: string;
}

/** Label keys of the UI text (`section.key`); a family-specific label takes the family's name. */
export type LabelKey = string;

/** A node field's step or label: the init node's (nodes.0, none when not shown) and the others'. */
export interface NodeSplit<T> {
  readonly first?: T;
  readonly other: T;
}

/**
 * A value derived for an empty field: the renderer writes it instead, naming the fields it came
 * from, and the import leaves the field empty when a file holds exactly that value.
 */
export type Fallback = 'advertiseAddress' | 'apiServerEndpoint';

/** One value the wizard models: where it lives in the plan, on screen and in kubeadm's files. */
export interface FieldRow {
  /**
   * The plan field, a dot path: `{node}` stands for a node's index in plan.nodes, `{family}` for
   * `ipv4` or `ipv6` (one field per family of the stack, primary first).
   */
  readonly field: string;
  readonly value: ValueKind;
  /** The wizard step that shows the field: for node fields the init node's, then the others'. */
  readonly step?: StepId | NodeSplit<StepId>;
  /** Its label in the UI text, likewise split for node fields. */
  readonly label?: LabelKey | NodeSplit<LabelKey>;
  /** Node fields that only control-plane nodes have. */
  readonly controlPlaneOnly?: true;
  /** Where the value goes; none for settings the documents express otherwise. */
  readonly at: readonly FieldLocation[];
  /** kubeadm's (or the component's) value when the field is left empty. */
  readonly default?: string | number | Readonly<Record<IpFamily, number>>;
  readonly choices?: readonly string[];
  readonly fallback?: Fallback;
  /**
   * An issue about the value while the field is empty (nothing written, kubeadm's default or the
   * value's absence) is shown on the field; otherwise such an issue belongs to its file.
   */
  readonly emptyOnField?: true;
  /**
   * The step's Next refuses the field while it is empty, though a plan may hold it empty (a saved
   * draft, the preview): the wizard asks for it before the user moves past its step.
   */
  readonly requiredOnNext?: true;
  /**
   * The value exists only after `kubeadm init` (the CA certificate hash): its errors stay errors
   * of the files and are shown on the field, but never stop Next, or nobody could plan a cluster
   * before creating it.
   */
  readonly afterInit?: true;
}

const INIT = 'InitConfiguration';
const JOIN = 'JoinConfiguration';
const CLUSTER = 'ClusterConfiguration';

/** Both node documents at one path (the init node's InitConfiguration, a join's JoinConfiguration). */
function onNodes(path: string, extra: Partial<FieldLocation> = {}): FieldLocation[] {
  return [
    { kind: INIT, path, ...extra },
    { kind: JOIN, path, ...extra },
  ];
}

/**
 * Every value the wizard models, in the order the wizard shows them (steps, then fields). The
 * renderer writes documents from it, the import reads them back through it, validation finds an
 * issue's field in it, and the wizard takes each step's fields and labels from it.
 */
export const FIELD_TABLE: readonly FieldRow[] = [
  // Cluster
  {
    field: 'kubernetesVersion',
    value: 'text',
    emptyOnField: true,
    step: 'cluster',
    label: 'cluster.kubernetesVersion',
    at: [{ kind: CLUSTER, path: 'kubernetesVersion' }],
  },
  {
    field: 'apiVersion',
    value: 'setting',
    step: 'cluster',
    label: 'cluster.apiVersion',
    choices: ['v1beta4', 'v1beta3'],
    at: [],
  },
  {
    field: 'clusterName',
    value: 'text',
    step: 'cluster',
    label: 'cluster.clusterName',
    default: KUBEADM_DEFAULTS.clusterName,
    at: [{ kind: CLUSTER, path: 'clusterName' }],
  },
  {
    field: 'controlPlaneEndpoint',
    value: 'text',
    // Required as soon as a second control-plane node is planned (RULES §12).
    emptyOnField: true,
    step: 'cluster',
    label: 'cluster.controlPlaneEndpoint',
    at: [{ kind: CLUSTER, path: 'controlPlaneEndpoint' }],
  },
  {
    field: 'certSANs',
    value: 'list',
    step: 'cluster',
    label: 'cluster.certSANs',
    at: [{ kind: CLUSTER, path: 'apiServer.certSANs' }],
  },
  {
    field: 'criSocket',
    value: 'text',
    step: 'cluster',
    label: 'cluster.criSocket',
    at: onNodes('nodeRegistration.criSocket'),
  },
  { field: 'imageRepository', value: 'text', at: [{ kind: CLUSTER, path: 'imageRepository' }] },
  {
    field: 'encryptionAlgorithm',
    value: 'choice',
    choices: ENCRYPTION_ALGORITHMS,
    at: [{ kind: CLUSTER, path: 'encryptionAlgorithm', versions: ['v1beta4'] }],
  },
  // Networking
  {
    field: 'networking.stack',
    value: 'setting',
    step: 'networking',
    label: 'networking.stack',
    choices: ['ipv4', 'ipv6', 'dual-ipv4-primary', 'dual-ipv6-primary'],
    at: [],
  },
  {
    field: 'networking.podSubnet.{family}',
    value: 'cidrs',
    step: 'networking',
    label: 'networking.podSubnet',
    at: [
      { kind: CLUSTER, path: 'networking.podSubnet' },
      // kube-proxy's clusterCIDR is the pod subnets (RULES §26 item 15).
      { kind: 'KubeProxyConfiguration', path: 'clusterCIDR', mirror: true },
    ],
  },
  {
    field: 'networking.serviceSubnet.{family}',
    value: 'cidrs',
    step: 'networking',
    label: 'networking.serviceSubnet',
    default: KUBEADM_DEFAULTS.serviceSubnet,
    at: [{ kind: CLUSTER, path: 'networking.serviceSubnet' }],
  },
  {
    // kubeadm never sets the masks itself (RULES §4): unset ones stay out, ipv4 before ipv6.
    field: 'networking.nodeMask.{family}',
    value: 'text',
    step: 'networking',
    label: 'networking.nodeMask',
    default: NODE_MASK_DEFAULT,
    at: [{ kind: CLUSTER, path: 'controllerManager.extraArgs', arg: NODE_MASK_FLAG }],
  },
  {
    field: 'networking.dnsDomain',
    value: 'text',
    emptyOnField: true,
    step: 'networking',
    label: 'networking.dnsDomain',
    default: KUBEADM_DEFAULTS.dnsDomain,
    at: [{ kind: CLUSTER, path: 'networking.dnsDomain' }],
  },
  // Nodes: nodes.0 is the init node (Control-plane node step), the others join (Nodes step).
  {
    field: 'nodes.{node}.name',
    value: 'text',
    step: { first: 'controlPlane', other: 'nodes' },
    label: { first: 'controlPlane.name', other: 'nodes.name' },
    at: onNodes('nodeRegistration.name'),
  },
  {
    field: 'nodes.{node}.role',
    value: 'setting',
    step: { other: 'nodes' },
    label: { other: 'nodes.role' },
    choices: ['control-plane', 'worker'],
    at: [],
  },
  {
    field: 'nodes.{node}.ips.{family}',
    value: 'ips',
    step: { first: 'controlPlane', other: 'nodes' },
    label: { first: 'controlPlane.nodeIp', other: 'nodes.ip' },
    at: onNodes('nodeRegistration.kubeletExtraArgs', { arg: NODE_IP_ARG }),
  },
  {
    field: 'nodes.{node}.advertiseAddress',
    value: 'ip',
    step: { first: 'controlPlane', other: 'nodes' },
    label: { first: 'controlPlane.advertiseAddress', other: 'nodes.advertise' },
    fallback: 'advertiseAddress',
    controlPlaneOnly: true,
    at: [
      { kind: INIT, path: 'localAPIEndpoint.advertiseAddress' },
      { kind: JOIN, path: 'controlPlane.localAPIEndpoint.advertiseAddress' },
    ],
  },
  {
    // Always written, so a reader sees the port the join endpoint was derived from.
    field: 'nodes.{node}.bindPort',
    value: 'port',
    step: { first: 'controlPlane', other: 'nodes' },
    label: { first: 'controlPlane.bindPort', other: 'nodes.bindPort' },
    default: KUBEADM_DEFAULTS.bindPort,
    controlPlaneOnly: true,
    at: [
      { kind: INIT, path: 'localAPIEndpoint.bindPort' },
      { kind: JOIN, path: 'controlPlane.localAPIEndpoint.bindPort' },
    ],
  },
  // Joining
  {
    field: 'discovery.apiServerEndpoint',
    value: 'text',
    step: 'discovery',
    label: 'discovery.endpoint',
    fallback: 'apiServerEndpoint',
    at: [{ kind: JOIN, path: 'discovery.bootstrapToken.apiServerEndpoint' }],
  },
  {
    field: 'discovery.token',
    value: 'text',
    step: 'discovery',
    // Every join file needs the token the init node creates; joining without one cannot work.
    requiredOnNext: true,
    // A join file's missing token is this field's issue, not the file's.
    emptyOnField: true,
    label: 'discovery.token',
    at: [
      { kind: INIT, path: 'bootstrapTokens.0.token' },
      { kind: JOIN, path: 'discovery.bootstrapToken.token' },
    ],
  },
  {
    field: 'discovery.tokenTtl',
    value: 'text',
    step: 'discovery',
    label: 'discovery.tokenTtl',
    default: KUBEADM_DEFAULTS.tokenTtl,
    at: [{ kind: INIT, path: 'bootstrapTokens.0.ttl', with: 'discovery.token' }],
  },
  {
    field: 'discovery.caCertHashes',
    value: 'list',
    step: 'discovery',
    // Token discovery without a hash is this field's issue (add one, or skip verification).
    emptyOnField: true,
    // The hash is printed by the init node; the plan is made before it exists.
    afterInit: true,
    label: 'discovery.caCertHashes',
    at: [{ kind: JOIN, path: 'discovery.bootstrapToken.caCertHashes' }],
  },
  {
    field: 'discovery.unsafeSkipCAVerification',
    value: 'flag',
    step: 'discovery',
    label: 'discovery.unsafeSkip',
    at: [{ kind: JOIN, path: 'discovery.bootstrapToken.unsafeSkipCAVerification' }],
  },
  {
    field: 'discovery.certificateKey',
    value: 'text',
    step: 'discovery',
    label: 'discovery.certificateKey',
    at: [
      { kind: INIT, path: 'certificateKey' },
      { kind: JOIN, path: 'controlPlane.certificateKey', controlPlane: true },
    ],
  },
  // Components (documents written when the plan asks for them)
  { field: 'components.kubelet', value: 'setting', at: [] },
  {
    field: 'components.cgroupDriver',
    value: 'choice',
    choices: CGROUP_DRIVERS,
    at: [{ kind: 'KubeletConfiguration', path: 'cgroupDriver' }],
  },
  { field: 'components.kubeProxy', value: 'setting', at: [] },
  {
    field: 'components.proxyMode',
    value: 'choice',
    choices: PROXY_MODES,
    at: [{ kind: 'KubeProxyConfiguration', path: 'mode' }],
  },
  {
    field: 'components.proxyBindAddress',
    value: 'ip',
    at: [{ kind: 'KubeProxyConfiguration', path: 'bindAddress' }],
  },
];
