// The domain's public surface: the UI and the CLI import from here only (the UI's first screen
// from core.ts, its light part).
export * from './core.ts';
export * from './net/index.ts';
export * from './plan/fieldIndex.ts';
export {
  FIELD_TABLE,
  type FieldLocation,
  type FieldRow,
  type LabelKey,
  type ValueKind,
} from './plan/fields.ts';
export * from './import/planFile.ts';
export * from './kubeadm/documents.ts';
export * from './validation/issues.ts';
export { DOCS_URLS, issueDocsUrl } from './validation/docs.ts';
export { formatIssue, type MessageCatalogue } from './validation/messages/index.ts';
export {
  MAX_CONFIG_BYTES,
  sourceProblem,
  textSizeProblem,
  validateConfigTexts,
  type ConfigSource,
  type ConfigTextSource,
  type ConfigValidation,
  type ConfigValidationOptions,
} from './validation/configFiles.ts';
export {
  decodeDocument,
  kubernetesMinor,
  readConfigFile,
  type DecodeResult,
  type LoadedDocument,
} from './validation/decode/index.ts';
export { convertConfigText, type ConfigConversion } from './validation/convertConfig.ts';
export { validatePlan } from './validation/plan/validatePlan.ts';
export { checkStepRequired } from './validation/plan/stepRequired.ts';
export {
  splitFamilyPair,
  type FamilyPairKind,
  type FamilyPairSplit,
} from './validation/plan/familyPair.ts';
export {
  planDualStackConversion,
  type DualStackConversion,
  type DualStackRequest,
  type RunbookStep,
  type RunbookStepKind,
} from './validation/convert/dualStack.ts';
export { RUNBOOK_TEXT, type RunbookText, type StepText } from './validation/convert/runbookText.ts';
export {
  diagnoseNodes,
  existingNodes,
  type ClusterFamilies,
  type DiagnoseFile,
  type Diagnosis,
  type NodeReport,
} from './validation/diagnose/nodes.ts';
export type { PodNodeSummary, PodsReport } from './validation/diagnose/pods.ts';
export type { ServiceReport } from './validation/diagnose/services.ts';
export { blocksNext, createPlanSchema } from './validation/schema.ts';
export {
  INIT_FILE_NAME,
  flagsBlockers,
  flagsOnlyInitCommand,
  initCommand,
  joinCommand,
  networkingFlags,
  renderFileText,
  renderPlanFile,
  renderPlanFiles,
  shellQuote,
  type FieldSource,
  type FlagsBlocker,
  type FlagsBlockerReason,
  type RenderedFile,
} from './render/index.ts';
export { discoveryEndpoint } from './render/discovery.ts';
export { planCapacity, type FamilyCapacity } from './plan/capacity.ts';
export {
  buildAddressMap,
  type FamilyMap,
  type MapMark,
  type MapMarkKind,
  type MapOverlap,
  type MapRange,
  type MapRangeKind,
} from './validation/map/addressMap.ts';
export type { AxisSpan } from './validation/map/axis.ts';
export { suggestUlaSubnets, type UlaSuggestion } from './plan/suggest.ts';
export { hostPreparation, type HostPreparation } from './render/host.ts';
export {
  nodeRowsToAdd,
  parseNodeTable,
  type NodeTableResult,
  type NodeTableRow,
} from './import/nodeTable.ts';
export {
  BOOTSTRAP_TOKEN_RANDOM_BYTES,
  CERTIFICATE_KEY_BYTES,
  CERTIFICATE_KEY_LIFETIME_HOURS,
  generateBootstrapToken,
  generateCertificateKey,
  caCertHashCommand,
} from './plan/secrets.ts';
export {
  calicoBlockSizeNotes,
  calicoIpPools,
  ciliumHelmValues,
  cniFiles,
  flannelNetConf,
  type CalicoBlockSizeNote,
  type CniFile,
} from './render/cni.ts';
export {
  afterInstallCheckList,
  afterInstallChecks,
  type AfterInstallCheck,
  type AfterInstallCheckKind,
} from './render/afterInstall.ts';
export {
  README_FILE,
  ZIP_DEFAULT_MTIME,
  bundleFiles,
  zipBundle,
  type BundleFile,
} from './render/bundle.ts';
export {
  importConfigFiles,
  type IgnoredDocument,
  type ImportResult,
  type UnmodelledField,
} from './import/importConfig.ts';
export {
  SHARE_LIMITS,
  SHARE_LINK_FILE,
  SHARE_PARAM,
  decodeShareFragment,
  encodeShareFragment,
  withoutSecrets,
} from './import/share.ts';
export {
  RUNNING_CONFIG_FILE,
  RUNNING_NODES_FILE,
  joinSecretCommands,
  planRunningJoins,
  readRunningCluster,
  type IssuePlace,
  type JoinDiscovery,
  type JoinFile,
  type NewNode,
  type PastedText,
  type RunningCluster,
  type RunningClusterSummary,
  type RunningJoins,
  type RunningNode,
  type SecretCommand,
} from './import/running.ts';
