import { flagsMixedWithConfig } from '../kubeadm/mixing.ts';
import type { ClusterPlan } from '../plan/plan.ts';
import { INIT_FILE_NAME, joinFileNames } from './files.ts';
import { hasControlPlaneJoins } from './nodes.ts';

/** Characters that no POSIX shell treats specially, so a word made only of them needs no quotes. */
const SHELL_SAFE = /^[A-Za-z0-9@%+=:,./_-]+$/;

/**
 * The value as one POSIX shell word: bare when it has only safe characters, else in single quotes
 * (each `'` written as `'\''`); the empty string becomes `''`.
 */
export function shellQuote(value: string): string {
  if (SHELL_SAFE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `--name=value` with the value shell-quoted. */
export function shellFlag(name: string, value: string): string {
  return `--${name}=${shellQuote(value)}`;
}

/**
 * The command for the init node: `kubeadm init --config kubeadm-config.yaml`, with
 * `--upload-certs` when more control-plane nodes join (the only extra flag kubeadm allows
 * next to --config that the plan needs, RULES §23).
 */
export function initCommand(plan: ClusterPlan): string {
  const upload = hasControlPlaneJoins(plan) ? ['--upload-certs'] : [];
  return withConfig('init', INIT_FILE_NAME, upload);
}

/**
 * `kubeadm <verb> --config <file> <flags>`; a RangeError when a flag is one kubeadm refuses next
 * to --config, so a command that kubeadm would reject can never be shown.
 */
function withConfig(verb: 'init' | 'join', file: string, flags: readonly string[]): string {
  const mixed = flagsMixedWithConfig(['--config', ...flags]);
  if (mixed.length > 0)
    throw new RangeError(`kubeadm ${verb} refuses --${mixed.join(', --')} with --config`);
  return ['kubeadm', verb, '--config', shellQuote(file), ...flags].join(' ');
}

/** The command for a joining node: `kubeadm join --config <its join file>`; RangeError if it has none. */
export function joinCommand(plan: ClusterPlan, nodeIndex: number): string {
  const name = joinFileNames(plan).get(nodeIndex);
  if (name === undefined) throw new RangeError(`node ${nodeIndex} has no join file`);
  return withConfig('join', name, []);
}
