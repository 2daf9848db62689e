import type {
  ClusterConfiguration,
  DocumentKind,
  InitConfiguration,
  JoinConfiguration,
  KubeadmDocument,
  NodeRegistration,
} from '../../../kubeadm/documents.ts';
import { KUBEADM_DEFAULTS } from '../../../kubeadm/documents.ts';
import { NODE_IP_ARG, NODE_IP_PATH } from '../../../kubeadm/flags.ts';
import { lastArgValue } from '../../../kubeadm/wire.ts';
import type { Cidr, IpAddress } from '../../../net/types.ts';
import { cidrListOf, ipOf } from '../documents/addresses.ts';
import { isPresent, isSet, type DecodedFile } from '../documents/context.ts';
import { nodeIpsOf, type NodeIps } from './node-ips.ts';

/** What kubeadm does with a file: `init` (has Init/ClusterConfiguration), `join`, or neither. */
export type FileRole = 'init' | 'join' | 'none';

/** One decoded document with its place. */
export interface PlacedDocument {
  readonly file: string;
  readonly index: number;
  readonly apiVersion: string;
  readonly document: KubeadmDocument;
}

/** A file, with the role kubeadm gives it. */
export interface FileView {
  readonly name: string;
  readonly role: FileRole;
  readonly documents: readonly PlacedDocument[];
}

/** A node the files describe: the init node, or one per join file. */
export interface NodeView {
  readonly file: string;
  /** The document that registers the node (its Init or JoinConfiguration; else the first one). */
  readonly document: number;
  readonly role: 'control-plane' | 'worker';
  /** `running`: a node of the running cluster (ValidateOptions.existingNodes), not in the files. */
  readonly kind: 'init' | 'join' | 'running';
  /** Trimmed and lower-cased, as kubeadm normalises it; absent when the host name is used. */
  readonly name?: { readonly value: string; readonly path: string };
  readonly nodeIps: NodeIps;
  /** Only for control-plane nodes with an advertise address that parses. */
  readonly advertise?: { readonly ip: IpAddress; readonly text: string; readonly path: string };
}

/** The cluster-wide settings of the init file. */
export interface ClusterSettings {
  readonly file: string;
  /** Where cluster-wide issues go: the ClusterConfiguration, or the init file's first document. */
  readonly document: number;
  readonly config?: ClusterConfiguration;
  /** Parsed service subnets, kubeadm's default when absent; undefined when they do not parse. */
  readonly serviceCidrs?: readonly Cidr[];
  /** Parsed pod subnets; empty when absent, undefined when they do not parse. */
  readonly podCidrs?: readonly Cidr[];
  readonly podSubnet?: string;
}

/** All the files seen as one cluster. */
export interface ClusterView {
  readonly files: readonly FileView[];
  readonly settings?: ClusterSettings;
  readonly nodes: readonly NodeView[];
}

/** Builds the cluster view: file roles, the init file's settings and the nodes. */
export function buildClusterView(
  files: readonly DecodedFile[],
  existingNodes: readonly NodeView[] = [],
): ClusterView {
  const views = files.map(fileView);
  const initFile = views.find((f) => f.role === 'init');
  // With a running cluster's nodes, the init file is that cluster's config: its node is among them.
  const running = existingNodes.length > 0;
  const nodes = [
    ...existingNodes,
    ...views.flatMap((f) => {
      const node = running && f.role === 'init' ? undefined : nodeOf(f);
      return node ? [node] : [];
    }),
  ];
  return initFile
    ? { files: views, settings: settingsOf(initFile), nodes }
    : { files: views, nodes };
}

/** The first document of a kind in a file (kubeadm reads one of each). */
export function firstOfKind<K extends DocumentKind>(
  file: FileView,
  kind: K,
): (PlacedDocument & { document: Extract<KubeadmDocument, { kind: K }> }) | undefined {
  return file.documents.find((d) => d.document.kind === kind) as
    (PlacedDocument & { document: Extract<KubeadmDocument, { kind: K }> }) | undefined;
}

function fileView(file: DecodedFile): FileView {
  const documents = file.documents.map((d) => ({
    file: file.name,
    index: d.index,
    apiVersion: d.apiVersion,
    document: d.document,
  }));
  const kinds = new Set(documents.map((d) => d.document.kind));
  const role: FileRole =
    kinds.has('InitConfiguration') || kinds.has('ClusterConfiguration')
      ? 'init'
      : kinds.has('JoinConfiguration')
        ? 'join'
        : 'none';
  return { name: file.name, role, documents };
}

function settingsOf(file: FileView): ClusterSettings {
  const cluster = firstOfKind(file, 'ClusterConfiguration');
  const config = cluster?.document;
  const networking = isPresent(config?.networking) ? config.networking : undefined;
  const serviceText = isSet(networking?.serviceSubnet)
    ? networking.serviceSubnet
    : KUBEADM_DEFAULTS.serviceSubnet;
  const podSubnet = isSet(networking?.podSubnet) ? networking.podSubnet : undefined;
  const serviceCidrs = validList(cidrListOf(serviceText));
  const podCidrs = podSubnet === undefined ? [] : validList(cidrListOf(podSubnet));
  return {
    file: file.name,
    document: cluster?.index ?? file.documents[0]?.index ?? 0,
    ...(config ? { config } : {}),
    ...(serviceCidrs ? { serviceCidrs } : {}),
    ...(podCidrs ? { podCidrs } : {}),
    ...(podSubnet !== undefined ? { podSubnet } : {}),
  };
}

/** A subnet list the cluster rules can trust: one CIDR, or two of different families. */
function validList(cidrs: Cidr[] | undefined): Cidr[] | undefined {
  if (!cidrs || cidrs.length > 2) return undefined;
  if (cidrs.length === 2 && cidrs[0]?.family === cidrs[1]?.family) return undefined;
  return cidrs;
}

function nodeOf(file: FileView): NodeView | undefined {
  if (file.role === 'init') {
    const init = firstOfKind(file, 'InitConfiguration');
    // kubeadm init registers the machine it runs on even without an InitConfiguration.
    const document = init?.index ?? firstOfKind(file, 'ClusterConfiguration')?.index ?? 0;
    return nodeFrom(file.name, document, 'init', init?.document, 'localAPIEndpoint');
  }
  if (file.role === 'join') {
    const join = firstOfKind(file, 'JoinConfiguration');
    if (!join) return undefined;
    return nodeFrom(join.file, join.index, 'join', join.document, 'controlPlane.localAPIEndpoint');
  }
  return undefined;
}

function nodeFrom(
  file: string,
  document: number,
  kind: 'init' | 'join',
  doc: InitConfiguration | JoinConfiguration | undefined,
  endpointPath: string,
): NodeView {
  const registration = isPresent(doc?.nodeRegistration) ? doc.nodeRegistration : undefined;
  const endpoint = endpointOf(doc);
  const controlPlane = kind === 'init' || endpoint !== null;
  const advertiseText = isPresent(endpoint) ? endpoint.advertiseAddress : undefined;
  const advertiseIp = isSet(advertiseText) ? ipOf(advertiseText) : undefined;
  const name = nameOf(registration);
  return {
    file,
    document,
    kind,
    role: controlPlane ? 'control-plane' : 'worker',
    ...(name ? { name } : {}),
    nodeIps: nodeIpsOf(lastArgValue(registration?.kubeletExtraArgs, NODE_IP_ARG), NODE_IP_PATH),
    ...(controlPlane && advertiseIp && isSet(advertiseText)
      ? {
          advertise: {
            ip: advertiseIp,
            text: advertiseText,
            path: `${endpointPath}.advertiseAddress`,
          },
        }
      : {}),
  };
}

/** The node's API endpoint; null for a worker join (no `controlPlane`), undefined when not set. */
function endpointOf(doc: InitConfiguration | JoinConfiguration | undefined) {
  if (doc === undefined) return undefined;
  if (doc.kind === 'InitConfiguration') return doc.localAPIEndpoint;
  return isPresent(doc.controlPlane) ? (doc.controlPlane.localAPIEndpoint ?? undefined) : null;
}

/** kubelet's hostname-override wins over the name; kubeadm trims and lower-cases (RULES.md §16). */
function nameOf(registration: NodeRegistration | undefined): NodeView['name'] {
  const override = lastArgValue(registration?.kubeletExtraArgs, 'hostname-override');
  const [raw, path] = isSet(override)
    ? [override, 'nodeRegistration.kubeletExtraArgs.hostname-override']
    : [registration?.name, 'nodeRegistration.name'];
  const value = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  return value === '' ? undefined : { value, path };
}
