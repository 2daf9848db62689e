/**
 * kubeadm's rule for flags next to `--config` (ValidateMixedArguments, RULES §23): with a config
 * file, only these flags, and any `--skip-*` flag, may be given; any other fails with `can not mix
 * '--config' with arguments [...]`.
 */
export const FLAGS_ALLOWED_WITH_CONFIG: readonly string[] = [
  'config',
  'ignore-preflight-errors',
  'dry-run',
  'kubeconfig',
  'kubeconfig-dir',
  'node-name',
  'upload-certs',
  'print-join-command',
  'rootfs',
  'v',
  'log-file',
  'yes',
];

/** A command-line argument's flag name (`--upload-certs=true` → `upload-certs`); undefined for a positional. */
function flagName(arg: string): string | undefined {
  if (!arg.startsWith('-') || arg === '-' || arg === '--') return undefined;
  const name = arg.replace(/^--?/, '');
  const equals = name.indexOf('=');
  return equals < 0 ? name : name.slice(0, equals);
}

/**
 * The flags of a kubeadm init/join argument list that kubeadm refuses next to `--config`, in
 * order; empty when there is no `--config` or nothing conflicts.
 */
export function flagsMixedWithConfig(args: readonly string[]): string[] {
  const names = args.map(flagName).filter((name): name is string => name !== undefined);
  if (!names.includes('config')) return [];
  return names.filter(
    (name) => !FLAGS_ALLOWED_WITH_CONFIG.includes(name) && !name.startsWith('skip-'),
  );
}
