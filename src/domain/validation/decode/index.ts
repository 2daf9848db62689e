// Reading kubeadm config files: text → documents → decoded, typed documents plus issues.
export { readConfigFile, type LoadedDocument, type ReadOptions, type ReadResult } from './read.ts';
export { decodeDocument, type DecodeResult } from './decode.ts';
export {
  apiVersionIssues,
  kubernetesMinor,
  modelledKind,
  splitApiVersion,
  type ModelledKind,
} from './api-versions.ts';
