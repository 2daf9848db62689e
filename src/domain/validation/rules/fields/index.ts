// Single-field rules: each checks one value and returns issues with paths relative to it.
export { checkIp, checkNodeIpList, type IpPurpose } from './addresses.ts';
export { parseGoDuration } from './duration.ts';
export {
  checkApiServerEndpoint,
  checkControlPlaneEndpoint,
  checkPort,
  controlPlaneEndpointUrl,
  parseHostPort,
  type EndpointSyntaxReason,
  type HostPort,
} from './endpoints.ts';
export { checkEtcd, checkUrls } from './etcd.ts';
export { checkFeatureGates } from './featureGates.ts';
export { parsePort, splitHostPort } from './hostPort.ts';
export {
  checkCertSan,
  checkDnsDomain,
  checkNodeName,
  isDns1123Subdomain,
  isWildcardDns1123Subdomain,
  normalizeNodeName,
} from './names.ts';
export {
  checkPodSubnetKcmNodeMasks,
  checkPodSubnetNodeMasks,
  kcmNodeMasks,
  nodeMasksFromArgs,
  podSubnetCapacity,
  type NodeMasks,
} from './nodeMasks.ts';
export {
  checkAbsolutePath,
  checkCriSocket,
  checkExtraArgs,
  checkImagePullPolicy,
  checkImageRepository,
} from './runtime.ts';
export {
  checkBootstrapToken,
  checkCaCertHash,
  checkCertificateKey,
  checkDiscoveryFile,
  checkTokenGroups,
  checkTokenTtl,
  checkTokenUsages,
  isBootstrapToken,
  isBootstrapTokenId,
} from './secrets.ts';
export { checkIgnorePreflightErrors, type IgnoredPreflightErrors } from './preflight.ts';
export { checkCidrList, type SubnetKind } from './subnets.ts';
export { parseGoUrl, type GoUrl } from './url.ts';
export {
  checkEncryptionAlgorithm,
  checkKubernetesVersion,
  parseKubernetesMinor,
  type KubernetesMinor,
} from './versions.ts';
