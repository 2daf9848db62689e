import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIgnorePreflightErrors } from './preflight.ts';
import { codesOf, hasError, rows, vectorsFor, type Vector } from './vectorCases.ts';

const strings = (v: Vector, key: string) => v.input[key] as string[];

describe('checkIgnorePreflightErrors', () => {
  it('refuses "all" next to an individual check, naming the merged set', () => {
    expect(checkIgnorePreflightErrors(['Swap', 'all'])).toEqual({
      checks: ['all', 'swap'],
      issues: [
        {
          path: '',
          code: 'ignore_preflight_errors',
          severity: 'error',
          params: { value: 'all,swap', reason: 'all_with_others' },
        },
      ],
    });
  });

  it.each([
    ['"all" alone', ['all'], []],
    ['"all" in any case, repeated', ['ALL', 'All', 'all'], []],
    ['named checks only', ['Swap', 'NumCPU', 'swap'], []],
    ['nothing', [], []],
    ['"ALL" with a named check', ['ALL', 'Swap'], ['ignore_preflight_errors']],
    // kubeadm neither trims nor drops entries: '' and ' all' are checks of their own.
    ['"all" with an empty entry', ['all', ''], ['ignore_preflight_errors']],
    ['" all" (not "all") with a named check', [' all', 'Swap'], []],
    ['"all" with " all"', ['all', ' all'], ['ignore_preflight_errors']],
  ])('%s', (_title, list, codes) => {
    expect(codesOf(checkIgnorePreflightErrors(list).issues)).toEqual(codes);
  });

  it('merges the flag with the file, lower-cased, without duplicates, sorted', () => {
    expect(checkIgnorePreflightErrors(['Swap', 'NumCPU'], ['swap', 'Mem'])).toEqual({
      checks: ['mem', 'numcpu', 'swap'],
      issues: [],
    });
  });

  it('errs exactly when the lower-cased set holds "all" and something else (property)', () => {
    const entry = fc.oneof(fc.constantFrom('all', 'ALL', 'All', '', 'Swap', 'swap'), fc.string());
    fc.assert(
      fc.property(fc.array(entry), fc.array(entry), (config, flag) => {
        const set = new Set([...config, ...flag].map((e) => e.toLowerCase()));
        const result = checkIgnorePreflightErrors(config, flag);
        expect(result.checks).toEqual([...set].sort());
        expect(result.issues.length).toBe(set.has('all') && set.size > 1 ? 1 : 0);
      }),
    );
  });
});

const cases = vectorsFor('ignorePreflightErrors');

describe(`vectors: ignorePreflightErrors (${String(cases.length)} cases)`, () => {
  it('has the upstream cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  it.each(rows(cases))('%s', (_title, v) => {
    const result = checkIgnorePreflightErrors(strings(v, 'config'), strings(v, 'cli'));
    expect(hasError(result.issues)).toBe(!v.valid);
    if (v.expected !== undefined) {
      // Upstream compares sets; the expected lists are already sorted.
      expect(result.checks).toEqual(v.expected);
    }
  });
});
