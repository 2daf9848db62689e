import { caCertHashCommand, CERTIFICATE_KEY_LIFETIME_HOURS } from '../../plan/secrets.ts';
import type { ClusterPlan } from '../../plan/plan.ts';
import { afterInstallCheckList } from '../afterInstall.ts';
import { hasControlPlaneJoins } from '../nodes.ts';
import { bundleNodes, clusterSummary, nodeCommand, type BundleNode } from './nodes.ts';

/** The bundle's order-of-operations script. */
export const COMMANDS_SCRIPT = 'commands.sh';
export const HOST_SCRIPT = 'prepare-host.sh';

interface Step {
  name: string;
  /** Where the step runs, for the step list. */
  where: string;
  comment: string[];
  commands: string[];
}

/**
 * commands.sh: the order of operations as a POSIX sh script. Run without an argument it only
 * lists the steps; `sh commands.sh <step>` runs one step, which the user does on the node it names.
 */
export function commandsScript(plan: ClusterPlan): string {
  const steps = scriptSteps(plan);
  const width = Math.max(...steps.map((s) => s.name.length)) + 2;
  const usage = steps.map((s) => `  ${s.name.padEnd(width)}${s.where}`);
  return [
    '#!/bin/sh',
    `# Order of operations for this kubeadm cluster (${clusterSummary(plan)}).`,
    '# Without an argument this script changes nothing: it lists the steps in order.',
    '# Run one step as root on the machine it names, from the folder that holds these files:',
    '#   sh commands.sh <step>',
    'set -eu',
    'cd "$(dirname "$0")"',
    '',
    'case "${1:-}" in',
    ...steps.flatMap(caseBranch),
    '',
    '*)',
    "  cat <<'EOF'",
    'Steps, in order (sh commands.sh <step>):',
    ...usage,
    'EOF',
    '  if [ -n "${1:-}" ]; then echo "commands.sh: unknown step: $1" >&2; exit 2; fi',
    '  ;;',
    'esac',
    '',
  ].join('\n');
}

/** A case branch: the step's comment, its pattern and its commands, indented but for here-document bodies. */
function caseBranch(step: Step): string[] {
  return [
    '',
    ...step.comment.map((line) => `# ${line}`),
    `${step.name})`,
    // Only a command's first line is indented: the lines after it are a here-document, whose
    // body must stay as written and whose EOF must start its line.
    ...step.commands.map((c) => `  ${c}`),
    '  ;;',
  ];
}

function scriptSteps(plan: ClusterPlan): Step[] {
  const nodes = bundleNodes(plan);
  const [init, ...joins] = nodes;
  const initLabel = init?.label ?? 'the first control-plane node';
  const kubectl = 'any machine with kubectl and the cluster admin kubeconfig';
  return [
    {
      name: 'prepare-host',
      where: 'every node, before kubeadm',
      comment: ['Every node, before kubeadm: kernel modules, IP forwarding, swap off.'],
      commands: [`sh ./${HOST_SCRIPT}`],
    },
    ...(init ? [nodeStep(plan, init)] : []),
    {
      name: 'ca-hash',
      where: initLabel,
      comment: [
        `First control-plane node (${initLabel}), after init: the CA certificate hash`,
        'that the join files pin in discovery.bootstrapToken.caCertHashes.',
      ],
      commands: [
        // Fails (set -e) with a message when openssl cannot read the CA, instead of hashing nothing.
        caCertHashCommand(),
      ],
    },
    {
      name: 'cni',
      where: kubectl,
      comment: [`${capitalise(kubectl)}: apply ONE pod network (CNI) from cni/.`],
      commands: [CNI_HELP],
    },
    ...joins.map((node) => nodeStep(plan, node)),
    {
      name: 'checks',
      where: kubectl,
      comment: [
        `${capitalise(kubectl)}, once every node has joined:`,
        'node podCIDRs and addresses, Pod IPs, and a dual-stack Service in a dual-stack cluster.',
      ],
      commands: afterInstallCheckList(plan).map((check) => check.command),
    },
  ];
}

function nodeStep(plan: ClusterPlan, node: BundleNode): Step {
  const role = node.init
    ? 'First control-plane node'
    : node.role === 'control-plane'
      ? 'Control-plane node'
      : 'Worker node';
  const comment = [`${role}: ${node.label} (${node.file}).`];
  if (node.init && hasControlPlaneJoins(plan)) {
    comment.push(
      `--upload-certs stores the control-plane certificates in the cluster for the other control-plane nodes (${CERTIFICATE_KEY_LIFETIME_HOURS} hours).`,
    );
  }
  return { name: node.step, where: node.label, comment, commands: [nodeCommand(plan, node)] };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const CNI_HELP = [
  "cat <<'EOF'",
  'Apply ONE of these, made to match the pod subnets of kubeadm-config.yaml:',
  '  Calico:  calicoctl apply -f cni/calico-ippools.yaml (after installing Calico)',
  '  Cilium:  helm install cilium cilium/cilium --namespace kube-system --values cni/cilium-values.yaml',
  '  Flannel: use cni/flannel-net-conf.json as net-conf.json in the kube-flannel ConfigMap',
  'EOF',
].join('\n');
