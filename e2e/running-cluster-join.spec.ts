import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  formatIssue,
  planRunningJoins,
  readRunningCluster,
  type Issue,
  type NewNode,
} from '../src/domain/index.ts';
import { expectAccessible } from './axe.ts';
import { clusterFixture } from './clusterFixtures.ts';
import { expect, test } from './fixtures.ts';
import type { WizardPage } from './wizardPage.ts';

// A dual-stack cluster's kubeadm-config ConfigMap and `kubectl get nodes -o json` (cp-1, w-1, w-2).
const CONFIG_MAP = clusterFixture('kubeadm-config-configmap.yaml');
const NODES = clusterFixture('nodes.json');
const TOKEN = 'q8w2e4.r6t8y0u2i4o6p8a0';
const HASH = `sha256:${'7c'.repeat(32)}`;

const WORKERS = [
  { name: 'w-3', ipv4: '192.168.10.23', ipv6: 'fd00:192:168:10::23' },
  { name: 'w-4', ipv4: '192.168.10.24', ipv6: 'fd00:192:168:10::24' },
];

/** The domain's first issue with this code, which the test requires to exist. */
function issueOf(issues: readonly Issue[], code: Issue['code']): Issue {
  const issue = issues.find((i) => i.code === code);
  if (!issue) throw new Error(`the domain reports no ${code}`);
  return issue;
}

const REUSED = { name: 'w-3', ipv4: '192.168.10.21', ipv6: 'fd00:192:168:10::23' };
const CONFIG = { name: 'kubeadm-config.yaml', text: CONFIG_MAP };
const REUSED_NODE: NewNode = { ...REUSED, role: 'worker', advertiseAddress: '', bindPort: '' };
/** What the domain says of a worker that takes w-1's IPv4 address. */
const DUPLICATE = issueOf(
  planRunningJoins(
    readRunningCluster(CONFIG, { name: 'nodes.json', text: NODES }),
    CONFIG,
    [REUSED_NODE],
    { apiServerEndpoint: '192.168.10.11:6443', token: TOKEN, caCertHash: HASH, certificateKey: '' },
  ).issues,
  'duplicate_node_ip',
);
/** What the domain says of the nodes pasted where the ConfigMap goes. */
const WRONG = issueOf(readRunningCluster({ ...CONFIG, text: NODES }).issues, 'wrong_object');

async function fillDiscovery(wizard: WizardPage, t: WizardPage['t']) {
  const panel = wizard.runningPanel();
  await panel.getByLabel(t.running.endpoint, { exact: true }).fill('192.168.10.11:6443');
  await panel.getByLabel(t.running.token, { exact: true }).fill(TOKEN);
  await panel.getByLabel(t.running.caCertHash, { exact: true }).fill(HASH);
}

test('two workers join a running dual-stack cluster with join files the CLI accepts', async ({
  wizard,
  page,
  t,
}) => {
  await wizard.readRunningCluster(CONFIG_MAP, NODES);
  const panel = wizard.runningPanel();
  await expect(panel.getByRole('status').first()).toHaveText(t.running.read(3));

  // The cluster's networking is shown, not offered for editing.
  const summary = panel.getByRole('region', { name: t.running.summary });
  await expect(summary.getByRole('definition').filter({ hasText: 'fd00:10:244::/56' })).toHaveCount(
    1,
  );
  await expect(summary.getByRole('textbox')).toHaveCount(0);
  await expect(summary.getByRole('table', { name: t.running.runningNodes })).toContainText('w-2');

  for (const [i, worker] of WORKERS.entries()) await wizard.addRunningNode(i + 1, worker);
  await fillDiscovery(wizard, t);
  await expect(panel.getByText(t.running.clean(2))).toBeVisible();
  await expect(
    panel.getByRole('region', { name: t.running.secretTitle['join-command'] }),
  ).toHaveText('kubeadm token create --print-join-command');

  const dir = mkdtempSync(join(tmpdir(), 'kw-running-'));
  const saved: string[] = [];
  for (const worker of WORKERS) {
    const name = `join-${worker.name}.yaml`;
    await expect(panel.getByRole('region', { name: t.running.joinCommand(name) })).toHaveText(
      `kubeadm join --config ${name}`,
    );
    const downloadPromise = page.waitForEvent('download');
    await panel.getByRole('button', { name: t.preview.download(name), exact: true }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(name);
    const path = join(dir, name);
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('kind: JoinConfiguration');
    expect(text).toContain(`value: ${worker.ipv4},${worker.ipv6}`);
    saved.push(path);
  }
  writeFileSync(join(dir, 'kubeadm-config.yaml'), CONFIG_MAP);
  writeFileSync(join(dir, 'nodes.json'), NODES);

  const output = execFileSync(
    'node',
    [
      'dist-cli/kubeadm-wizard.mjs',
      'validate',
      '--json',
      '--nodes',
      join(dir, 'nodes.json'),
      join(dir, 'kubeadm-config.yaml'),
      ...saved,
    ],
    { encoding: 'utf8' },
  );
  // execFileSync throws on a non-zero exit status, so reaching here means exit 0.
  const report = JSON.parse(output) as { valid: boolean; issues: { severity: string }[] };
  expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(report.valid).toBe(true);
});

test('a new worker that reuses a running node IP is refused on its own row', async ({
  wizard,
  language,
  t,
}) => {
  await wizard.readRunningCluster(CONFIG_MAP, NODES);
  const group = await wizard.addRunningNode(1, REUSED);
  await fillDiscovery(wizard, t);

  await expect(
    group.getByRole('listitem').filter({ hasText: formatIssue(DUPLICATE, language) }),
  ).toHaveCount(1);
  await expect(group.getByLabel(t.nodes.ip('IPv4'), { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(wizard.runningPanel().getByText(t.running.withErrors(1))).toBeVisible();
});

test('a paste that is not the ConfigMap is named for what it is, and Close returns focus', async ({
  wizard,
  page,
  language,
  t,
}) => {
  await wizard.readRunningCluster(NODES);
  const panel = wizard.runningPanel();
  await expect(panel.getByText(formatIssue(WRONG, language))).toBeVisible();
  await expect(panel.getByRole('status').first()).toHaveText(t.running.unreadable);
  await expect(panel.getByRole('button', { name: t.running.add })).toHaveCount(0);
  await panel.getByRole('button', { name: t.running.close, exact: true }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: t.plan.running })).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the panel with its join files passes axe (WCAG 2.1 A/AA) in the ${colorScheme} scheme`, async ({
    wizard,
    page,
    t,
  }) => {
    await page.emulateMedia({ colorScheme });
    await wizard.readRunningCluster(CONFIG_MAP, NODES);
    await wizard.addRunningNode(1, { name: 'w-3', ipv4: '192.168.10.21', ipv6: '' });
    await fillDiscovery(wizard, t);
    await expect(wizard.runningPanel().getByText(t.running.withErrors(1))).toBeVisible();
    await expectAccessible(page, `the running-cluster panel (${colorScheme})`);
  });
}
