import { describe, expect, it } from 'vitest';
import { uiText } from './en.ts';
import { zhCN } from './zh-CN.ts';

// Entries that are the same text in every language, each with the reason it is not translated.
const SAME_IN_EVERY_LANGUAGE: Record<string, string> = {
  'cluster.criContainerd': 'product name of a container runtime',
  'cluster.criCrio': 'product name of a container runtime',
  'cluster.criDockerd': 'product name of a container runtime adapter',
  'networking.notAvailable': 'a dash standing for "no value" in a table cell',
};

// Functions that show an argument transformed rather than as passed (document index is 0-based).
const SHOWN_ARGUMENTS: Record<string, (args: number[]) => unknown[]> = {
  'importer.where': ([file, document = 0, path]) => [file, document + 1, path],
};

const HAN = /\p{Script=Han}/u;

type Text = (...args: number[]) => string;

/** Flattens a nested text object into dotted paths and their non-object values. */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [p, v] of leaves(value, path)) out.set(p, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

/** Lists every key, kind and parameter-count difference between two text objects. */
function parityProblems(reference: unknown, translation: unknown): string[] {
  const a = leaves(reference);
  const b = leaves(translation);
  const problems: string[] = [];
  for (const path of a.keys()) if (!b.has(path)) problems.push(`${path}: missing`);
  for (const path of b.keys()) if (!a.has(path)) problems.push(`${path}: not in the reference`);
  for (const [path, value] of a) {
    const other = b.get(path);
    if (!b.has(path)) continue;
    if (typeof value !== typeof other) {
      problems.push(`${path}: ${typeof other} instead of ${typeof value}`);
    } else if (typeof value === 'function' && typeof other === 'function') {
      if (value.length !== other.length) {
        problems.push(`${path}: ${other.length} parameter(s) instead of ${value.length}`);
      }
    }
  }
  return problems;
}

/** Lists the strings of a translation that contain no Han character and are not allow-listed. */
function untranslated(translation: unknown): string[] {
  return [...leaves(translation)]
    .filter(([, value]) => typeof value === 'string' && !HAN.test(value))
    .map(([path]) => path)
    .filter((path) => !(path in SAME_IN_EVERY_LANGUAGE));
}

const functionPaths = [...leaves(uiText)]
  .filter(([, value]) => typeof value === 'function')
  .map(([path]) => path);

describe('parityProblems', () => {
  it('finds nothing between the English and the Chinese text', () => {
    expect(parityProblems(uiText, zhCN)).toEqual([]);
  });

  it('reports a missing key, an extra key, a kind change and a parameter-count change', () => {
    const appWithoutTitle = Object.fromEntries(
      Object.entries(zhCN.app).filter(([key]) => key !== 'title'),
    );
    const broken = {
      ...zhCN,
      app: { ...appWithoutTitle, extra: '多余' },
      steps: { ...zhCN.steps, back: () => '上一步', stepOf: (n: number) => `第 ${n} 步` },
    };
    expect(parityProblems(uiText, broken)).toEqual([
      'app.title: missing',
      'app.extra: not in the reference',
      'steps.back: function instead of string',
      'steps.stepOf: 1 parameter(s) instead of 2',
    ]);
  });
});

describe('untranslated', () => {
  it('finds no Chinese string without a Han character outside the allow-list', () => {
    expect(untranslated(zhCN)).toEqual([]);
  });

  it('reports a string left in English', () => {
    expect(untranslated({ ...zhCN, preview: { ...zhCN.preview, copy: 'Copy' } })).toEqual([
      'preview.copy',
    ]);
  });

  it.each(Object.keys(SAME_IN_EVERY_LANGUAGE))(
    'keeps allow-listed %s identical to English',
    (path) => {
      expect(leaves(uiText).has(path)).toBe(true);
      expect(leaves(zhCN).get(path)).toBe(leaves(uiText).get(path));
    },
  );
});

describe(`functions (${functionPaths.length} entries)`, () => {
  const english = leaves(uiText);
  const chinese = leaves(zhCN);

  it.each(functionPaths)('%s shows every argument in both languages', (path) => {
    const en = english.get(path) as Text;
    const zh = chinese.get(path) as Text;
    const args = Array.from({ length: en.length }, (_, i) => 101 * (i + 1));
    const shown = (SHOWN_ARGUMENTS[path]?.(args) ?? args).map(String);
    for (const text of [en(...args), zh(...args)]) {
      for (const fragment of shown) expect(text).toContain(fragment);
    }
    expect(zh(...args)).toMatch(HAN);
  });
});
