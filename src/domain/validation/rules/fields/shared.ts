import {
  makeIssue,
  type Issue,
  type IssueCode,
  type IssueParamsByCode,
  type Severity,
} from '../../issues.ts';

/** Builds an issue at a relative path ('' = the value itself); the caller relocates it. */
export function issue<C extends IssueCode>(
  code: C,
  params: IssueParamsByCode[C],
  options: { path?: string; severity?: Severity } = {},
): Issue {
  return makeIssue(code, { path: options.path ?? '' }, params, options.severity);
}

/** Text for an issue parameter from any value, without ever throwing (YAML can hold anything). */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return '';
    case 'object':
      if (value === null) return 'null';
      try {
        return JSON.stringify(value);
      } catch {
        return 'object';
      }
    case 'function':
    case 'symbol':
      return typeof value;
  }
}

/**
 * `ip_noncanonical`: a warning when a decimal number was written with a leading zero (other tools
 * may read it as octal, RULES.md §21), otherwise info (IPv6 compression or letter case only).
 */
export function noncanonicalIssue(value: string, canonical: string, leadingZeros: boolean): Issue {
  return issue(
    'ip_noncanonical',
    { value, canonical },
    { severity: leadingZeros ? 'warning' : 'info' },
  );
}

/** Whether the `/len` part of a CIDR text was written with a leading zero (`/024`). */
export function hasPrefixLeadingZero(text: string): boolean {
  return /\/0\d/u.test(text);
}
