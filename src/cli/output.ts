import { formatIssue, type Issue, type Language } from '../domain/index.ts';
import { summaryLine } from './usage.ts';

export interface JsonIssue {
  severity: Issue['severity'];
  code: string;
  file: string;
  document: number;
  path: string;
  message: string;
  /** Only on the CLI's own issues (`usage`, `internal_error`): what went wrong, for programs. */
  params?: Record<string, unknown>;
}

/** The codes the CLI itself reports; their parameters are part of the JSON object. */
const CLI_CODES: ReadonlySet<string> = new Set(['usage', 'internal_error']);

/** The `--json` object of the CLI contract (SPEC §2.5), with a command's own fields after `valid`. */
export function toJsonReport(
  valid: boolean,
  issues: readonly Issue[],
  language: Language,
  extra: Record<string, unknown> = {},
): string {
  const list: JsonIssue[] = issues.map((issue) => ({
    severity: issue.severity,
    code: issue.code,
    file: issue.file ?? '',
    document: issue.document ?? 0,
    path: issue.path,
    message: formatIssue(issue, language),
    ...(CLI_CODES.has(issue.code) ? { params: { ...issue.params } } : {}),
  }));
  return JSON.stringify({ valid, ...extra, issues: list }, null, 2);
}

/** Human output: one block per issue with file, document, path, severity and message. */
export function toHumanReport(
  issues: readonly Issue[],
  fileCount: number,
  language: Language,
): string {
  const lines: string[] = [];
  for (const issue of issues) {
    const where = [
      issue.file ?? '',
      issue.document === undefined ? '' : ` (document ${issue.document + 1})`,
      issue.path ? ` ${issue.path}` : '',
    ].join('');
    lines.push(`${where}: ${issue.severity} [${issue.code}]`);
    lines.push(`  ${formatIssue(issue, language)}`);
  }
  const count = (severity: Issue['severity']) =>
    issues.filter((i) => i.severity === severity).length;
  lines.push(
    summaryLine({ errors: count('error'), warnings: count('warning'), files: fileCount }, language),
  );
  return lines.join('\n');
}
