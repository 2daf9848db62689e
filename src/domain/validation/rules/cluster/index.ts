export { validateDocuments } from './validate.ts';
export {
  buildClusterView,
  firstOfKind,
  type ClusterSettings,
  type ClusterView,
  type FileRole,
  type FileView,
  type NodeView,
  type PlacedDocument,
} from './view.ts';
export { checkAdvertiseFamilies, checkNodeStacks, checkPodServiceStacks } from './families.ts';
export {
  checkNodeAddressRanges,
  checkPodSubnetCapacity,
  checkSubnetOverlap,
  kcmNodeMask,
} from './ranges.ts';
export {
  checkAdvertiseNodeIp,
  checkControlPlaneEndpoint,
  checkDuplicateAddresses,
  checkDuplicateNames,
} from './nodes.ts';
export { checkDocumentPlacement, isIgnoredDocument } from './placement.ts';
export { checkClusterDns, checkKubeProxyClusterCidr } from './components.ts';
export { isConcrete, nodeAddresses, nodeIpsOf, type NodeIps } from './node-ips.ts';
export type { DecodedFile, ValidateOptions } from '../documents/context.ts';
