import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import vectors from './__fixtures__/vectors.json' with { type: 'json' };

/** Every test file under src/domain, as text. */
function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testSources(path);
    return entry.name.endsWith('.test.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('the upstream vectors (src/domain/__fixtures__/vectors.json)', () => {
  const rules = [...new Set((vectors as { rule: string }[]).map((v) => v.rule))];
  const sources = testSources(import.meta.dirname);

  it('are read from upstream tests, each with its source', () => {
    expect(rules.length).toBeGreaterThan(50);
    for (const v of vectors as { source: string }[]) expect(v.source).toMatch(/^kubernetes\//);
  });

  // A rule group no test names is a set of upstream cases nobody compares with (docs/fidelity.md).
  it.each(rules)('%s is run by a domain test', (rule) => {
    const named = sources.some((s) => s.includes(`'${rule}'`) || s.includes(`"${rule}"`));
    expect(named).toBe(true);
  });
});
