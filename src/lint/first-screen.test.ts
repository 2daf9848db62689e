// The first screen loads only the light part of the domain (src/domain/core.ts): the rules,
// renderers and messages come with the engine, after the first step shows (SPEC §3's start-up
// budget, measured by `npm run bench`). This walks the static, value-carrying imports from the
// page's entry and fails with the chain that reaches src/domain/index.ts; a merge once put the
// whole domain back on the first screen (207 KB gzip against a 120 KB budget) and nothing but the
// benchmark noticed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = resolve(repo, 'src/ui/main.tsx');
const HEAVY = resolve(repo, 'src/domain/index.ts');

/** The files a module imports statically for values (type-only imports and import() left out). */
function valueImports(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const targets: string[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) specifier = statement.moduleSpecifier;
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      specifier = statement.moduleSpecifier;
    }
    if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.')) {
      targets.push(resolve(dirname(file), specifier.text));
    }
  }
  return targets;
}

/** The import chain from `entry` to `target` through static value imports, if there is one. */
function chainTo(entry: string, target: string): string[] | undefined {
  const parent = new Map<string, string | undefined>([[entry, undefined]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (file === target) {
      const chain: string[] = [];
      for (let at: string | undefined = file; at !== undefined; at = parent.get(at)) {
        chain.unshift(relative(repo, at));
      }
      return chain;
    }
    if (!/\.(ts|tsx)$/.test(file) || !existsSync(file)) continue;
    for (const next of valueImports(file)) {
      if (parent.has(next)) continue;
      parent.set(next, file);
      queue.push(next);
    }
  }
  return undefined;
}

describe('the first screen', () => {
  it('reaches src/domain/index.ts by no static value import', () => {
    expect(chainTo(ENTRY, HEAVY)).toBeUndefined();
  });

  it('is walked far enough to matter: it reaches core.ts and the first step', () => {
    expect(chainTo(ENTRY, resolve(repo, 'src/domain/core.ts'))).toBeDefined();
    expect(chainTo(ENTRY, resolve(repo, 'src/ui/steps/ClusterStep.tsx'))).toBeDefined();
  });

  it('counts value imports only', () => {
    const file = resolve(repo, 'src/ui/x.tsx');
    const code = [
      "import type { Issue } from '../domain/index.ts';",
      "import { type Plan } from './a.ts';",
      "import { issueDocsUrl } from './b.ts';",
      "export { x } from './c.ts';",
      "export type { Y } from './d.ts';",
      "const later = () => import('./e.ts');",
      "import React from 'react';",
    ].join('\n');
    expect(valueImports(file, code).map((f) => relative(resolve(repo, 'src/ui'), f))).toEqual([
      'b.ts',
      'c.ts',
    ]);
  });
});
