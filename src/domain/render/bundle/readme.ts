import { KUBEADM_DEFAULTS } from '../../kubeadm/documents.ts';
import type { ClusterPlan } from '../../plan/plan.ts';
import { CERTIFICATE_KEY_LIFETIME_HOURS } from '../../plan/secrets.ts';
import { hasControlPlaneJoins } from '../nodes.ts';
import { bundleNodes, clusterSummary, nodeCommand, type BundleNode } from './nodes.ts';
import { COMMANDS_SCRIPT, HOST_SCRIPT } from './script.ts';

/** A Go duration that is zero: kubeadm's "the token never expires". */
const ZERO_DURATION = /^[+-]?(?:0|(?:0+(?:\.0*)?(?:ns|us|µs|ms|s|m|h))+)$/u;

/** README.txt: which file goes where, the order of operations, and how long the secrets last. */
export function readmeText(plan: ClusterPlan): string {
  const nodes = bundleNodes(plan);
  return [
    'kubeadm cluster files',
    '=====================',
    '',
    `A cluster plan from the kubeadm dual-stack wizard: ${clusterSummary(plan)}.`,
    '',
    ...section('Which file goes to which node', fileList(nodes)),
    ...section('Order of operations', operations(plan, nodes)),
    ...section('Secrets, and how long they last', secrets(plan)),
  ].join('\n');
}

function section(title: string, lines: readonly string[]): string[] {
  return [title, '-'.repeat(title.length), ...lines, ''];
}

function roleText(node: BundleNode): string {
  if (node.init) return 'first control-plane node, runs kubeadm init';
  return node.role === 'control-plane' ? 'control-plane node' : 'worker';
}

function fileList(nodes: readonly BundleNode[]): string[] {
  return [
    `Every node: ${HOST_SCRIPT} and ${COMMANDS_SCRIPT}.`,
    ...nodes.map((n) => `${n.label} (${roleText(n)}): ${n.file}`),
    'The machine you run kubectl on: one file from cni/ (Calico, Cilium or Flannel).',
    `Both scripts are plain POSIX sh; run them with sh, as root. ${COMMANDS_SCRIPT} without an argument only lists its steps.`,
  ];
}

function operations(plan: ClusterPlan, nodes: readonly BundleNode[]): string[] {
  const [init, ...joins] = nodes;
  const initLabel = init?.label ?? 'the first control-plane node';
  const lines = [
    `1. On every node: sh ${HOST_SCRIPT}`,
    ...(init ? [`2. On ${initLabel}: ${nodeCommand(plan, init)}`] : []),
    `3. On ${initLabel}, print the CA certificate hash (sha256:...): sh ${COMMANDS_SCRIPT} ca-hash`,
    '4. Apply one pod network (CNI) made for these subnets, from cni/ (sh commands.sh cni shows how).',
    '5. On each other node, its join command:',
    ...joins.map((n) => `     ${n.label}: ${nodeCommand(plan, n)}`),
    `6. Check the cluster: sh ${COMMANDS_SCRIPT} checks`,
  ];
  if (joins.length === 0) lines.splice(4, 1, '5. No other nodes are planned.');
  return lines;
}

function secrets(plan: ClusterPlan): string[] {
  const d = plan.discovery;
  const ttl = d.tokenTtl.trim() || KUBEADM_DEFAULTS.tokenTtl;
  const lines = [
    ZERO_DURATION.test(ttl)
      ? 'The bootstrap token never expires (ttl 0); delete it with kubeadm token delete once every node has joined.'
      : `The bootstrap token expires ${ttl} after kubeadm init. After that, create a new one on a control-plane node with kubeadm token create and put it in discovery.bootstrapToken.token of each join file.`,
  ];
  if (d.token.trim() === '') {
    lines.push(
      'The plan has no bootstrap token: kubeadm init makes one and prints it; put it in discovery.bootstrapToken.token of each join file.',
    );
  }
  if (d.caCertHashes.every((h) => h.trim() === '') && !d.unsafeSkipCAVerification) {
    lines.push(
      `The plan has no CA certificate hash: put the output of sh ${COMMANDS_SCRIPT} ca-hash in discovery.bootstrapToken.caCertHashes of each join file.`,
    );
  }
  if (hasControlPlaneJoins(plan)) {
    lines.push(
      `kubeadm init --upload-certs stores the control-plane certificates in the cluster, encrypted with the certificate key; they are deleted after ${CERTIFICATE_KEY_LIFETIME_HOURS} hours, and the key is then of no use.`,
      'To join more control-plane nodes later, rerun kubeadm init phase upload-certs --upload-certs on a control-plane node: it uploads the certificates again and prints a new certificate key; put it in controlPlane.certificateKey of each control-plane join file.',
    );
    if (d.certificateKey.trim() === '') {
      lines.push(
        'The plan has no certificate key: kubeadm init --upload-certs prints one; put it in controlPlane.certificateKey of each control-plane join file.',
      );
    }
  }
  lines.push(
    'The token and the certificate key let a machine join the cluster: keep these files private.',
  );
  return lines;
}
