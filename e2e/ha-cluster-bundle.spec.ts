import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures.ts';
import { countedHeading } from './wizardPage.ts';

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
  t,
}) => {
  await wizard.fill(t.cluster.controlPlaneEndpoint, 'k8s-api.example.internal:6443');
  await wizard.next();
  await wizard.next();
  await wizard.next();

  await wizard.expectStep('nodes');
  await page.getByText(t.nodes.pasteTitle).click();
  await wizard.fill(t.nodes.pasteLabel, NODES);
  await page.getByRole('button', { name: t.nodes.pasteCheck }).click();
  await page.getByRole('button', { name: t.nodes.pasteAdd(5) }).click();
  await expect(page.getByText(t.nodes.count(5))).toBeVisible();
  await wizard.next();

  await wizard.expectStep('discovery');
  await page.getByRole('button', { name: t.discovery.generateToken }).click();
  await wizard.fill(t.discovery.caCertHashes, `sha256:${'3f'.repeat(32)}`);
  await page.getByRole('button', { name: t.discovery.generateKey }).click();
  await wizard.next();

  await wizard.expectStep('review');
  await expect(
    wizard.reviewIssues().getByRole('heading', { name: countedHeading(t.issues.errors) }),
  ).toHaveCount(0);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: t.review.downloadAll }).click();
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
