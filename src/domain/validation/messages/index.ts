import type { Issue } from '../issues.ts';
import { formatWith, type Language, type MessageCatalogue } from './catalogue.ts';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

export type { Language, MessageCatalogue } from './catalogue.ts';
export { LANGUAGES, parseLanguage } from './catalogue.ts';

const CATALOGUES: { readonly [L in Language]: MessageCatalogue } = { en, 'zh-CN': zhCN };

/** The text the wizard and the CLI show for an issue, in the given language. */
export function formatIssue(issue: Issue, language: Language = 'en'): string {
  return formatWith(CATALOGUES[language], issue);
}
