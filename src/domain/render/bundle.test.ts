import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../plan/defaults.ts';
import type { ClusterPlan } from '../plan/plan.ts';
import { caCertHashCommand } from '../plan/secrets.ts';
import { docsDualStackPlan, haPlan, ipv4OnlyPlan, ipv6OnlyPlan } from './__fixtures__/plans.ts';
import { afterInstallChecks } from './afterInstall.ts';
import { bundleFiles, zipBundle, type BundleFile } from './bundle.ts';
import { cniFiles } from './cni.ts';
import { initCommand, joinCommand } from './commands.ts';
import { renderPlanFiles } from './files.ts';
import { hostPreparation } from './host.ts';

function textOf(files: readonly BundleFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in the bundle`);
  return file.text;
}

/** Each entry's Unix mode, read from the zip's central directory (APPNOTE 4.3.12). */
function zipModes(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const modes = new Map<string, number>();
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = strFromU8(zip.subarray(at + 46, at + 46 + nameLength));
    modes.set(name, (view.getUint32(at + 38, true) >>> 16) & 0o7777);
  }
  return modes;
}

describe('bundleFiles', () => {
  it('holds every file of a 3 control-plane + 3 worker plan', () => {
    expect(bundleFiles(haPlan()).map((f) => f.path)).toEqual([
      'kubeadm-config.yaml',
      'join-cp-2.yaml',
      'join-cp-3.yaml',
      'join-worker-1.yaml',
      'join-worker-2.yaml',
      'join-worker-3.yaml',
      'prepare-host.sh',
      'commands.sh',
      'README.txt',
      'cni/calico-ippools.yaml',
      'cni/cilium-values.yaml',
      'cni/flannel-net-conf.json',
    ]);
  });

  it('carries the texts the render functions make, and marks only the scripts executable', () => {
    for (const plan of [haPlan(), ipv6OnlyPlan(), ipv4OnlyPlan()]) {
      const files = bundleFiles(plan);
      for (const rendered of renderPlanFiles(plan)) {
        expect(textOf(files, rendered.name)).toBe(rendered.text);
      }
      expect(textOf(files, 'prepare-host.sh')).toBe(hostPreparation(plan).script);
      for (const cni of cniFiles(plan)) expect(textOf(files, cni.path)).toBe(cni.text);
      expect(files.filter((f) => f.executable).map((f) => f.path)).toEqual([
        'prepare-host.sh',
        'commands.sh',
      ]);
    }
  });
});

describe('commands.sh', () => {
  const script = (plan: ClusterPlan) => textOf(bundleFiles(plan), 'commands.sh');

  it('uses --upload-certs exactly when control-plane nodes join', () => {
    expect(script(haPlan())).toContain('--upload-certs');
    expect(script(ipv4OnlyPlan())).not.toContain('--upload-certs');
    expect(script(docsDualStackPlan())).not.toContain('--upload-certs');
  });

  it('runs nothing unless a step is named, and lists the steps in order', () => {
    const text = script(haPlan());
    expect(text.startsWith('#!/bin/sh\n')).toBe(true);
    // Outside the case statement there is only set-up; every command sits in a named branch.
    const outside = text.slice(0, text.indexOf('case "${1:-}" in'));
    expect(outside.split('\n').filter((l) => l !== '' && !l.startsWith('#'))).toEqual([
      'set -eu',
      'cd "$(dirname "$0")"',
    ]);
    const start = text.lastIndexOf('Steps, in order');
    const usage = text.slice(start, text.indexOf('\nEOF', start));
    const steps = [...usage.matchAll(/^ {2}(\S+) /gm)].map((m) => m[1]);
    expect(steps).toEqual([
      'prepare-host',
      'init',
      'ca-hash',
      'cni',
      'join-cp-2',
      'join-cp-3',
      'join-worker-1',
      'join-worker-2',
      'join-worker-3',
      'checks',
    ]);
  });

  it('holds the init, CA hash, join and after-install commands, each join under a comment naming its node', () => {
    const plan = haPlan();
    const text = script(plan);
    expect(text).toContain(`init)\n  ${initCommand(plan)}\n`);
    expect(text).toContain(caCertHashCommand());
    plan.nodes.forEach((node, i) => {
      if (i === 0) return;
      const role = node.role === 'control-plane' ? 'Control-plane' : 'Worker';
      expect(text).toContain(`# ${role} node: ${node.name} (join-${node.name}.yaml).\n`);
      expect(text).toContain(`join-${node.name})\n  ${joinCommand(plan, i)}\n`);
    });
    for (const command of afterInstallChecks(plan)) expect(text).toContain(command);
    expect(text).toContain('cni/calico-ippools.yaml');
  });

  it('names a node with an unusual name by its number, never by the name', () => {
    const plan = createDefaultPlan();
    plan.nodes.push({ ...plan.nodes[0]!, name: 'w $(reboot)\nexit', role: 'worker' });
    const text = script(plan);
    expect(text).not.toContain('$(reboot)');
    expect(text).not.toMatch(/^exit/m);
    expect(text).toContain('# Worker node: node 2 (join-w-reboot-exit.yaml).');
  });
});

describe('README.txt', () => {
  const readme = (plan: ClusterPlan) => textOf(bundleFiles(plan), 'README.txt');

  it('says which file goes to which node and the order of operations', () => {
    const text = readme(haPlan());
    expect(text).toContain(
      'cp-1 (first control-plane node, runs kubeadm init): kubeadm-config.yaml',
    );
    expect(text).toContain('worker-3 (worker): join-worker-3.yaml');
    expect(text).toContain('kubeadm init --config kubeadm-config.yaml --upload-certs');
    expect(text).toContain('worker-1: kubeadm join --config join-worker-1.yaml');
    expect(text.indexOf('prepare-host.sh')).toBeLessThan(text.indexOf('kubeadm init'));
    expect(text.indexOf('kubeadm init')).toBeLessThan(text.indexOf('kubeadm join'));
  });

  it("gives the token's TTL and the two-hour life of the uploaded certificates", () => {
    const text = readme(haPlan());
    expect(text).toContain('The bootstrap token expires 2h after kubeadm init.');
    expect(text).toContain('deleted after 2 hours');
    expect(text).toContain('kubeadm init phase upload-certs --upload-certs');
    expect(readme(ipv4OnlyPlan())).toContain('expires 24h after kubeadm init');
    expect(readme(ipv4OnlyPlan())).not.toContain('upload-certs');
  });

  it('says what to fill in when the plan leaves secrets to kubeadm', () => {
    const plan = haPlan();
    plan.discovery.token = '';
    plan.discovery.tokenTtl = '0';
    plan.discovery.certificateKey = '';
    plan.discovery.caCertHashes = [];
    const text = readme(plan);
    expect(text).toContain('never expires');
    expect(text).toContain('The plan has no bootstrap token');
    expect(text).toContain('The plan has no CA certificate hash');
    expect(text).toContain('The plan has no certificate key');
  });
});

describe('zipBundle', () => {
  const files = bundleFiles(haPlan());

  it('unzips to the same paths and texts', () => {
    const entries = unzipSync(zipBundle(files));
    expect(Object.keys(entries)).toEqual(files.map((f) => f.path));
    for (const file of files) expect(strFromU8(entries[file.path]!)).toBe(file.text);
  });

  it('stores the scripts with mode 0755 and the other files with 0644', () => {
    const modes = zipModes(zipBundle(files));
    expect(modes.size).toBe(files.length);
    for (const file of files) expect(modes.get(file.path)).toBe(file.executable ? 0o755 : 0o644);
  });

  it('gives the same bytes for the same files and date, and other bytes for another date', () => {
    const date = new Date(2026, 4, 17, 12, 30);
    expect(zipBundle(files, date)).toEqual(zipBundle(bundleFiles(haPlan()), date));
    expect(zipBundle(files)).toEqual(zipBundle(files));
    expect(zipBundle(files, date)).not.toEqual(zipBundle(files));
  });
});
