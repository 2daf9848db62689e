// Facts of kubeadm's wire format that every layer above needs: which kinds are kubeadm's own, the
// API version an apiVersion names, where each kind keeps its extra args and which one wins.
import { KUBEADM_GROUP } from './documents.ts';
import type { Arg, DocumentKind, KubeadmApiVersion, KubeadmKind } from './documents.ts';

/** Where each kubeadm kind keeps lists of extra args (RULES §22: list in v1beta4, map in v1beta3). */
export const EXTRA_ARGS_PATHS: { readonly [K in KubeadmKind]: readonly string[] } = {
  ClusterConfiguration: [
    'apiServer.extraArgs',
    'controllerManager.extraArgs',
    'scheduler.extraArgs',
    'etcd.local.extraArgs',
  ],
  InitConfiguration: ['nodeRegistration.kubeletExtraArgs'],
  JoinConfiguration: ['nodeRegistration.kubeletExtraArgs'],
};

/** True for the kinds whose apiVersion is kubeadm's own (the others keep theirs). */
export function isKubeadmKind(kind: DocumentKind): kind is KubeadmKind {
  return kind in EXTRA_ARGS_PATHS;
}

/** The kubeadm API version an apiVersion string names; anything but v1beta3 counts as v1beta4. */
export function kubeadmVersionOf(apiVersion: string): KubeadmApiVersion {
  return apiVersion === `${KUBEADM_GROUP}/v1beta3` ? 'v1beta3' : 'v1beta4';
}

/** v1beta3's map form of an arg list: the last duplicate wins (RULES §22), values as strings. */
export function argsToMap(args: readonly Arg[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const arg of args) map[arg.name] = String(arg.value);
  return map;
}

/**
 * The last `name` entry of an extraArgs list, with its value as written: v1beta4 passes
 * duplicates in order, so the component's flag parser keeps the last one (RULES.md §22).
 */
export function lastArg(
  args: readonly Arg[] | undefined,
  name: string,
): { value: unknown } | undefined {
  if (!Array.isArray(args)) return undefined;
  let found: { value: unknown } | undefined;
  // Typed as Arg[], but read defensively: the decoder may hand over whatever the YAML held.
  for (const arg of args as readonly unknown[]) {
    if (typeof arg !== 'object' || arg === null) continue;
    const entry = arg as Partial<Record<keyof Arg, unknown>>;
    if (entry.name === name) found = { value: entry.value };
  }
  return found;
}

/** The last `name` entry's value when it is a string (see lastArg). */
export function lastArgValue(args: readonly Arg[] | undefined, name: string): string | undefined {
  const value = lastArg(args, name)?.value;
  return typeof value === 'string' ? value : undefined;
}
