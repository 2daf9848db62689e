import type { Issue } from '../../issues.ts';
import { issue } from './shared.ts';

/** The entry that turns every preflight error into a warning. */
const ALL_CHECKS = 'all';

/** What kubeadm makes of the preflight errors to ignore, and the issues on the way. */
export interface IgnoredPreflightErrors {
  /** The merged entries, lower-cased, without duplicates, sorted (what kubeadm writes back). */
  checks: string[];
  issues: Issue[];
}

/**
 * Merges `--ignore-preflight-errors` with nodeRegistration.ignorePreflightErrors the way kubeadm's
 * ValidateIgnorePreflightErrors does (RULES.md §23): every entry is lower-cased (no trimming, so an
 * empty string is an entry of its own), duplicates collapse, and `all` next to any other entry is an
 * error. `value` is the merged set joined by commas, as kubeadm prints it.
 */
export function checkIgnorePreflightErrors(
  fromConfig: readonly string[],
  fromFlag: readonly string[] = [],
): IgnoredPreflightErrors {
  const set = new Set<string>();
  for (const list of [fromConfig, fromFlag]) {
    // Decoding keeps only lists of strings; anything else (a caller's mistake) adds nothing.
    if (!Array.isArray(list)) continue;
    for (const entry of list as unknown[])
      if (typeof entry === 'string') set.add(entry.toLowerCase());
  }
  const checks = [...set].sort();
  const issues =
    set.has(ALL_CHECKS) && set.size > 1
      ? [issue('ignore_preflight_errors', { value: checks.join(','), reason: 'all_with_others' })]
      : [];
  return { checks, issues };
}
