import { parseArgs } from 'node:util';
import type { Language } from '../domain/index.ts';
import { runGenerate, runMigrate, runValidate, type CommandResult } from './commands.ts';
import { USAGE, UsageError } from './usage.ts';

/** Runs one CLI invocation and returns what to print and the exit status; never throws. */
export function run(argv: readonly string[]): CommandResult {
  try {
    return dispatch(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      return { stdout: '', stderr: `kubeadm-wizard: ${error.message}\n\n${USAGE}\n`, exitCode: 2 };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { stdout: '', stderr: `kubeadm-wizard: internal error: ${message}\n`, exitCode: 1 };
  }
}

function dispatch(argv: readonly string[]): CommandResult {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('no command given');
  if (command === '--help' || command === '-h' || command === 'help') {
    return { stdout: `${USAGE}\n`, stderr: '', exitCode: 0 };
  }
  const { values, positionals } = parseOptions(rest);
  if (values.lang !== undefined && values.lang !== 'en') {
    throw new UsageError(`--lang must be en, not "${values.lang}"`);
  }
  const language: Language = 'en';
  switch (command) {
    case 'validate':
      return runValidate(positionals, {
        json: values.json === true,
        language,
        ...(typeof values['kubernetes-version'] === 'string'
          ? { kubernetesVersion: values['kubernetes-version'] }
          : {}),
      });
    case 'migrate': {
      const [file, ...extra] = positionals;
      if (file === undefined || extra.length > 0)
        throw new UsageError('migrate takes exactly one file');
      if (typeof values.to !== 'string')
        throw new UsageError('migrate needs --to v1beta4 or --to v1beta3');
      return runMigrate(file, values.to, language);
    }
    case 'generate': {
      const [file, ...extra] = positionals;
      if (file === undefined || extra.length > 0)
        throw new UsageError('generate takes exactly one plan file');
      if (typeof values.out !== 'string') throw new UsageError('generate needs --out DIR');
      return runGenerate(file, values.out, language);
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function parseOptions(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        'kubernetes-version': { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

const isEntryPoint =
  typeof process !== 'undefined' && process.argv[1] !== undefined && !process.env.VITEST;
if (isEntryPoint) {
  const result = run(process.argv.slice(2));
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
