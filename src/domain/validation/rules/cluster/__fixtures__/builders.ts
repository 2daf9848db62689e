import type {
  Arg,
  ClusterConfiguration,
  InitConfiguration,
  JoinConfiguration,
  KubeadmDocument,
} from '../../../../kubeadm/documents.ts';
import { KUBE_PROXY_API_VERSION, KUBELET_API_VERSION } from '../../../../kubeadm/documents.ts';
import type { Issue } from '../../../issues.ts';
import type { DecodedFile } from '../../documents/context.ts';

/** Test helpers: decoded files written as objects, as the YAML reader would hand them over. */
export const V1BETA4 = 'kubeadm.k8s.io/v1beta4';
export const V1BETA3 = 'kubeadm.k8s.io/v1beta3';

/** The apiVersion a document of this kind is written with (v1beta4 for kubeadm kinds). */
export function apiVersionFor(doc: KubeadmDocument, kubeadm = V1BETA4): string {
  if (doc.kind === 'KubeletConfiguration') return KUBELET_API_VERSION;
  if (doc.kind === 'KubeProxyConfiguration') return KUBE_PROXY_API_VERSION;
  return kubeadm;
}

/** A file whose documents are indexed in order. */
export function file(name: string, ...docs: KubeadmDocument[]): DecodedFile {
  return {
    name,
    documents: docs.map((document, index) => ({
      index,
      apiVersion: apiVersionFor(document),
      document,
    })),
  };
}

/** kubeletExtraArgs with a node-ip entry. */
export function nodeIpArgs(value: string): Arg[] {
  return [{ name: 'node-ip', value }];
}

/** A ClusterConfiguration with the given networking. */
export function clusterConfig(
  networking: ClusterConfiguration['networking'],
  extra: Omit<ClusterConfiguration, 'kind' | 'networking'> = {},
): ClusterConfiguration {
  return { kind: 'ClusterConfiguration', ...(networking ? { networking } : {}), ...extra };
}

/** An InitConfiguration with an advertise address, a node-ip and a name, each when given. */
export function initConfig(node: { advertise?: string; nodeIp?: string; name?: string }) {
  const doc: InitConfiguration = { kind: 'InitConfiguration' };
  if (node.advertise !== undefined) doc.localAPIEndpoint = { advertiseAddress: node.advertise };
  doc.nodeRegistration = {
    ...(node.name !== undefined ? { name: node.name } : {}),
    ...(node.nodeIp !== undefined ? { kubeletExtraArgs: nodeIpArgs(node.nodeIp) } : {}),
  };
  return doc;
}

export const TOKEN = 'clvldh.vjjwg16ucnhp94qr';
export const CA_HASH = 'sha256:a4863cde706cfc580a439f842cc65d5ef112b7b2be31628513a9881cf0d9fe0e';

/** A token-discovery JoinConfiguration; `advertise` (or `controlPlane`) makes it a control-plane join. */
export function joinConfig(node: {
  advertise?: string;
  controlPlane?: boolean;
  nodeIp?: string;
  name?: string;
  endpoint?: string;
}): JoinConfiguration {
  const doc: JoinConfiguration = {
    kind: 'JoinConfiguration',
    discovery: {
      bootstrapToken: {
        apiServerEndpoint: node.endpoint ?? '10.100.0.1:6443',
        token: TOKEN,
        caCertHashes: [CA_HASH],
      },
    },
    nodeRegistration: {
      ...(node.name !== undefined ? { name: node.name } : {}),
      ...(node.nodeIp !== undefined ? { kubeletExtraArgs: nodeIpArgs(node.nodeIp) } : {}),
    },
  };
  if (node.advertise !== undefined) {
    doc.controlPlane = { localAPIEndpoint: { advertiseAddress: node.advertise, bindPort: 6443 } };
  } else if (node.controlPlane) {
    doc.controlPlane = {};
  }
  return doc;
}

/** The issue codes, in order. */
export function codes(issues: readonly Issue[]): string[] {
  return issues.map((i) => i.code);
}

/** Only the issues of a severity. */
export function bySeverity(issues: readonly Issue[], severity: Issue['severity']): Issue[] {
  return issues.filter((i) => i.severity === severity);
}
