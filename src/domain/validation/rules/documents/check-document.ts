import type { KubeadmDocument } from '../../../kubeadm/documents.ts';
import type { Issue } from '../../issues.ts';
import { checkClusterConfiguration } from './cluster-configuration.ts';
import { checkKubeletConfiguration, checkKubeProxyConfiguration } from './components.ts';
import type { DocumentContext } from './context.ts';
import { checkInitConfiguration } from './init-configuration.ts';
import { checkJoinConfiguration } from './join-configuration.ts';

/** Checks one decoded document on its own, by kind; issues carry the context's file and index. */
export function checkDocument(doc: KubeadmDocument, ctx: DocumentContext): Issue[] {
  switch (doc.kind) {
    case 'ClusterConfiguration':
      return checkClusterConfiguration(doc, ctx);
    case 'InitConfiguration':
      return checkInitConfiguration(doc, ctx);
    case 'JoinConfiguration':
      return checkJoinConfiguration(doc, ctx);
    case 'KubeletConfiguration':
      return checkKubeletConfiguration(doc, ctx);
    case 'KubeProxyConfiguration':
      return checkKubeProxyConfiguration(doc, ctx);
  }
}
