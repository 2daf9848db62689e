import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDefaultPlan, hostPreparation, type StackMode } from '../domain/index.ts';

const FSTAB = [
  '# <file system> <mount point> <type> <options> <dump> <pass>',
  'UUID=1111 / ext4 errors=remount-ro 0 1',
  '/swap.img none swap sw 0 0',
  '#/old.swap none swap sw 0 0',
  '',
].join('\n');

let work: string;
let root: string;
let bin: string;
let calls: string;

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Fake modprobe, sysctl and swapoff that only log their arguments, so nothing touches the host. */
function stubCommands(): void {
  for (const name of ['modprobe', 'sysctl', 'swapoff']) {
    const path = join(bin, name);
    writeFileSync(path, `#!/bin/sh\necho "${name} $*" >> "$CALLS"\n`);
    chmodSync(path, 0o755);
  }
}

/** Every file under `dir` with its mode and content, by relative path. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, entry);
    const stat = statSync(path);
    if (stat.isFile()) {
      files[relative(dir, path)] = `${stat.mode.toString(8)}\n${readFileSync(path, 'utf8')}`;
    }
  }
  return files;
}

function runScript(stack: StackMode): string {
  const plan = createDefaultPlan();
  plan.networking.stack = stack;
  const script = join(work, 'prepare-host.sh');
  writeFileSync(script, hostPreparation(plan).script);
  return execFileSync('sh', [script], {
    encoding: 'utf8',
    env: { ...process.env, ROOT: root, CALLS: calls, PATH: `${bin}:${process.env.PATH ?? ''}` },
  });
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'host-script-'));
  root = join(work, 'root');
  bin = join(work, 'bin');
  calls = join(work, 'calls.log');
  mkdirSync(bin);
  stubCommands();
  write(join(root, 'etc/fstab'), FSTAB);
  write(join(root, 'proc/sys/net/ipv4/ip_forward'), '1\n');
  write(join(root, 'proc/sys/net/ipv6/conf/default/forwarding'), '0\n');
  write(join(root, 'proc/sys/net/bridge/bridge-nf-call-iptables'), '1\n');
  write(join(root, 'proc/swaps'), 'Filename Type Size Used Priority\n');
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('hostPreparation script under sh', () => {
  it('leaves the same file tree when run twice', () => {
    runScript('dual-ipv4-primary');
    const first = snapshot(root);
    runScript('dual-ipv4-primary');
    expect(snapshot(root)).toEqual(first);
    expect(Object.keys(first).sort()).toEqual([
      'etc/fstab',
      'etc/fstab.before-kubeadm',
      'etc/modules-load.d/k8s.conf',
      'etc/sysctl.d/99-kubernetes.conf',
      'proc/swaps',
      'proc/sys/net/bridge/bridge-nf-call-iptables',
      'proc/sys/net/ipv4/ip_forward',
      'proc/sys/net/ipv6/conf/default/forwarding',
    ]);
  });

  it('comments out the active swap entry once and keeps the original beside it', () => {
    runScript('ipv4');
    runScript('ipv4');
    const fstab = readFileSync(join(root, 'etc/fstab'), 'utf8');
    expect(fstab).toBe(FSTAB.replace('/swap.img', '#/swap.img'));
    expect(readFileSync(join(root, 'etc/fstab.before-kubeadm'), 'utf8')).toBe(FSTAB);
  });

  it('writes the sysctl file for the stack and applies it after loading the modules', () => {
    runScript('ipv6');
    expect(readFileSync(join(root, 'etc/sysctl.d/99-kubernetes.conf'), 'utf8')).toBe(
      [
        'net.ipv6.conf.all.forwarding = 1',
        'net.bridge.bridge-nf-call-iptables = 1',
        'net.bridge.bridge-nf-call-ip6tables = 1',
        '',
      ].join('\n'),
    );
    expect(readFileSync(calls, 'utf8')).toBe(
      'modprobe overlay\nmodprobe br_netfilter\nsysctl --system\nswapoff -a\n',
    );
  });

  it('prints what preflight will read, without failing on a wrong or missing value', () => {
    const output = runScript('dual-ipv6-primary');
    expect(output.split('\n')).toEqual([
      'FAIL /proc/sys/net/ipv6/conf/default/forwarding = 0 (want 1)',
      'ok /proc/sys/net/ipv4/ip_forward = 1 (want 1)',
      'FAIL /proc/sys/net/bridge/bridge-nf-call-ip6tables = missing (want 1)',
      'ok /proc/sys/net/bridge/bridge-nf-call-iptables = 1 (want 1)',
      'ok active swap devices = 0 (want 0; swap outside fstab, such as zram, needs its own change)',
      '',
    ]);
  });

  it('counts the swap devices still active', () => {
    write(join(root, 'proc/swaps'), 'Filename Type\n/swap.img file\n/dev/zram0 partition\n');
    expect(runScript('ipv4')).toContain('FAIL active swap devices = 2');
  });
});
