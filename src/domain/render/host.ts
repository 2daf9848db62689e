import type { IpFamily } from '../net/types.ts';
import { stackFamilies } from '../plan/plan.ts';
import type { ClusterPlan } from '../plan/plan.ts';

/** What every node needs before kubeadm runs: one-off commands, and a script that makes them last. */
export interface HostPreparation {
  /** Lines to paste once; they last until the next reboot. */
  commands: string[];
  /** An idempotent POSIX sh script that persists the same settings and prints what preflight reads. */
  script: string;
}

/** Kernel modules for the container runtime (overlay) and for bridged pod traffic (br_netfilter). */
const MODULES = ['overlay', 'br_netfilter'] as const;

const FORWARDING: Record<IpFamily, string> = {
  ipv4: 'net.ipv4.ip_forward',
  // Writing conf.all also sets conf.default, the file kubeadm's preflight reads for IPv6.
  ipv6: 'net.ipv6.conf.all.forwarding',
};

/** The /proc file kubeadm's preflight FileContentCheck reads for each family. */
const PREFLIGHT_FORWARDING: Record<IpFamily, string> = {
  ipv4: '/proc/sys/net/ipv4/ip_forward',
  ipv6: '/proc/sys/net/ipv6/conf/default/forwarding',
};

/** Needs br_netfilter loaded; bridged pod traffic must pass iptables/ip6tables for kube-proxy. */
const BRIDGE_SETTINGS = [
  'net.bridge.bridge-nf-call-iptables',
  'net.bridge.bridge-nf-call-ip6tables',
] as const;

const BRIDGE_CHECK: Record<IpFamily, string> = {
  ipv4: '/proc/sys/net/bridge/bridge-nf-call-iptables',
  ipv6: '/proc/sys/net/bridge/bridge-nf-call-ip6tables',
};

const STACK_LABEL: Record<IpFamily, string> = { ipv4: 'IPv4', ipv6: 'IPv6' };

/**
 * The host preparation every node of the plan needs: modules, forwarding for each family of the
 * stack, bridge netfilter and swap off, as one-off commands and as a re-runnable script.
 */
export function hostPreparation(plan: ClusterPlan): HostPreparation {
  const families = stackFamilies(plan.networking.stack);
  const settings = [...families.map((f) => FORWARDING[f]), ...BRIDGE_SETTINGS];
  const commands = [
    ...MODULES.map((m) => `sudo modprobe ${m}`),
    ...settings.map((s) => `sudo sysctl -w ${s}=1`),
    'sudo swapoff -a',
  ];
  return { commands, script: hostScript(families, settings) };
}

function hostScript(families: readonly IpFamily[], settings: readonly string[]): string {
  const stack = families.map((f) => STACK_LABEL[f]).join(' + ');
  const checks = [
    ...families.map((f) => PREFLIGHT_FORWARDING[f]),
    ...families.map((f) => BRIDGE_CHECK[f]),
  ];
  return [
    '#!/bin/sh',
    `# Host preparation for kubeadm (${stack}). Run as root on every node before kubeadm init or join.`,
    '# Safe to re-run: each file is written whole, so a second run changes nothing.',
    'set -eu',
    '',
    '# ROOT lets the script be tried against a copy of the file system; leave it unset on a node.',
    'ROOT=${ROOT:-}',
    '',
    'mkdir -p "$ROOT/etc/modules-load.d" "$ROOT/etc/sysctl.d"',
    ...heredoc('$ROOT/etc/modules-load.d/k8s.conf', MODULES),
    ...heredoc(
      '$ROOT/etc/sysctl.d/99-kubernetes.conf',
      settings.map((s) => `${s} = 1`),
    ),
    '',
    '# br_netfilter first: the net.bridge settings exist only once it is loaded.',
    ...MODULES.map((m) => `modprobe ${m}`),
    'sysctl --system >/dev/null',
    '',
    ...SWAP_OFF,
    '',
    ...CHECK_FUNCTIONS,
    ...checks.map((path) => `check ${path} 1`),
    'check_swap',
    '',
  ].join('\n');
}

/** `cat > path` with a quoted here-document: the whole file every time, no expansion inside. */
function heredoc(path: string, lines: readonly string[]): string[] {
  return ['', `cat > "${path}" <<'EOF'`, ...lines, 'EOF'];
}

/** An fstab line that is not a comment and whose type field is swap (awk pattern). */
const SWAP_ENTRY = '$1 !~ /^#/ && $3 == "swap"';

const SWAP_OFF = [
  '# The kubelet refuses to start with swap on unless configured for it, and preflight checks it.',
  'swapoff -a',
  '# Comment out swap entries in fstab so swap stays off after a reboot; rewritten only while one is active.',
  'fstab="$ROOT/etc/fstab"',
  `if [ -f "$fstab" ] && awk '${SWAP_ENTRY} { found = 1 } END { exit !found }' "$fstab"; then`,
  '  cp -p "$fstab" "$fstab.before-kubeadm"',
  `  awk '${SWAP_ENTRY} { print "#" $0; next } { print }' "$fstab.before-kubeadm" > "$fstab"`,
  'fi',
] as const;

const CHECK_FUNCTIONS = [
  '# Read-only checks: the values kubeadm preflight will find.',
  'check() {',
  '  if [ -r "$ROOT$1" ]; then value=$(cat "$ROOT$1"); else value=missing; fi',
  '  if [ "$value" = "$2" ]; then state=ok; else state=FAIL; fi',
  `  printf '%s %s = %s (want %s)\\n' "$state" "$1" "$value" "$2"`,
  '}',
  'check_swap() {',
  `  if [ -r "$ROOT/proc/swaps" ]; then active=$(awk 'NR > 1' "$ROOT/proc/swaps" | wc -l | tr -d ' '); else active=unknown; fi`,
  '  if [ "$active" = 0 ]; then state=ok; else state=FAIL; fi',
  `  printf '%s active swap devices = %s (want 0; swap outside fstab, such as zram, needs its own change)\\n' "$state" "$active"`,
  '}',
] as const;
