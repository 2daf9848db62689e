import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatIssue, makeIssue } from '../domain/index.ts';
import type * as Commands from './commands.ts';
import { run } from './main.ts';
import type { JsonIssue } from './output.ts';
import type { UsageParams } from './usage.ts';

// The --json contract for every outcome (README "The CLI"): exactly one JSON object on standard
// output, usage errors and internal errors included. These tests run the CLI in-process through
// run(); the last block runs the built dist-cli/kubeadm-wizard.mjs when it exists.

/** When set, runValidate throws this instead of running: an unexpected error inside a command. */
const failure = vi.hoisted((): { error: unknown } => ({ error: undefined }));
vi.mock('./commands.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof Commands>();
  return {
    ...actual,
    runValidate: (...args: Parameters<typeof actual.runValidate>) => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- any thrown value is under test
      if (failure.error !== undefined) throw failure.error;
      return actual.runValidate(...args);
    },
  };
});

beforeEach(() => {
  vi.stubEnv('LC_ALL', '');
  vi.stubEnv('LC_MESSAGES', '');
  vi.stubEnv('LANG', 'C.UTF-8');
});
afterEach(() => {
  vi.unstubAllEnvs();
  failure.error = undefined;
});

const dir = mkdtempSync(join(tmpdir(), 'kw-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = join(dir, 'kubeadm-config.yaml');
writeFileSync(
  config,
  'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.244.0.0/16\n  serviceSubnet: 10.96.0.0/16\n',
);
const nodes = new URL('../domain/validation/diagnose/__fixtures__/nodes.json', import.meta.url)
  .pathname;
const missing = join(dir, 'missing.yaml');
/** A path under a regular file: neither readable nor writable as a directory. */
const underFile = join(config, 'out');
const ranges = ['--pod-subnet', 'fd00:10:244::/56', '--service-subnet', 'fd00:10:96::/112'];

/** Parses stdout as one JSON value (JSON.parse refuses anything after it) that is an object. */
function parseOne(stdout: string): { valid: boolean; issues: JsonIssue[] } {
  expect(stdout).toMatch(/^\{[\s\S]*\}\n$/);
  const value: unknown = JSON.parse(stdout);
  expect(typeof value === 'object' && value !== null && !Array.isArray(value)).toBe(true);
  return value as { valid: boolean; issues: JsonIssue[] };
}

/** The one usage issue of a JSON usage error, after checking the envelope and exit status 2. */
function usageIssue(argv: readonly string[], env: Record<string, string> = {}): JsonIssue {
  const result = run(argv, env);
  expect(result.exitCode).toBe(2);
  expect(result.stderr).toBe('');
  const report = parseOne(result.stdout);
  expect(Object.keys(report)).toEqual(['valid', 'issues']);
  expect(report.valid).toBe(false);
  expect(report.issues).toHaveLength(1);
  const [issue] = report.issues;
  expect(issue).toMatchObject({ severity: 'error', code: 'usage', document: 0, path: '' });
  return issue as JsonIssue;
}

interface Case {
  name: string;
  /** The arguments without --json; `at` is where --json goes (default: after the command). */
  argv: readonly string[];
  params: UsageParams;
  /** Whether argv without --json is the same usage error in human mode. */
  human?: boolean;
}

const perCommand = (command: 'validate' | 'diagnose' | 'convert-dual-stack'): Case[] => {
  const file = command === 'diagnose' ? nodes : config;
  const needed = command === 'convert-dual-stack' ? ranges : [];
  const at = { command };
  return [
    {
      name: 'unknown option',
      argv: [command, file, ...needed, '--bogus'],
      params: { reason: 'unknown_option', ...at, option: '--bogus' },
    },
    {
      name: 'unknown short option',
      argv: [command, file, ...needed, '-x'],
      params: { reason: 'unknown_option', ...at, option: '-x' },
    },
    {
      name: 'missing option value at the end',
      argv: [command, file, ...needed, '--lang'],
      params: { reason: 'missing_value', ...at, option: '--lang' },
    },
    {
      name: 'option value that looks like an option',
      argv: [command, file, ...needed, '--lang', '--bogus'],
      params: { reason: 'missing_value', ...at, option: '--lang' },
    },
    {
      name: 'missing file',
      argv: [command, missing, ...needed],
      params: { reason: 'unreadable_file', ...at, file: missing, cause: 'not_found' },
    },
    {
      name: 'a directory as the file',
      argv: [command, dir, ...needed],
      params: { reason: 'unreadable_file', ...at, file: dir, cause: 'is_directory' },
    },
    {
      name: 'a path under a file',
      argv: [command, underFile, ...needed],
      params: { reason: 'unreadable_file', ...at, file: underFile, cause: 'other' },
    },
    {
      name: 'no file',
      argv: [command, ...needed],
      params: { reason: 'no_files', ...at },
    },
    {
      name: 'bad --lang',
      argv: [command, file, ...needed, '--lang', 'xx'],
      params: { reason: 'bad_value', ...at, option: '--lang', value: 'xx', expected: 'en, zh-CN' },
    },
    ...(command === 'validate'
      ? ([
          {
            name: 'bad --kubernetes-version',
            argv: [command, file, '--kubernetes-version', 'banana'],
            params: {
              reason: 'bad_value',
              ...at,
              option: '--kubernetes-version',
              value: 'banana',
              expected: 'v1.Y.Z',
            },
          },
          {
            name: 'missing --nodes file',
            argv: [command, file, '--nodes', missing],
            params: { reason: 'unreadable_file', ...at, file: missing, cause: 'not_found' },
          },
        ] satisfies Case[])
      : ([
          {
            name: 'two files',
            argv: [command, file, file, ...needed],
            params: { reason: 'extra_argument', ...at, value: file },
          },
        ] satisfies Case[])),
    ...(command === 'diagnose'
      ? ([
          {
            name: 'missing --pods file',
            argv: [command, file, '--pods', missing],
            params: { reason: 'unreadable_file', ...at, file: missing, cause: 'not_found' },
          },
        ] satisfies Case[])
      : []),
    ...(command === 'convert-dual-stack'
      ? ([
          {
            name: 'no --pod-subnet',
            argv: [command, file, '--service-subnet', 'fd00:10:96::/112'],
            params: { reason: 'missing_option', ...at, option: '--pod-subnet' },
          },
          {
            name: 'no --service-subnet',
            argv: [command, file, '--pod-subnet', 'fd00:10:244::/56'],
            params: { reason: 'missing_option', ...at, option: '--service-subnet' },
          },
          {
            name: '--out under a file',
            argv: [command, file, ...needed, '--out', underFile],
            params: { reason: 'cannot_write', ...at, file: underFile },
          },
        ] satisfies Case[])
      : []),
  ];
};

const CASES: readonly Case[] = [
  ...(['validate', 'diagnose', 'convert-dual-stack'] as const).flatMap(perCommand),
  { name: 'no command', argv: [], params: { reason: 'no_command' }, human: false },
  {
    name: 'unknown command',
    argv: ['frobnicate', config],
    params: { reason: 'unknown_command', command: 'frobnicate' },
  },
  ...(['migrate', 'generate'] as const).map((command): Case => ({
    name: '--json, which it does not take',
    argv: [command, config, ...(command === 'migrate' ? ['--to', 'v1beta4'] : ['--out', dir])],
    params: { reason: 'unsupported_option', command, option: '--json' },
    human: false,
  })),
  ...(
    [
      ['validate', [config, '--to', 'v1beta4'], '--to'],
      ['diagnose', [nodes, '--out', dir], '--out'],
      ['convert-dual-stack', [config, ...ranges, '--nodes', nodes], '--nodes'],
    ] as const
  ).map(([command, args, option]): Case => ({
    name: `an option it does not read (${option}), refused rather than ignored`,
    argv: [command, ...args],
    params: { reason: 'unsupported_option', command, option },
  })),
  {
    name: 'unknown option, before --json is refused',
    argv: ['migrate', config, '--bogus'],
    params: { reason: 'unknown_option', command: 'migrate', option: '--bogus' },
  },
];

const label = (c: Case) => `${c.argv[0] ?? '(none)'}: ${c.name}`;

/** The params the catalogue is given, without keys the CLI leaves to the system's words. */
const expectParams = (issue: JsonIssue, params: UsageParams) => {
  const withDetail =
    (params.reason === 'unreadable_file' && params.cause === 'other') ||
    params.reason === 'cannot_write';
  if (withDetail)
    expect(issue.params).toEqual({ ...params, detail: expect.any(String) as unknown });
  else expect(issue.params).toEqual(params);
};

describe('--json usage errors: one object with a usage issue, exit 2', () => {
  it.each(CASES.map((c) => [label(c), c] as const))('%s', (_label, c) => {
    const [command = '', ...rest] = c.argv;
    // --json right after the command, at the end (after the error point) and first for no command.
    const placements =
      c.argv.length === 0
        ? [['--json']]
        : [
            [command, '--json', ...rest],
            [command, ...rest, '--json'],
          ];
    for (const argv of placements) {
      const issue = usageIssue(argv);
      expectParams(issue, c.params);
      expect(issue.file).toBe(c.params.file ?? '');
      const catalogue = makeIssue('usage', { path: '' }, issue.params as UsageParams);
      expect(issue.message).toBe(formatIssue(catalogue, 'en'));
      // The language of the locale, as for every other message.
      const chinese = usageIssue(argv, { LANG: 'zh_CN.UTF-8' });
      expect(chinese.params).toEqual(issue.params);
      expect(chinese.message).toBe(formatIssue(catalogue, 'zh-CN'));
      expect(chinese.message).toMatch(/\p{Script=Han}/u);
    }
  });

  it('takes the language from --lang wherever it stands, even when the error comes first', () => {
    const issue = usageIssue(['validate', '--bogus', '--json', '--lang', 'zh-CN']);
    expect(issue.message).toBe('未知选项“--bogus”；运行 kubeadm-wizard --help 查看可用的选项。');
    expect(usageIssue(['frobnicate', '--lang=zh', '--json']).message).toMatch(/^未知命令/);
  });

  it('reads --json after -- too (then it is also a file name, which cannot be read)', () => {
    const issue = usageIssue(['validate', config, '--', '--json']);
    expect(issue.params).toEqual({
      reason: 'unreadable_file',
      command: 'validate',
      file: '--json',
      cause: 'not_found',
    });
  });

  it('refuses --json with a value, and reads --json alone as no command', () => {
    expect(usageIssue(['validate', config, '--json=yes']).params).toEqual({
      reason: 'unexpected_value',
      command: 'validate',
      option: '--json',
    });
    expect(usageIssue(['--json', 'validate', config]).params).toEqual({ reason: 'no_command' });
  });

  it('prints the usage as a JSON string for --help --json', () => {
    const result = run(['--help', '--json']);
    expect(result.exitCode).toBe(0);
    const report = parseOne(result.stdout) as unknown as { usage: string };
    expect(report).toEqual({
      valid: true,
      usage: expect.stringMatching(/^Usage: /) as unknown,
      issues: [],
    });
  });

  it('keeps the envelope of a successful run: valid, the command’s fields, issues', () => {
    const result = run(['validate', '--json', config]);
    expect(result.exitCode).toBe(0);
    expect(parseOne(result.stdout)).toEqual({ valid: true, issues: [] });
    const diagnose = parseOne(run(['diagnose', '--json', nodes]).stdout);
    expect(Object.keys(diagnose)).toEqual(['valid', 'nodes', 'issues']);
    expect(diagnose.issues.every((i) => !('params' in i))).toBe(true);
  });
});

describe('human mode is unchanged', () => {
  it.each(CASES.filter((c) => c.human !== false).map((c) => [label(c), c] as const))(
    '%s: usage on standard error, nothing on standard output, exit 2',
    (_label, c) => {
      const result = run(c.argv, {});
      expect(result.exitCode).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^kubeadm-wizard: [^\n][\s\S]*\n\nUsage: kubeadm-wizard/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it.each([
    [['validate', config, '--bogus'], /^kubeadm-wizard: Unknown option '--bogus'\. /],
    [
      ['validate'],
      /^kubeadm-wizard: validate needs at least one file \(or - for standard input\)\n/,
    ],
    [['validate', missing], /^kubeadm-wizard: cannot read \S+missing\.yaml: no such file\n/],
    [['validate', dir], /^kubeadm-wizard: \S+ is a directory, not a file\n/],
    [['frobnicate'], /^kubeadm-wizard: unknown command "frobnicate"\n/],
    [['migrate', config], /^kubeadm-wizard: migrate needs --to v1beta4 or --to v1beta3\n/],
    [['diagnose', nodes, nodes], /^kubeadm-wizard: diagnose takes exactly one file: the output/],
    [[], /^kubeadm-wizard: no command given\n/],
    [
      ['migrate', config, '--to', 'v1beta4', '--out', dir],
      /^kubeadm-wizard: migrate does not take --out\n/,
    ],
    [
      ['generate', config, '--out', dir, '--pods', nodes],
      /^kubeadm-wizard: generate does not take --pods\n/,
    ],
  ])('keeps the English message of %j', (argv, message) => {
    expect(run(argv, {}).stderr).toMatch(message);
  });

  it('prints migrate’s YAML as before', () => {
    const migrated = run(['migrate', config, '--to', 'v1beta4'], {});
    expect(migrated.exitCode).toBe(0);
    expect(migrated.stdout).toContain('kind: ClusterConfiguration');
  });
});

describe('--json internal errors', () => {
  it('prints one object with an internal_error issue and exits 2, never a stack trace', () => {
    failure.error = new TypeError('plan.nodes is not iterable');
    for (const env of [{}, { LANG: 'zh_CN.UTF-8' }]) {
      const result = run(['validate', '--json', config], env);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toBe('');
      const report = parseOne(result.stdout);
      expect(report.valid).toBe(false);
      expect(report.issues).toEqual([
        {
          severity: 'error',
          code: 'internal_error',
          file: '',
          document: 0,
          path: '',
          message: formatIssue(
            makeIssue('internal_error', { path: '' }, { detail: 'plan.nodes is not iterable' }),
            'LANG' in env ? 'zh-CN' : 'en',
          ),
          params: { detail: 'plan.nodes is not iterable' },
        },
      ]);
      expect(result.stdout).not.toMatch(/\n\s+at /);
    }
  });

  it('reports a thrown non-Error value too', () => {
    failure.error = 'just a string';
    const report = parseOne(run(['validate', config, '--json'], {}).stdout);
    expect(report.issues[0]?.params).toEqual({ detail: 'just a string' });
  });

  it('keeps the human internal error as it was: one line on standard error, exit 1', () => {
    failure.error = new TypeError('plan.nodes is not iterable');
    expect(run(['validate', config], {})).toEqual({
      stdout: '',
      stderr: 'kubeadm-wizard: internal error: plan.nodes is not iterable\n',
      exitCode: 1,
    });
  });
});

describe('--json property', () => {
  const out = join(dir, 'out');
  const words = [
    'validate',
    'diagnose',
    'convert-dual-stack',
    'migrate',
    'generate',
    'help',
    '--help',
    'frobnicate',
    '',
  ];
  const tokens = [
    '--json',
    '--json=1',
    '--lang',
    'zh-CN',
    'en',
    'xx',
    '--lang=zh',
    '--kubernetes-version',
    'v1.35.0',
    'banana',
    '--to',
    'v1beta4',
    'v1beta2',
    '--out',
    '--config',
    '--nodes',
    '--pods',
    '--services',
    '--pod-subnet',
    'fd00:10:244::/56',
    '10.0.0.0/8',
    '--service-subnet',
    'fd00:10:96::/112',
    '--node-mask',
    '64',
    '--bogus',
    '-x',
    '--',
    config,
    nodes,
    missing,
    dir,
    underFile,
  ];
  // No "-" (standard input) and no option-looking junk: those come from the token list.
  const junk = fc.string({ maxLength: 12 }).filter((s) => s !== '-' && !s.startsWith('-'));
  const argvs = fc
    .tuple(
      fc.constantFrom(...words),
      fc.array(fc.oneof(fc.constantFrom(...tokens), junk), { maxLength: 8 }),
      fc.nat(),
    )
    .map(([command, rest, at]) => {
      // Whatever --out writes goes to the test's own directory.
      const args = rest.map((arg, i) => (rest[i - 1] === '--out' ? out : arg));
      args.splice(at % (args.length + 1), 0, '--json');
      return [command, ...args];
    });

  it('prints exactly one JSON object and exits 0, 1 or 2 for any argv with --json', () => {
    fc.assert(
      fc.property(argvs, (argv) => {
        const result = run(argv, {});
        expect([0, 1, 2]).toContain(result.exitCode);
        const report = parseOne(result.stdout);
        expect(typeof report.valid).toBe('boolean');
        expect(Array.isArray(report.issues)).toBe(true);
        if (result.exitCode === 2) expect(report.issues.map((i) => i.code)).toEqual(['usage']);
      }),
      { numRuns: 300 },
    );
  });
});

const BUILT_CLI = join(import.meta.dirname, '..', '..', 'dist-cli', 'kubeadm-wizard.mjs');

describe('the built CLI with --json', () => {
  it.skipIf(!existsSync(BUILT_CLI))(
    'writes one object to standard output and nothing else for a usage error',
    () => {
      const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8' };
      delete env.VITEST;
      for (const argv of [
        ['validate', '--json', '--bogus'],
        ['frobnicate', '--json'],
      ]) {
        const result = spawnSync(process.execPath, [BUILT_CLI, ...argv], { encoding: 'utf8', env });
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('');
        expect(parseOne(result.stdout).issues[0]?.code).toBe('usage');
      }
    },
  );
});
