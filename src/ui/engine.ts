// The heavy half of the domain (rules, rendering, YAML, messages): loaded after the first step shows,
// so the first screen stays within the start-up budget. Import it only through hooks/engine.ts.
export {
  createPlanSchema,
  decodeShareFragment,
  encodeShareFragment,
  flagsOnlyInitCommand,
  formatIssue,
  hasErrors,
  initCommand,
  joinCommand,
  networkingFlags,
  parsePlanText,
  planToJson,
  renderPlanFile,
  renderPlanFiles,
  validatePlan,
  withoutSecrets,
} from '../domain/index.ts';
