import { parseArgs } from 'node:util';
import { LANGUAGES, parseLanguage, type Language } from '../domain/index.ts';
import {
  runConvertDualStack,
  runDiagnose,
  runGenerate,
  runMigrate,
  runValidate,
  type CommandResult,
} from './commands.ts';
import { USAGE, UsageError } from './usage.ts';

/** The environment variables the CLI reads: only the locale ones, for the default language. */
export type CliEnvironment = Readonly<Record<string, string | undefined>>;

/** Runs one CLI invocation and returns what to print and the exit status; never throws. */
export function run(argv: readonly string[], env: CliEnvironment = process.env): CommandResult {
  try {
    return dispatch(argv, env);
  } catch (error) {
    if (error instanceof UsageError) {
      return { stdout: '', stderr: `kubeadm-wizard: ${error.message}\n\n${USAGE}\n`, exitCode: 2 };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { stdout: '', stderr: `kubeadm-wizard: internal error: ${message}\n`, exitCode: 1 };
  }
}

function dispatch(argv: readonly string[], env: CliEnvironment): CommandResult {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('no command given');
  if (command === '--help' || command === '-h' || command === 'help') {
    return { stdout: `${USAGE}\n`, stderr: '', exitCode: 0 };
  }
  const { values, positionals } = parseOptions(rest);
  const language = chooseLanguage(values.lang, env);
  switch (command) {
    case 'validate':
      return runValidate(positionals, {
        json: values.json === true,
        language,
        ...(typeof values.nodes === 'string' ? { nodes: values.nodes } : {}),
        ...(typeof values['kubernetes-version'] === 'string'
          ? { kubernetesVersion: values['kubernetes-version'] }
          : {}),
      });
    case 'diagnose': {
      const [file, ...extra] = positionals;
      if (file === undefined || extra.length > 0)
        throw new UsageError(
          'diagnose takes exactly one file: the output of kubectl get nodes -o json',
        );
      return runDiagnose(file, {
        json: values.json === true,
        language,
        ...(typeof values.config === 'string' ? { config: values.config } : {}),
        ...(typeof values.pods === 'string' ? { pods: values.pods } : {}),
        ...(typeof values.services === 'string' ? { services: values.services } : {}),
      });
    }
    case 'convert-dual-stack': {
      const [file, ...extra] = positionals;
      if (file === undefined || extra.length > 0)
        throw new UsageError('convert-dual-stack takes exactly one kubeadm config file');
      const pod = values['pod-subnet'];
      const service = values['service-subnet'];
      if (typeof pod !== 'string' || typeof service !== 'string')
        throw new UsageError('convert-dual-stack needs --pod-subnet and --service-subnet');
      return runConvertDualStack(file, {
        request: {
          podSubnet: pod,
          serviceSubnet: service,
          ...(typeof values['node-mask'] === 'string' ? { nodeMask: values['node-mask'] } : {}),
        },
        json: values.json === true,
        language,
        ...(typeof values.out === 'string' ? { out: values.out } : {}),
      });
    }
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

/**
 * `--lang` when given (an unknown value is a usage error), else the locale that POSIX says governs
 * messages: the first set of LC_ALL, LC_MESSAGES and LANG; a locale in another language means English.
 */
function chooseLanguage(option: string | undefined, env: CliEnvironment): Language {
  if (option !== undefined) {
    const language = parseLanguage(option);
    if (language === undefined)
      throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}, not "${option}"`);
    return language;
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value);
  return (locale === undefined ? undefined : parseLanguage(locale)) ?? 'en';
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
