import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../plan/defaults.ts';
import type { StackMode } from '../plan/plan.ts';
import { hostPreparation } from './host.ts';

function prepare(stack: StackMode) {
  const plan = createDefaultPlan();
  plan.networking.stack = stack;
  return hostPreparation(plan);
}

const V4_FORWARD = 'net.ipv4.ip_forward';
const V6_FORWARD = 'net.ipv6.conf.all.forwarding';

/** The body of each `cat > path <<'EOF'` here-document in the script, by path. */
function writtenFiles(script: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const m of script.matchAll(/^cat > "([^"]+)" <<'EOF'\n([\s\S]*?)^EOF$/gmu)) {
    files.set(m[1] ?? '', m[2] ?? '');
  }
  return files;
}

describe('hostPreparation', () => {
  it('gives IPv4 forwarding only for an IPv4 cluster', () => {
    expect(prepare('ipv4').commands).toEqual([
      'sudo modprobe overlay',
      'sudo modprobe br_netfilter',
      'sudo sysctl -w net.ipv4.ip_forward=1',
      'sudo sysctl -w net.bridge.bridge-nf-call-iptables=1',
      'sudo sysctl -w net.bridge.bridge-nf-call-ip6tables=1',
      'sudo swapoff -a',
    ]);
  });

  it('gives IPv6 forwarding only for an IPv6 cluster', () => {
    const { commands } = prepare('ipv6');
    expect(commands).toContain('sudo sysctl -w net.ipv6.conf.all.forwarding=1');
    expect(commands.join('\n')).not.toContain(V4_FORWARD);
    expect(commands).toContain('sudo modprobe br_netfilter');
    expect(commands).toContain('sudo swapoff -a');
  });

  it.each<StackMode>(['dual-ipv4-primary', 'dual-ipv6-primary'])(
    'gives both forwarding settings for %s',
    (stack) => {
      const { commands } = prepare(stack);
      expect(commands).toContain(`sudo sysctl -w ${V4_FORWARD}=1`);
      expect(commands).toContain(`sudo sysctl -w ${V6_FORWARD}=1`);
    },
  );

  it('persists exactly the forwarding settings of the stack', () => {
    const sysctlFile = (stack: StackMode) =>
      writtenFiles(prepare(stack).script).get('$ROOT/etc/sysctl.d/99-kubernetes.conf') ?? '';
    const bridge =
      'net.bridge.bridge-nf-call-iptables = 1\nnet.bridge.bridge-nf-call-ip6tables = 1\n';
    expect(sysctlFile('ipv4')).toBe(`${V4_FORWARD} = 1\n${bridge}`);
    expect(sysctlFile('ipv6')).toBe(`${V6_FORWARD} = 1\n${bridge}`);
    expect(sysctlFile('dual-ipv6-primary')).toBe(`${V6_FORWARD} = 1\n${V4_FORWARD} = 1\n${bridge}`);
    expect(sysctlFile('dual-ipv4-primary')).toBe(`${V4_FORWARD} = 1\n${V6_FORWARD} = 1\n${bridge}`);
  });

  it('checks the forwarding files preflight reads for each family of the stack', () => {
    const v4 = prepare('ipv4').script;
    expect(v4).toContain('check /proc/sys/net/ipv4/ip_forward 1');
    expect(v4).not.toContain('/proc/sys/net/ipv6/conf/default/forwarding');
    const dual = prepare('dual-ipv4-primary').script;
    expect(dual).toContain('check /proc/sys/net/ipv6/conf/default/forwarding 1');
    expect(dual).toContain('check_swap');
  });

  it('starts as a strict POSIX sh script', () => {
    const lines = prepare('ipv4').script.split('\n');
    expect(lines[0]).toBe('#!/bin/sh');
    expect(lines).toContain('set -eu');
    expect(lines).toContain('ROOT=${ROOT:-}');
  });

  it('writes each file whole with a quoted here-document and never appends', () => {
    const { script } = prepare('dual-ipv4-primary');
    expect(script).not.toMatch(/>>/u);
    expect(script).not.toMatch(/\btee\b/u);
    expect([...writtenFiles(script).keys()]).toEqual([
      '$ROOT/etc/modules-load.d/k8s.conf',
      '$ROOT/etc/sysctl.d/99-kubernetes.conf',
    ]);
    expect(writtenFiles(script).get('$ROOT/etc/modules-load.d/k8s.conf')).toBe(
      'overlay\nbr_netfilter\n',
    );
  });

  it('prefixes every absolute path it touches with $ROOT', () => {
    const { script } = prepare('dual-ipv4-primary');
    const paths = [...script.matchAll(/(\S*)(\/(?:etc|proc)\/[\w./-]*)/gu)];
    expect(paths.length).toBeGreaterThan(5);
    for (const [, before, path] of paths) {
      // The check lines pass /proc paths that check() prefixes itself.
      const ok = before?.endsWith('$ROOT') || script.includes(`check ${path ?? ''} 1`);
      expect(ok, `${before ?? ''}${path ?? ''}`).toBe(true);
    }
  });
});
