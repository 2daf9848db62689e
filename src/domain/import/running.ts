import { formatIp } from '../net/index.ts';
import type { IpFamily } from '../net/types.ts';
import { stackFamilies, type ClusterPlan, type NodePlan, type NodeRole } from '../plan/plan.ts';
import type { PerFamily } from '../plan/plan.ts';
import { caCertHashCommand } from '../plan/secrets.ts';
import { joinCommand } from '../render/commands.ts';
import { discoveryEndpoint } from '../render/discovery.ts';
import { renderPlanFiles } from '../render/files.ts';
import { textSizeProblem, validateConfigTexts } from '../validation/configFiles.ts';
import { readYamlData } from '../validation/decode/read.ts';
import { existingNodes } from '../validation/diagnose/nodes.ts';
import { hasErrors, makeIssue, type Issue } from '../validation/issues.ts';
import type { NodeView } from '../validation/rules/cluster/view.ts';
import { importConfigFiles } from './importConfig.ts';

/** A pasted text and the name its issues carry. */
export interface PastedText {
  name: string;
  text: string;
}

/** A node already in the cluster, as `kubectl get nodes` shows it. */
export interface RunningNode {
  name: string;
  role: NodeRole;
  /** Its InternalIP addresses per family. */
  ips: Record<IpFamily, string[]>;
}

/** The running cluster's networking, read-only: what new nodes must fit. */
export interface RunningClusterSummary {
  kubernetesVersion: string;
  apiVersion: string;
  controlPlaneEndpoint: string;
  /** The cluster's families, primary first. */
  families: IpFamily[];
  podSubnet: PerFamily;
  serviceSubnet: PerFamily;
  dnsDomain: string;
  /** kube-controller-manager's per-family node masks; '' when the default. */
  nodeMask: PerFamily;
  nodes: RunningNode[];
}

/** What reading the pasted ConfigMap (and nodes) gives; `summary` is absent when it cannot be read. */
export interface RunningCluster {
  summary?: RunningClusterSummary;
  /** The imported plan the join files are rendered from (the cluster's settings). */
  plan?: ClusterPlan;
  /** The nodes of the pasted `kubectl get nodes` output, as the cluster rules see them. */
  existing: NodeView[];
  issues: Issue[];
}

/** A node to add, as the user types it. */
export interface NewNode {
  name: string;
  role: NodeRole;
  ipv4: string;
  ipv6: string;
  /** Control-plane only; '' means the node's IP of the primary family. */
  advertiseAddress: string;
  /** Control-plane only; '' means 6443. */
  bindPort: string;
}

/** How the new nodes find and trust the cluster. */
export interface JoinDiscovery {
  /** host:port; '' means the cluster's controlPlaneEndpoint. */
  apiServerEndpoint: string;
  token: string;
  caCertHash: string;
  /** Needed by control-plane joins only. */
  certificateKey: string;
}

/** One command to run on an existing control-plane node before the joins. */
export interface SecretCommand {
  kind: 'join-command' | 'token' | 'ca-hash' | 'upload-certs';
  command: string;
}

/** Where an issue belongs in the form: an input, a new node's row, or a discovery field. */
export type IssuePlace =
  | { input: 'config' }
  | { input: 'nodes' }
  | { input: 'node'; node: number }
  | { input: 'discovery'; field: keyof JoinDiscovery };

export interface JoinFile {
  /** The index of the new node (in the list given) it is for. */
  node: number;
  name: string;
  text: string;
  command: string;
}

export interface RunningJoins {
  files: JoinFile[];
  /** The commands that mint a fresh token, CA hash and (control-plane joins) certificate key. */
  secrets: SecretCommand[];
  /** The endpoint the files dial, '' when none could be derived. */
  endpoint: string;
  valid: boolean;
  issues: Issue[];
  /** Each issue's place, in the order of `issues`. */
  places: IssuePlace[];
}

/** The name the pasted ConfigMap's issues carry (its ClusterConfiguration's get ` (data.ClusterConfiguration)`). */
export const RUNNING_CONFIG_FILE = 'kubeadm-config.yaml';
/** The name the pasted nodes' issues carry. */
export const RUNNING_NODES_FILE = 'nodes.json';

const READING_PROBLEMS: ReadonlySet<string> = new Set([
  'yaml_syntax',
  'input_limit',
  'file_encoding',
  'field_type',
]);

function isReadingProblem(issue: Issue): boolean {
  return READING_PROBLEMS.has(issue.code) || (issue.code === 'required' && issue.path === '');
}

function hasClusterConfiguration(config: PastedText): boolean {
  const [file] = validateConfigTexts([config]).files;
  return file?.documents.some((d) => d.document.kind === 'ClusterConfiguration') ?? false;
}

/** The kind of a text's first YAML document, '' when it has none. */
function firstKind(source: PastedText): string {
  const [first] = readYamlData(source.name, source.text).documents;
  const data = first?.data as Record<string, unknown> | null | undefined;
  return typeof data?.kind === 'string' ? data.kind : '';
}

function runningNodeOf(view: NodeView): RunningNode {
  const ips: Record<IpFamily, string[]> = { ipv4: [], ipv6: [] };
  for (const ip of view.nodeIps.entries) ips[ip.family].push(formatIp(ip));
  return { name: view.name?.value ?? '', role: view.role, ips };
}

/** The pasted nodes, read as the CLI's `validate --nodes` reads them. */
function readNodes(nodes: PastedText | undefined): { nodes: NodeView[]; issues: Issue[] } {
  if (!nodes || nodes.text.trim() === '') return { nodes: [], issues: [] };
  const tooLarge = textSizeProblem(nodes.name, nodes.text);
  return tooLarge ? { nodes: [], issues: [tooLarge] } : existingNodes(nodes);
}

/**
 * Reads a running cluster from its kubeadm-config ConfigMap (`kubectl -n kube-system get configmap
 * kubeadm-config -o yaml`, or the ClusterConfiguration itself) and optionally its nodes (`kubectl
 * get nodes -o json|yaml`): the networking new nodes must fit, read-only. Never throws; text that
 * holds no ClusterConfiguration gives `wrong_object`.
 */
export function readRunningCluster(config: PastedText, nodes?: PastedText): RunningCluster {
  const read = readNodes(nodes);
  const existing = read.nodes;
  if (config.text.trim() === '') {
    const issue = makeIssue('required', { file: config.name, path: '' }, { field: '' });
    return { existing, issues: [issue, ...read.issues] };
  }
  const tooLarge = textSizeProblem(config.name, config.text);
  if (tooLarge) return { existing, issues: [tooLarge, ...read.issues] };
  const imported = importConfigFiles([config]);
  const issues = [...imported.issues, ...read.issues];
  const plan = imported.plan;
  if (!plan || !hasClusterConfiguration(config)) {
    // Text that reads but holds no ClusterConfiguration is some other object pasted by mistake.
    if (!imported.issues.some(isReadingProblem)) {
      const found = firstKind(config) || '—';
      const at = { file: config.name, path: '' };
      issues.unshift(makeIssue('wrong_object', at, { expected: 'ClusterConfiguration', found }));
    }
    return { existing, issues };
  }
  const summary: RunningClusterSummary = {
    kubernetesVersion: plan.kubernetesVersion,
    apiVersion: `kubeadm.k8s.io/${plan.apiVersion}`,
    controlPlaneEndpoint: plan.controlPlaneEndpoint,
    families: stackFamilies(plan.networking.stack),
    podSubnet: plan.networking.podSubnet,
    serviceSubnet: plan.networking.serviceSubnet,
    dnsDomain: plan.networking.dnsDomain,
    nodeMask: plan.networking.nodeMask,
    nodes: existing.map(runningNodeOf),
  };
  return { summary, plan, existing, issues };
}

function nodePlanOf(node: NewNode): NodePlan {
  const controlPlane = node.role === 'control-plane';
  return {
    name: node.name.trim(),
    role: node.role,
    ips: { ipv4: node.ipv4.trim(), ipv6: node.ipv6.trim() },
    advertiseAddress: controlPlane ? node.advertiseAddress.trim() : '',
    bindPort: controlPlane ? node.bindPort.trim() : '',
  };
}

/** The plan with an empty node 0 standing for the running control plane, then the new nodes. */
function joinPlan(base: ClusterPlan, nodes: readonly NewNode[], discovery: JoinDiscovery) {
  const control: NodePlan = {
    name: '',
    role: 'control-plane',
    ips: { ipv4: '', ipv6: '' },
    advertiseAddress: '',
    bindPort: '',
  };
  const hash = discovery.caCertHash.trim();
  return {
    ...base,
    nodes: [control, ...nodes.map(nodePlanOf)],
    discovery: {
      apiServerEndpoint: discovery.apiServerEndpoint.trim(),
      token: discovery.token.trim(),
      tokenTtl: '',
      caCertHashes: hash === '' ? [] : [hash],
      certificateKey: discovery.certificateKey.trim(),
      unsafeSkipCAVerification: false,
    },
  } satisfies ClusterPlan;
}

/** The commands to run on a control-plane node for a fresh token, CA hash and certificate key. */
export function joinSecretCommands(controlPlaneJoins: boolean): SecretCommand[] {
  const commands: SecretCommand[] = [
    { kind: 'join-command', command: 'kubeadm token create --print-join-command' },
    { kind: 'token', command: 'kubeadm token create' },
    { kind: 'ca-hash', command: caCertHashCommand() },
  ];
  if (controlPlaneJoins) {
    commands.push({
      kind: 'upload-certs',
      command: 'kubeadm init phase upload-certs --upload-certs',
    });
  }
  return commands;
}

const DISCOVERY_PATHS: readonly [RegExp, keyof JoinDiscovery][] = [
  [/^discovery\.bootstrapToken\.apiServerEndpoint/, 'apiServerEndpoint'],
  [/^discovery\.(bootstrapToken\.token|tlsBootstrapToken)/, 'token'],
  [/^discovery\.bootstrapToken\.(caCertHashes|unsafeSkipCAVerification)/, 'caCertHash'],
  [/^controlPlane\.certificateKey/, 'certificateKey'],
];

function placeOf(issue: Issue, fileNode: ReadonlyMap<string, number>): IssuePlace {
  const node = issue.file === undefined ? undefined : fileNode.get(issue.file);
  if (node === undefined) return { input: 'config' };
  const discovery = DISCOVERY_PATHS.find(([pattern]) => pattern.test(issue.path));
  return discovery ? { input: 'discovery', field: discovery[1] } : { input: 'node', node };
}

const issueKey = (issue: Issue) =>
  [issue.code, issue.file, issue.document, issue.path, JSON.stringify(issue.params)].join('|');

/**
 * The join files (the wizard's names and shape), `kubeadm join` commands and secret commands for
 * new nodes of a running cluster, checked together with the cluster's ConfigMap against its
 * running nodes by validateConfigTexts (what the CLI's `validate --nodes` runs). An issue the
 * same on every file (a bad token) is reported once. Never throws.
 */
export function planRunningJoins(
  cluster: RunningCluster,
  config: PastedText,
  nodes: readonly NewNode[],
  discovery: JoinDiscovery,
): RunningJoins {
  const controlPlaneJoins = nodes.some((n) => n.role === 'control-plane');
  const secrets = joinSecretCommands(controlPlaneJoins);
  if (!cluster.plan) {
    return { files: [], secrets, endpoint: '', valid: false, issues: [], places: [] };
  }
  const plan = joinPlan(cluster.plan, nodes, discovery);
  const files = renderPlanFiles(plan)
    .filter((f) => f.role === 'join')
    .map((f) => ({
      node: f.nodeIndex - 1,
      name: f.name,
      text: f.text,
      command: joinCommand(plan, f.nodeIndex),
    }));
  const validation = validateConfigTexts([config, ...files], { existingNodes: cluster.existing });
  const fileNode = new Map(files.map((f) => [f.name, f.node]));
  // The cluster's own issues were shown when it was read; a discovery issue repeats in every file.
  const seen = new Set(cluster.issues.map(issueKey));
  const issues: Issue[] = [];
  const places: IssuePlace[] = [];
  for (const issue of validation.issues) {
    const place = placeOf(issue, fileNode);
    const key = place.input === 'discovery' ? issueKey({ ...issue, file: '' }) : issueKey(issue);
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
    places.push(place);
  }
  return {
    files,
    secrets,
    endpoint: discoveryEndpoint(plan)?.value ?? '',
    valid: !hasErrors(issues) && !hasErrors(cluster.issues),
    issues,
    places,
  };
}
