// The light part of the domain's public surface: the plan model, its defaults and the language
// list, with no rules, renderers or parsers behind them. The UI's first screen imports values
// from here only, so it loads before the heavy rest (index.ts); both are public entry points.
export type { IpFamily } from './net/types.ts';
export * from './plan/plan.ts';
export * from './plan/defaults.ts';
export * from './plan/steps.ts';
export { LANGUAGES, parseLanguage, type Language } from './validation/messages/catalogue.ts';
