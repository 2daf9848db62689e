// The repo's own lint config (eslint.config.js) refuses an import from a src/domain layer of a
// later layer. The snippets are linted without type information (the files do not exist), which
// the layer rule does not need.
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: repo,
    overrideConfig: tseslint.configs.disableTypeChecked as Linter.Config,
  });
});

/** The layer rule's messages for `code` placed at `filePath` (relative to the repo). */
async function layerMessages(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  expect(result?.fatalErrorCount).toBe(0);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'domain/layers');
}

describe('domain/layers in eslint.config.js', () => {
  it('reports a low layer importing a higher one', async () => {
    const messages = await layerMessages(
      'src/domain/net/x.ts',
      "import { toYaml } from '../render/yaml.ts';\nexport const write = toYaml;\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ messageId: 'later', severity: 2, line: 1 });
    expect(messages[0]?.message).toContain('net/ may not import render/ (../render/yaml.ts)');
  });

  it('allows a higher layer importing a lower one, and a layer importing itself', async () => {
    const code = [
      "import { parseIp } from '../net/ip.ts';",
      "import { toYaml } from './yaml.ts';",
      'export const use = [parseIp, toYaml];',
      '',
    ].join('\n');
    expect(await layerMessages('src/domain/render/x.ts', code)).toEqual([]);
  });

  it('goes by the folder a specifier resolves to, not a folder name inside it', async () => {
    // validation/plan/ is inside validation, which may import plan/; plan/ may not import it.
    const down =
      "import type { ClusterPlan } from '../../plan/plan.ts';\nexport type P = ClusterPlan;\n";
    expect(await layerMessages('src/domain/validation/plan/x.ts', down)).toEqual([]);
    const up = "export { validatePlan } from '../validation/plan/validatePlan.ts';\n";
    expect(await layerMessages('src/domain/plan/x.ts', up)).toMatchObject([{ messageId: 'later' }]);
  });

  it('reports type-only imports, re-exports and dynamic imports of later layers too', async () => {
    const code = [
      "import type { ClusterPlan } from '../plan/plan.ts';",
      "export * from '../import/share.ts';",
      "export const load = () => import('../validation/schema.ts');",
      'export type P = ClusterPlan;',
      '',
    ].join('\n');
    const messages = await layerMessages('src/domain/kubeadm/x.ts', code);
    expect(messages.map((m) => [m.messageId, m.line])).toEqual([
      ['later', 1],
      ['later', 2],
      ['later', 3],
    ]);
  });

  it('reports a layer importing an entry point, or a folder that is in no layer', async () => {
    const entry = "export { validatePlan } from '../index.ts';\n";
    expect(await layerMessages('src/domain/import/x.ts', entry)).toMatchObject([
      { messageId: 'entry' },
    ]);
    const unknown = "export * from '../misc/x.ts';\n";
    expect(await layerMessages('src/domain/render/x.ts', unknown)).toMatchObject([
      { messageId: 'unknown' },
    ]);
  });

  it('lets the entry points and the shared test data be what they are', async () => {
    const entry = "export * from './import/share.ts';\n";
    expect(await layerMessages('src/domain/index.ts', entry)).toEqual([]);
    const vectors =
      "import vectors from '../__fixtures__/vectors.json';\nexport default vectors;\n";
    expect(await layerMessages('src/domain/net/x.test.ts', vectors)).toEqual([]);
  });
});
