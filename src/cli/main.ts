import { parseArgs } from 'node:util';
import {
  KUBEADM_API_VERSIONS,
  kubernetesMinor,
  LANGUAGES,
  makeIssue,
  parseLanguage,
  type Issue,
  type Language,
} from '../domain/index.ts';
import {
  runConvertDualStack,
  runDiagnose,
  runGenerate,
  runMigrate,
  runValidate,
  type CommandResult,
} from './commands.ts';
import { toJsonReport } from './output.ts';
import { USAGE, UsageError } from './usage.ts';

/** The environment variables the CLI reads: only the locale ones, for the default language. */
export type CliEnvironment = Readonly<Record<string, string | undefined>>;

/**
 * JSON mode: an argument `--json` (or `--json=…`) anywhere in argv — before or after the point
 * where the arguments go wrong, after `--`, with an unknown command. Then every outcome, usage
 * errors and internal errors included, is exactly one JSON object on standard output.
 */
function isJsonMode(argv: readonly string[]): boolean {
  return argv.some((arg) => arg === '--json' || arg.startsWith('--json='));
}

/** Runs one CLI invocation and returns what to print and the exit status; never throws. */
export function run(argv: readonly string[], env: CliEnvironment = process.env): CommandResult {
  const json = isJsonMode(argv);
  try {
    return dispatch(argv, env, json);
  } catch (error) {
    if (json) return jsonFailure(error, argv, env);
    if (error instanceof UsageError) {
      return { stdout: '', stderr: `kubeadm-wizard: ${error.message}\n\n${USAGE}\n`, exitCode: 2 };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { stdout: '', stderr: `kubeadm-wizard: internal error: ${message}\n`, exitCode: 1 };
  }
}

/**
 * A usage error or an unexpected error in JSON mode: the envelope of validate --json with
 * `valid: false` and one issue (`usage` or `internal_error`, with its params), exit status 2.
 */
function jsonFailure(error: unknown, argv: readonly string[], env: CliEnvironment): CommandResult {
  try {
    const [command] = argv;
    // The command a usage error is about, when it is one and the error did not name it.
    const params =
      error instanceof UsageError && command !== undefined && COMMANDS.has(command)
        ? { command, ...error.params }
        : error instanceof UsageError
          ? error.params
          : undefined;
    const issue: Issue =
      params !== undefined
        ? makeIssue(
            'usage',
            params.file === undefined ? { path: '' } : { file: params.file, path: '' },
            params,
          )
        : makeIssue(
            'internal_error',
            { path: '' },
            { detail: error instanceof Error ? error.message : String(error) },
          );
    const stdout = toJsonReport(false, [issue], guessLanguage(argv, env));
    return { stdout: `${stdout}\n`, stderr: '', exitCode: 2 };
  } catch {
    const stdout = JSON.stringify({ valid: false, issues: [FALLBACK_ISSUE] }, null, 2);
    return { stdout: `${stdout}\n`, stderr: '', exitCode: 2 };
  }
}

/** The last resort when even the error cannot be reported: English, no details. */
const FALLBACK_ISSUE = {
  severity: 'error',
  code: 'internal_error',
  file: '',
  document: 0,
  path: '',
  message:
    'Internal error. This is a bug in kubeadm-wizard; please report it with the command that was run.',
  params: { detail: '' },
};

/** The language for a usage error: a valid --lang wherever it stands, else the locale's. */
function guessLanguage(argv: readonly string[], env: CliEnvironment): Language {
  for (const [i, arg] of argv.entries()) {
    const value =
      arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    const language = value === undefined ? undefined : parseLanguage(value);
    if (language) return language;
  }
  return chooseLanguage(undefined, env);
}

/** Commands that print their result as JSON with --json; the others refuse it. */
const JSON_COMMANDS: ReadonlySet<string> = new Set(['validate', 'diagnose', 'convert-dual-stack']);

/** The options each command reads (besides --lang and --json); any other is refused, not ignored. */
const COMMAND_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  validate: ['kubernetes-version', 'nodes'],
  diagnose: ['config', 'pods', 'services'],
  'convert-dual-stack': ['pod-subnet', 'service-subnet', 'node-mask', 'out'],
  migrate: ['to'],
  generate: ['out'],
};
const COMMANDS: ReadonlySet<string> = new Set(Object.keys(COMMAND_OPTIONS));

/** A given option the command does not read, e.g. `validate --to v1beta4`. */
function refuseUnusedOptions(command: string, values: Record<string, unknown>): void {
  const takes = COMMAND_OPTIONS[command];
  if (!takes) return;
  const unused = Object.keys(values).find(
    (name) => name !== 'lang' && name !== 'json' && !takes.includes(name),
  );
  if (unused !== undefined)
    throw new UsageError(`${command} does not take --${unused}`, {
      reason: 'unsupported_option',
      command,
      option: `--${unused}`,
    });
}

function dispatch(argv: readonly string[], env: CliEnvironment, json: boolean): CommandResult {
  const [command, ...rest] = argv;
  // `kubeadm-wizard --json` alone names no command: JSON mode is on, and the command is missing.
  if (command === undefined || (json && isJsonMode([command])))
    throw new UsageError('no command given', { reason: 'no_command' });
  if (command === '--help' || command === '-h' || command === 'help') {
    if (json) {
      // No issues to word, so the language does not matter.
      const stdout = toJsonReport(true, [], 'en', { usage: USAGE });
      return { stdout: `${stdout}\n`, stderr: '', exitCode: 0 };
    }
    return { stdout: `${USAGE}\n`, stderr: '', exitCode: 0 };
  }
  const { values, positionals } = parseOptions(rest, command);
  const language = chooseLanguage(values.lang, env);
  if (json && COMMANDS.has(command) && !JSON_COMMANDS.has(command))
    throw new UsageError(`${command} does not take --json`, {
      reason: 'unsupported_option',
      command,
      option: '--json',
    });
  refuseUnusedOptions(command, values);
  const oneFile = (message: string): string => {
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError(message, { reason: 'no_files', command });
    const [value] = extra;
    if (value !== undefined)
      throw new UsageError(message, { reason: 'extra_argument', command, value });
    return file;
  };
  const missing = (message: string, option: string, expected?: string): never => {
    throw new UsageError(message, {
      reason: 'missing_option',
      command,
      option,
      ...(expected === undefined ? {} : { expected }),
    });
  };
  switch (command) {
    case 'validate': {
      const version = values['kubernetes-version'];
      if (typeof version === 'string' && kubernetesMinor(version) === undefined)
        throw new UsageError(
          `--kubernetes-version must be a Kubernetes 1.x version such as v1.35.0, not "${version}"`,
          {
            reason: 'bad_value',
            command,
            option: '--kubernetes-version',
            value: version,
            expected: 'v1.Y.Z',
          },
        );
      return runValidate(positionals, {
        json,
        language,
        ...(typeof values.nodes === 'string' ? { nodes: values.nodes } : {}),
        ...(typeof version === 'string' ? { kubernetesVersion: version } : {}),
      });
    }
    case 'diagnose': {
      const file = oneFile(
        'diagnose takes exactly one file: the output of kubectl get nodes -o json',
      );
      return runDiagnose(file, {
        json,
        language,
        ...(typeof values.config === 'string' ? { config: values.config } : {}),
        ...(typeof values.pods === 'string' ? { pods: values.pods } : {}),
        ...(typeof values.services === 'string' ? { services: values.services } : {}),
      });
    }
    case 'convert-dual-stack': {
      const file = oneFile('convert-dual-stack takes exactly one kubeadm config file');
      const pod = values['pod-subnet'];
      const service = values['service-subnet'];
      const both = 'convert-dual-stack needs --pod-subnet and --service-subnet';
      if (typeof pod !== 'string') return missing(both, '--pod-subnet');
      if (typeof service !== 'string') return missing(both, '--service-subnet');
      return runConvertDualStack(file, {
        request: {
          podSubnet: pod,
          serviceSubnet: service,
          ...(typeof values['node-mask'] === 'string' ? { nodeMask: values['node-mask'] } : {}),
        },
        json,
        language,
        ...(typeof values.out === 'string' ? { out: values.out } : {}),
      });
    }
    case 'migrate': {
      const file = oneFile('migrate takes exactly one file');
      if (typeof values.to !== 'string')
        return missing(
          `migrate needs ${KUBEADM_API_VERSIONS.map((v) => `--to ${v}`).join(' or ')}`,
          '--to',
          KUBEADM_API_VERSIONS.join(', '),
        );
      return runMigrate(file, values.to, language);
    }
    case 'generate': {
      const file = oneFile('generate takes exactly one plan file');
      if (typeof values.out !== 'string') return missing('generate needs --out DIR', '--out');
      return runGenerate(file, values.out, language);
    }
    default:
      throw new UsageError(`unknown command "${command}"`, { reason: 'unknown_command', command });
  }
}

/**
 * `--lang` when given (an unknown value is a usage error), else the locale that POSIX says governs
 * messages: the first set of LC_ALL, LC_MESSAGES and LANG; a locale in another language means English.
 */
function chooseLanguage(option: string | undefined, env: CliEnvironment): Language {
  if (option !== undefined) {
    const language = parseLanguage(option);
    if (language === undefined)
      throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}, not "${option}"`, {
        reason: 'bad_value',
        option: '--lang',
        value: option,
        expected: LANGUAGES.join(', '),
      });
    return language;
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value);
  return (locale === undefined ? undefined : parseLanguage(locale)) ?? 'en';
}

function parseOptions(args: readonly string[], command: string) {
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
        config: { type: 'string' },
        nodes: { type: 'string' },
        pods: { type: 'string' },
        services: { type: 'string' },
        'pod-subnet': { type: 'string' },
        'service-subnet': { type: 'string' },
        'node-mask': { type: 'string' },
        lang: { type: 'string' },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message, parseProblem(error, message, command));
  }
}

/** The `usage` parameters of an error from parseArgs, read from its code and message. */
function parseProblem(error: unknown, message: string, command: string): UsageError['params'] {
  const code = (error as { code?: unknown }).code;
  const option = /'(-[^'\s=]*)/.exec(message)?.[1];
  const at = { command, ...(option === undefined ? {} : { option }) };
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { reason: 'unknown_option', ...at };
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return {
      reason: /does not take an argument/.test(message) ? 'unexpected_value' : 'missing_value',
      ...at,
    };
  return { reason: 'bad_arguments', command, detail: message };
}

const isEntryPoint =
  typeof process !== 'undefined' && process.argv[1] !== undefined && !process.env.VITEST;
if (isEntryPoint) {
  const result = run(process.argv.slice(2));
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
