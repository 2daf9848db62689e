import type { Issue, IssueCode, IssueParamsByCode } from '../issues.ts';

/** One message function per issue code; a catalogue missing a code does not compile. */
export type MessageCatalogue = {
  readonly [C in IssueCode]: (params: IssueParamsByCode[C]) => string;
};

/** Every language the messages are written in (SPEC §2.7), English first as the fallback. */
export const LANGUAGES = ['en', 'zh-CN'] as const;

export type Language = (typeof LANGUAGES)[number];

/** Applies the catalogue entry of the issue's own code to its parameters. */
export function formatWith(catalogue: MessageCatalogue, issue: Issue): string {
  const format = catalogue[issue.code] as (params: Issue['params']) => string;
  return format(issue.params);
}

/** Regions whose Chinese is written in simplified characters. */
const SIMPLIFIED_REGIONS = new Set(['cn', 'sg', 'my']);

/**
 * The language a BCP 47 tag or POSIX locale name (`zh-Hans-CN`, `zh_CN.UTF-8`, `en-US`) asks for,
 * case-insensitively, or undefined when it is neither English nor Simplified Chinese; Traditional
 * Chinese (`zh-TW`, `zh-Hant`) is not read as zh-CN.
 */
export function parseLanguage(text: string): Language | undefined {
  // POSIX locales carry a codeset and modifier (`zh_CN.UTF-8@pinyin`) that say nothing of language.
  const tag = text
    .trim()
    .replace(/[.@].*$/, '')
    .replace(/_/g, '-')
    .toLowerCase();
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(tag)) return undefined;
  const [primary, second, ...rest] = tag.split('-');
  if (primary === 'en') return 'en';
  if (primary !== 'zh') return undefined;
  if (second === undefined || second === 'hans') return 'zh-CN';
  // Without a script subtag the region decides which characters are written (zh-CN yes, zh-TW no).
  return SIMPLIFIED_REGIONS.has(second) && rest.length === 0 ? 'zh-CN' : undefined;
}
