export { checkDocument } from './check-document.ts';
export { checkClusterConfiguration } from './cluster-configuration.ts';
export { checkNetworking } from './networking.ts';
export { checkInitConfiguration } from './init-configuration.ts';
export { checkJoinConfiguration } from './join-configuration.ts';
export { checkDiscovery } from './discovery.ts';
export { checkApiEndpoint, checkNodeRegistration } from './node.ts';
export { checkKubeletConfiguration, checkKubeProxyConfiguration } from './components.ts';
export { cidrListOf, cidrOf, ipOf } from './addresses.ts';
export {
  apiVersionOf,
  isPresent,
  isSet,
  issueAt,
  placeAt,
  type DecodedFile,
  type DocumentContext,
  type ValidateOptions,
} from './context.ts';
