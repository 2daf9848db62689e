import type { IpFamily } from '../../../net/types.ts';
import type { IssueLocation } from '../../issues.ts';
import type { ClusterSettings, NodeView } from './view.ts';

/** A location in the document that registers the node (at one entry of a list, when given). */
export function atNode(node: NodeView, path: string, entry?: number): IssueLocation {
  const at = { file: node.file, document: node.document, path };
  return entry === undefined ? at : { ...at, entry };
}

/** A location in the init file's ClusterConfiguration (or its first document). */
export function atCluster(settings: ClusterSettings, path: string, entry?: number): IssueLocation {
  const at = { file: settings.file, document: settings.document, path };
  return entry === undefined ? at : { ...at, entry };
}

/** How a node is named in another node's issue: its file, and its name when it has one. */
export function describeNode(node: NodeView): string {
  return node.name ? `${node.file} (${node.name.value})` : node.file;
}

/** Families as shown in stack_mismatch parameters (`IPv4, IPv6`). */
export function familyList(families: readonly IpFamily[]): string {
  return families.map(familyName).join(', ');
}

/** `IPv4` or `IPv6`. */
export function familyName(family: IpFamily): string {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}
