import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateConfigTexts } from '../domain/index.ts';
import { run } from './main.ts';

// Hostile inputs (SPEC §3 "Safe"): each is refused with the catalogue's message and exit 1, in
// bounded time. The time bound is a safety bound against runaway parsing, not a speed claim
// (speed claims come from `npm run bench`).
const TIME_BOUND_MS = 3000;

beforeEach(() => {
  vi.stubEnv('LC_ALL', '');
  vi.stubEnv('LC_MESSAGES', '');
  vi.stubEnv('LANG', 'C.UTF-8');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const ALIAS_BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefghi'.split('').map((name, i) => {
    const previous = 'abcdefghi'[i] ?? 'a';
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`;
  }),
].join('\n');

const TWENTY_MB_LINE = `clusterName: ${'x'.repeat(20 * 1024 * 1024)}\n`;

/** A block mapping nested `depth` levels deep, one space of indent per level. */
function blockNesting(depth: number): string {
  return Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' x\n';
}

/** Pseudo-random bytes (a fixed seed, so a failure reproduces) with NUL bytes among them. */
function binaryJunk(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = i % 97 === 0 ? 0 : state & 0xff;
  }
  return bytes;
}

const VALID_CONFIG = {
  apiVersion: 'kubeadm.k8s.io/v1beta4',
  kind: 'ClusterConfiguration',
  kubernetesVersion: 'v1.35.0',
  networking: {
    podSubnet: '10.244.0.0/16,fd00:10:244::/56',
    serviceSubnet: '10.96.0.0/16,fd00:10:96::/112',
  },
};

function utf16WithBom(text: string): Uint8Array {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

interface HostileCase {
  name: string;
  content: string | Uint8Array;
  /** The catalogue code the refusal carries. */
  code: string;
  /** Part of the catalogue's English message for that code. */
  message: RegExp;
}

const HOSTILE: HostileCase[] = [
  { name: 'alias bomb', content: ALIAS_BOMB, code: 'input_limit', message: /too many aliases/ },
  {
    name: '20 MB single line',
    content: TWENTY_MB_LINE,
    code: 'input_limit',
    message: /too large to read/,
  },
  {
    name: '10,000-deep flow nesting',
    content: `${'['.repeat(10000)}${']'.repeat(10000)}\n`,
    code: 'input_limit',
    message: /nested too deeply/,
  },
  {
    name: '10,000-deep compact block sequences',
    content: `${'- '.repeat(10000)}x\n`,
    code: 'input_limit',
    message: /nested too deeply/,
  },
  {
    name: '1,000-deep block mappings (under the size limit)',
    content: blockNesting(1000),
    code: 'input_limit',
    message: /nested too deeply/,
  },
  {
    // With two spaces of indent per level this is about 100 MB: the size limit refuses it first.
    name: '10,000-deep block mappings',
    content: Array.from({ length: 10000 }, (_, i) => `${'  '.repeat(i)}a:`).join('\n'),
    code: 'input_limit',
    message: /too large to read|nested too deeply/,
  },
  {
    name: 'binary junk with NUL bytes',
    content: binaryJunk(64 * 1024),
    code: 'file_encoding',
    message: /not text/,
  },
  {
    name: 'UTF-16 with a byte order mark',
    content: utf16WithBom(JSON.stringify(VALID_CONFIG)),
    code: 'file_encoding',
    message: /UTF-16 text; save it as UTF-8/,
  },
  {
    name: 'truncated JSON',
    content: JSON.stringify(VALID_CONFIG).slice(0, 90),
    code: 'yaml_syntax',
    message: /Not valid YAML/,
  },
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kw-hostile-'));
});
// The 20 MB files would pile up in the temporary folder run after run.
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function writeCase(name: string, content: string | Uint8Array): string {
  const path = join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.yaml`);
  writeFileSync(path, content);
  return path;
}

/** Runs the CLI in-process and measures how long it took. */
function timedRun(argv: string[]) {
  const started = performance.now();
  const result = run(argv);
  return { ...result, ms: performance.now() - started };
}

/** No stack trace, no internal error: what a user sees is the catalogue's words. */
function expectCleanOutput(text: string): void {
  expect(text).not.toMatch(/^\s+at /m);
  expect(text).not.toMatch(/internal error|RangeError|TypeError|ReferenceError|Maximum call stack/);
}

describe('validate', () => {
  it.each(HOSTILE)('refuses $name with exit 1 and the catalogue message', (c) => {
    const file = writeCase(c.name, c.content);
    const human = timedRun(['validate', file]);
    expect(human.exitCode).toBe(1);
    expect(human.stdout).toContain(`[${c.code}]`);
    expect(human.stdout).toMatch(c.message);
    expectCleanOutput(human.stdout + human.stderr);
    expect(human.ms).toBeLessThan(TIME_BOUND_MS);

    const json = timedRun(['validate', '--json', file]);
    expect(json.exitCode).toBe(1);
    const report = JSON.parse(json.stdout) as {
      valid: boolean;
      issues: { code: string; message: string }[];
    };
    expect(report.valid).toBe(false);
    expect(report.issues.find((i) => i.code === c.code)?.message).toMatch(c.message);
    expect(json.ms).toBeLessThan(TIME_BOUND_MS);
  });

  it('accepts a valid config written as JSON, which is YAML', () => {
    const file = writeCase('valid-json', JSON.stringify(VALID_CONFIG, null, 2));
    const result = timedRun(['validate', file]);
    expect(result.stdout).not.toContain('error [');
    expect(result.exitCode).toBe(0);
  });
});

describe('migrate', () => {
  it.each(HOSTILE)('refuses $name with exit 1 and the catalogue message', (c) => {
    const file = writeCase(c.name, c.content);
    const result = timedRun(['migrate', '--to', 'v1beta3', file]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`[${c.code}]`);
    expect(result.stderr).toMatch(c.message);
    expectCleanOutput(result.stderr);
    expect(result.ms).toBeLessThan(TIME_BOUND_MS);
  });

  it('converts a valid config written as JSON', () => {
    const file = writeCase('valid-json', JSON.stringify(VALID_CONFIG));
    const result = timedRun(['migrate', '--to', 'v1beta3', file]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('apiVersion: kubeadm.k8s.io/v1beta3');
  });
});

describe('generate', () => {
  it.each(HOSTILE)('refuses $name as a plan file with exit 1 and a clear message', (c) => {
    const file = writeCase(c.name, c.content);
    const result = timedRun(['generate', file, '--out', join(dir, 'out')]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/error \[[a-z_]+\]/);
    expectCleanOutput(result.stderr);
    expect(result.ms).toBeLessThan(TIME_BOUND_MS);
  });
});

describe('validateConfigTexts (the import UI’s path: text a browser already decoded)', () => {
  it('refuses binary junk decoded as text as a file that is not text', () => {
    const text = new TextDecoder().decode(binaryJunk(4096));
    const { valid, issues } = validateConfigTexts([{ name: 'junk.yaml', text }]);
    expect(valid).toBe(false);
    expect(issues.map((i) => [i.code, i.params])).toEqual([
      ['file_encoding', { encoding: 'binary' }],
    ]);
  });

  it('refuses UTF-16 decoded as UTF-8 as UTF-16 text', () => {
    const text = new TextDecoder().decode(utf16WithBom(JSON.stringify(VALID_CONFIG)));
    const { issues } = validateConfigTexts([{ name: 'utf16.yaml', text }]);
    expect(issues.map((i) => [i.code, i.params])).toEqual([
      ['file_encoding', { encoding: 'utf-16' }],
    ]);
  });
});

const BUILT_CLI = join(import.meta.dirname, '..', '..', 'dist-cli', 'kubeadm-wizard.mjs');

/** Runs the built CLI in a child Node with a 256 MB heap; VITEST unset, or it would not run. */
function runBuilt(args: string[], input?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  delete env.VITEST;
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--max-old-space-size=256', BUILT_CLI, ...args], {
    encoding: 'utf8',
    env,
    ...(input === undefined ? {} : { input }),
  });
  return { ...result, ms: performance.now() - started };
}

describe('the built CLI', () => {
  it.skipIf(!existsSync(BUILT_CLI))(
    'refuses a 20 MB single line, as a file and on standard input, within 256 MB of heap',
    () => {
      const file = writeCase('built-20mb', TWENTY_MB_LINE);
      for (const result of [
        runBuilt(['validate', file]),
        runBuilt(['validate', '-'], TWENTY_MB_LINE),
      ]) {
        // The CLI stops reading standard input after the limit, so the writer may see EPIPE.
        expect([undefined, 'EPIPE']).toContain((result.error as NodeJS.ErrnoException)?.code);
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(/\[input_limit\]\n {2}The file is too large to read/);
        expectCleanOutput(result.stdout + result.stderr);
        expect(result.ms).toBeLessThan(TIME_BOUND_MS * 2);
      }
    },
    30_000,
  );
});
