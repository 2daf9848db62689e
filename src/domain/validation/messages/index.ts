import type { Issue } from '../issues.ts';
import { formatWith, type Language } from './catalogue.ts';
import { en } from './en.ts';

export type { Language, MessageCatalogue } from './catalogue.ts';

/** The text the wizard and the CLI show for an issue, in the given language. */
export function formatIssue(issue: Issue, language: Language = 'en'): string {
  switch (language) {
    case 'en':
      return formatWith(en, issue);
  }
}
