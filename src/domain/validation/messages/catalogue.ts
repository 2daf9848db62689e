import type { Issue, IssueCode, IssueParamsByCode } from '../issues.ts';

/** One message function per issue code; a catalogue missing a code does not compile. */
export type MessageCatalogue = {
  readonly [C in IssueCode]: (params: IssueParamsByCode[C]) => string;
};

export type Language = 'en';

/** Applies the catalogue entry of the issue's own code to its parameters. */
export function formatWith(catalogue: MessageCatalogue, issue: Issue): string {
  const format = catalogue[issue.code] as (params: Issue['params']) => string;
  return format(issue.params);
}
