import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures.ts';

const NODES = [
  'cp-2,control-plane,192.168.10.12,fd00:192:168:10::12',
  'cp-3,control-plane,192.168.10.13,fd00:192:168:10::13',
  'worker-1,worker,192.168.10.21,fd00:192:168:10::21',
  'worker-2,worker,192.168.10.22,fd00:192:168:10::22',
  'worker-3,worker,192.168.10.23,fd00:192:168:10::23',
].join('\n');

test('a three-control-plane, three-worker dual-stack cluster downloads as a zip the CLI accepts', async ({
  wizard,
  page,
}) => {
  await wizard.fill('Control-plane endpoint', 'k8s-api.example.internal:6443');
  await wizard.next();
  await wizard.next();
  await wizard.next();

  await wizard.expectStep('Nodes');
  await page.getByText('Paste many nodes').click();
  await wizard.fill(
    'Node table (name, role, IPv4, IPv6 — CSV or whitespace-separated, one node per line)',
    NODES,
  );
  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('button', { name: 'Add 5 node(s)' }).click();
  await expect(page.getByText('5 joining node(s).')).toBeVisible();
  await wizard.next();

  await wizard.expectStep('Joining');
  await page.getByRole('button', { name: 'Generate a token' }).click();
  await wizard.fill('CA certificate hashes', `sha256:${'3f'.repeat(32)}`);
  await page.getByRole('button', { name: 'Generate a certificate key' }).click();
  await wizard.next();

  await wizard.expectStep('Review');
  await expect(
    page.getByRole('region', { name: 'Issues' }).getByRole('heading', { name: /^Errors/ }),
  ).toHaveCount(0);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download everything (.zip)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('kubeadm-cluster.zip');
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const entries = unzipSync(new Uint8Array(Buffer.concat(chunks)));

  const dir = mkdtempSync(join(tmpdir(), 'kw-zip-'));
  const names = Object.keys(entries).sort();
  expect(names).toEqual(
    expect.arrayContaining([
      'kubeadm-config.yaml',
      'join-cp-2.yaml',
      'join-cp-3.yaml',
      'join-worker-1.yaml',
      'join-worker-2.yaml',
      'join-worker-3.yaml',
      'prepare-host.sh',
      'commands.sh',
    ]),
  );
  const yamlFiles = names.filter((n) => /^(kubeadm-config|join-.*)\.yaml$/.test(n));
  for (const name of yamlFiles) writeFileSync(join(dir, name), entries[name] ?? new Uint8Array());
  const commands = new TextDecoder().decode(entries['commands.sh']);
  expect(commands).toContain('kubeadm init --config kubeadm-config.yaml --upload-certs');

  const output = execFileSync(
    'node',
    ['dist-cli/kubeadm-wizard.mjs', 'validate', '--json', ...yamlFiles.map((n) => join(dir, n))],
    {
      encoding: 'utf8',
    },
  );
  const report = JSON.parse(output) as {
    valid: boolean;
    issues: { severity: string; code: string }[];
  };
  expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(report.valid).toBe(true);
});
