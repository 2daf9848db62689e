// The render layer's public API: plan → kubeadm documents → YAML files and shell commands.
export { buildInitDocuments, buildJoinDocuments, buildInitFile, buildJoinFile } from './kubeadm.ts';
export type { BuiltFile } from './kubeadm.ts';
export type { FieldSource } from './sources.ts';
export { toWireDocument } from './wire.ts';
export { convertDocuments } from './convert.ts';
export type { ConversionNote } from './convert.ts';
export {
  INIT_FILE_NAME,
  joinFileNames,
  renderFileText,
  renderPlanFile,
  renderPlanFiles,
} from './files.ts';
export type { RenderedFile } from './files.ts';
export { initCommand, joinCommand, shellQuote } from './commands.ts';
export { flagsBlockers, flagsOnlyInitCommand, networkingFlags } from './flags.ts';
export type { FlagsBlocker, FlagsBlockerReason } from './flags.ts';
export { initNodeIndex } from './nodes.ts';
export { toYaml } from './yaml.ts';
