// Test support: the upstream vectors (src/domain/__fixtures__/vectors.json) by rule.
import vectors from '../../../__fixtures__/vectors.json' with { type: 'json' };
import type { Issue } from '../../issues.ts';

/** One upstream test case (RULES.md §27). */
export interface Vector {
  readonly rule: string;
  readonly input: Readonly<Record<string, unknown>>;
  readonly valid: boolean;
  readonly source: string;
  readonly note: string;
  readonly expected?: Readonly<Record<string, unknown>>;
  readonly error?: string;
}

/** Every vector of one rule, in file order. */
export function vectorsFor(rule: string): Vector[] {
  return (vectors as unknown as Vector[]).filter((v) => v.rule === rule);
}

/** `[title, vector]` rows for it.each: the upstream note plus the input, so each row is identifiable. */
export function rows(cases: readonly Vector[]): Array<[string, Vector]> {
  return cases.map((c) => [
    `${c.valid ? 'valid' : 'invalid'}: ${JSON.stringify(c.input)} (${c.note})`,
    c,
  ]);
}

/** Whether any issue is an error (the agreement rule of SPEC.md §3 compares this with `valid`). */
export function hasError(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** The codes of the issues, in order. */
export function codesOf(issues: readonly Issue[]): string[] {
  return issues.map((i) => i.code);
}

/** A string input field of a vector. */
export function text(v: Vector, key: string): string {
  const value = v.input[key];
  if (typeof value !== 'string') throw new Error(`vector ${v.note}: ${key} is not a string`);
  return value;
}
