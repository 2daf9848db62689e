import type { ClusterConfiguration } from '../../kubeadm/documents.ts';
import { KUBEADM_DEFAULTS } from '../../kubeadm/documents.ts';
import { LEGACY_NODE_MASK_FLAG, NODE_IP_ARG, nodeMaskFlag } from '../../kubeadm/flags.ts';
import { cidrFamilyOf, formatCidr } from '../../net/cidr.ts';
import type { Cidr, IpFamily } from '../../net/types.ts';
import { shellQuote } from '../../render/commands.ts';
import { renderFileText } from '../../render/files.ts';
import { clonePlain } from '../../render/plain.ts';
import { validateConfigTexts, type ConfigTextSource } from '../configFiles.ts';
import { makeIssue, type Issue, type IssueParamsByCode } from '../issues.ts';
import { buildClusterView, firstOfKind } from '../rules/cluster/view.ts';

/** One step of the runbook; its title and explanations come from runbookText, by kind. */
export type RunbookStepKind =
  | 'backup'
  | 'kubeadm_config'
  | 'apiserver'
  | 'controller_manager'
  | 'kube_proxy'
  | 'kubelet'
  | 'cni'
  | 'nodes'
  | 'services';

export interface RunbookStep {
  kind: RunbookStepKind;
  /** Files the step writes or applies, with their exact text. */
  files: { path: string; text: string }[];
  /** Commands in order; `on` says where they run. */
  commands: string[];
  on: 'kubectl' | 'each control-plane node' | 'each node';
  checks: string[];
  rollback: string[];
}

export interface DualStackConversion {
  issues: Issue[];
  /** The new comma lists, the existing family first (it stays primary). */
  podSubnet?: string;
  serviceSubnet?: string;
  steps: RunbookStep[];
}

export interface DualStackRequest {
  /** The second family's pod and service ranges. */
  podSubnet: string;
  serviceSubnet: string;
  /** The second family's node mask ('' for kube-controller-manager's default). */
  nodeMask?: string;
}

const MANIFESTS = '/etc/kubernetes/manifests';
const BACKUP = '/etc/kubernetes/manifests.single-stack';
const FLAGS_FILE = '/var/lib/kubelet/kubeadm-flags.env';
const CONFIG_FILE = 'cluster-configuration.yaml';
const BACKUP_FILE = 'kube-system-configmaps.single-stack.yaml';

const other = (family: IpFamily): IpFamily => (family === 'ipv4' ? 'ipv6' : 'ipv4');
const familyName = (family: IpFamily) => (family === 'ipv4' ? 'IPv4' : 'IPv6');

/** `sed -i` with one or more expressions on a file, each quoted for the shell. */
function sed(file: string, ...expressions: string[]): string {
  return `sudo sed -i ${expressions.map((e) => `-e ${shellQuote(e)}`).join(' ')} ${file}`;
}

/** A sed expression that sets a `- --flag=value` line of a kubeadm static pod manifest. */
function setFlag(flag: string, value: string): string {
  return `s#^\\( *\\)- --${flag}=.*#\\1- --${flag}=${value}#`;
}

/** A sed expression that adds `- --flag=value` after the `- --after=` line, same indentation. */
function addFlagAfter(after: string, flag: string, value: string): string {
  return `s#^\\( *\\)- --${after}=.*#&\\n\\1- --${flag}=${value}#`;
}

type Refusal = IssueParamsByCode['dual_stack_conversion']['reason'];

function refused(
  file: string,
  reason: Refusal,
  issues: readonly Issue[] = [],
): DualStackConversion {
  return {
    issues: [...issues, makeIssue('dual_stack_conversion', { file, path: '' }, { reason })],
    steps: [],
  };
}

/**
 * The converted ClusterConfiguration: both families' pod and service subnets (the existing one
 * first), and per-family node masks (the legacy flag, refused in dual-stack, becomes the existing
 * family's flag).
 */
function converted(
  config: ClusterConfiguration,
  lists: { podSubnet: string; serviceSubnet: string },
  families: { old: IpFamily; added: IpFamily },
  nodeMask: string,
): ClusterConfiguration {
  const next = clonePlain(config);
  next.networking = { ...next.networking, ...lists };
  const args = (next.controllerManager?.extraArgs ?? []).map((arg) =>
    arg.name === LEGACY_NODE_MASK_FLAG ? { ...arg, name: nodeMaskFlag(families.old) } : arg,
  );
  if (nodeMask !== '') args.push({ name: nodeMaskFlag(families.added), value: nodeMask });
  if (args.length > 0) next.controllerManager = { ...next.controllerManager, extraArgs: args };
  return next;
}

/**
 * Plans turning a running single-stack cluster dual-stack, from its kubeadm config (or the
 * kubeadm-config ConfigMap) and the second family's ranges: the new ranges are checked against the
 * first with every cluster rule (overlaps, sizes, node masks, order), and the runbook lists each
 * step with its exact files and commands, how to check it and how to roll it back (the primary
 * family stays: the upstream "single-to-dual-stack conversion preserving the primary" case).
 */
export function planDualStackConversion(
  source: ConfigTextSource,
  request: DualStackRequest,
): DualStackConversion {
  const read = validateConfigTexts([source]);
  const view = buildClusterView(read.files);
  const [file] = view.files;
  const cluster = file && firstOfKind(file, 'ClusterConfiguration');
  if (!cluster) return refused(source.name, 'no_cluster_configuration', read.issues);
  const pods = view.settings?.podCidrs ?? [];
  const services: readonly Cidr[] = view.settings?.serviceCidrs ?? [];
  if (pods.length === 0) return refused(source.name, 'no_pod_subnet', read.issues);
  if (pods.length > 1 || services.length > 1) {
    return refused(source.name, 'already_dual_stack', read.issues);
  }
  const old = pods[0]?.family ?? 'ipv4';
  const added = other(old);
  const podFamily = cidrFamilyOf(request.podSubnet.trim());
  const serviceFamily = cidrFamilyOf(request.serviceSubnet.trim());
  if (podFamily === old || serviceFamily === old) return refused(source.name, 'same_family');
  const podSubnet = `${formatCidr(pods[0] as Cidr)},${request.podSubnet.trim()}`;
  const serviceText = services[0] ? formatCidr(services[0]) : KUBEADM_DEFAULTS.serviceSubnet;
  const serviceSubnet = `${serviceText},${request.serviceSubnet.trim()}`;
  const nodeMask = request.nodeMask?.trim() ?? '';
  const document = converted(
    cluster.document,
    { podSubnet, serviceSubnet },
    { old, added },
    nodeMask,
  );
  const text = renderFileText([{ apiVersion: cluster.apiVersion, document }]);
  // The converted config is checked like any config: every cluster rule sees both families.
  const checked = validateConfigTexts([{ name: `${source.name} (dual-stack)`, text }]);
  const issues = checked.issues;
  if (issues.some((i) => i.severity === 'error'))
    return { issues, podSubnet, serviceSubnet, steps: [] };
  return {
    issues,
    podSubnet,
    serviceSubnet,
    steps: runbook({ text, podSubnet, serviceSubnet, old, added, nodeMask }),
  };
}

function runbook(c: {
  text: string;
  podSubnet: string;
  serviceSubnet: string;
  old: IpFamily;
  added: IpFamily;
  nodeMask: string;
}): RunbookStep[] {
  const apiserver = `${MANIFESTS}/kube-apiserver.yaml`;
  const kcm = `${MANIFESTS}/kube-controller-manager.yaml`;
  const mask =
    c.nodeMask === '' ? [] : [addFlagAfter('cluster-cidr', nodeMaskFlag(c.added), c.nodeMask)];
  const restore = (name: string) => `sudo cp ${BACKUP}/${name} ${MANIFESTS}/${name}`;
  const policy = (value: string) => shellQuote(JSON.stringify({ spec: { ipFamilyPolicy: value } }));
  return [
    {
      kind: 'backup',
      on: 'kubectl',
      files: [],
      commands: [
        `kubectl -n kube-system get configmap kubeadm-config kube-proxy -o yaml > ${BACKUP_FILE}`,
      ],
      checks: [`grep -c 'kind: ConfigMap' ${BACKUP_FILE}`],
      rollback: [],
    },
    {
      kind: 'kubeadm_config',
      on: 'kubectl',
      files: [{ path: CONFIG_FILE, text: c.text }],
      commands: [
        `kubectl -n kube-system create configmap kubeadm-config --from-file=ClusterConfiguration=${CONFIG_FILE} --dry-run=client -o yaml | kubectl apply -f -`,
      ],
      checks: [
        `kubectl -n kube-system get configmap kubeadm-config -o jsonpath='{.data.ClusterConfiguration}' | grep -E 'podSubnet|serviceSubnet'`,
      ],
      rollback: [`kubectl apply -f ${BACKUP_FILE}`],
    },
    {
      kind: 'apiserver',
      on: 'each control-plane node',
      files: [],
      commands: [
        // The copy every later rollback of a manifest comes from.
        `sudo cp -a ${MANIFESTS} ${BACKUP}`,
        sed(apiserver, setFlag('service-cluster-ip-range', c.serviceSubnet)),
      ],
      checks: [
        `kubectl -n kube-system get pods -l component=kube-apiserver -o yaml | grep -- --service-cluster-ip-range`,
        // Kubernetes 1.33+: the default ServiceCIDR object reflects the apiserver flags.
        `kubectl get servicecidr kubernetes -o jsonpath='{.spec.cidrs}'`,
      ],
      rollback: [restore('kube-apiserver.yaml')],
    },
    {
      kind: 'controller_manager',
      on: 'each control-plane node',
      files: [],
      commands: [
        sed(
          kcm,
          setFlag('cluster-cidr', c.podSubnet),
          setFlag('service-cluster-ip-range', c.serviceSubnet),
          `s#- --${LEGACY_NODE_MASK_FLAG}=#- --${nodeMaskFlag(c.old)}=#`,
          ...mask,
        ),
      ],
      checks: [
        `kubectl -n kube-system get pods -l component=kube-controller-manager -o yaml | grep -E -- '--cluster-cidr|--node-cidr-mask-size'`,
      ],
      rollback: [restore('kube-controller-manager.yaml')],
    },
    {
      kind: 'kube_proxy',
      on: 'kubectl',
      files: [],
      commands: [
        `kubectl -n kube-system get configmap kube-proxy -o yaml | sed ${shellQuote(`s#clusterCIDR: .*#clusterCIDR: ${c.podSubnet}#`)} | kubectl apply -f -`,
        'kubectl -n kube-system rollout restart daemonset kube-proxy',
      ],
      checks: ['kubectl -n kube-system rollout status daemonset kube-proxy'],
      rollback: [
        `kubectl apply -f ${BACKUP_FILE}`,
        'kubectl -n kube-system rollout restart daemonset kube-proxy',
      ],
    },
    {
      kind: 'kubelet',
      on: 'each node',
      files: [],
      commands: [
        // Asks for this node's two addresses, the existing (primary) family first.
        `read -r -p ${shellQuote(`node-ip (${familyName(c.old)},${familyName(c.added)}): `)} NODE_IPS`,
        `sudo cp ${FLAGS_FILE} ${FLAGS_FILE}.single-stack`,
        // Any node-ip kubeadm wrote goes; the pair goes first (the second expression expands it).
        `sudo sed -i -e ${shellQuote(`s#--${NODE_IP_ARG}=[^ "]* \\?##g`)} -e "s#^KUBELET_KUBEADM_ARGS=\\"#&--${NODE_IP_ARG}=\${NODE_IPS} #" ${FLAGS_FILE}`,
        'sudo systemctl restart kubelet',
      ],
      checks: [
        `kubectl get nodes -o custom-columns=NAME:.metadata.name,ADDRESSES:.status.addresses[*].address`,
      ],
      rollback: [
        `sudo cp ${FLAGS_FILE}.single-stack ${FLAGS_FILE}`,
        'sudo systemctl restart kubelet',
      ],
    },
    { kind: 'cni', on: 'kubectl', files: [], commands: [], checks: [], rollback: [] },
    {
      kind: 'nodes',
      on: 'kubectl',
      files: [],
      commands: [
        'kubectl drain NODE --ignore-daemonsets --delete-emptydir-data',
        'kubectl delete node NODE',
      ],
      checks: ['kubectl get nodes -o custom-columns=NAME:.metadata.name,PODCIDRS:.spec.podCIDRs'],
      rollback: [],
    },
    {
      kind: 'services',
      on: 'kubectl',
      files: [],
      commands: [`kubectl -n NAMESPACE patch service NAME -p ${policy('PreferDualStack')}`],
      checks: [
        'kubectl get services -A -o custom-columns=NAMESPACE:.metadata.namespace,NAME:.metadata.name,CLUSTER-IPS:.spec.clusterIPs',
      ],
      rollback: [`kubectl -n NAMESPACE patch service NAME -p ${policy('SingleStack')}`],
    },
  ];
}
