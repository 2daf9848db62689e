import { diagnoseNodes, formatIssue, type Issue } from '../src/domain/index.ts';
import { expectAccessible } from './axe.ts';
import { clusterFixture } from './clusterFixtures.ts';
import { expect, test } from './fixtures.ts';

const NODES = clusterFixture('nodes.json');
const CONFIG_MAP = clusterFixture('kubeadm-config-configmap.yaml');
const PODS = clusterFixture('pods.json');
const SERVICE = clusterFixture('service-single-stack.yaml');

/** What the domain finds with the same pastes (the panel names its files nodes.json, pods, …). */
const ISSUES = diagnoseNodes(
  { name: 'nodes.json', text: NODES },
  { name: 'kubeadm-config.yaml', text: CONFIG_MAP },
  { pods: { name: 'pods', text: PODS }, services: { name: 'services.yaml', text: SERVICE } },
).issues;

function issueOf(code: Issue['code']): Issue {
  const issue = ISSUES.find((i) => i.code === code);
  if (!issue) throw new Error(`the domain reports no ${code}`);
  return issue;
}

test('a SingleStack Service on a dual-stack cluster is named with its cause and fix', async ({
  wizard,
  language,
  t,
}) => {
  await wizard.diagnose(NODES, CONFIG_MAP, { services: SERVICE });
  const panel = wizard.diagnosePanel();
  const single = issueOf('service_single_stack');
  const item = panel.getByRole('listitem').filter({ hasText: formatIssue(single, language) });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('default/web');
  await expect(item).toContainText('PreferDualStack');
  await expect(item).toContainText(t.issues.warning);
});

test('the pods’ IPs are counted per node, and the nodes lacking IPv6 pods or a pool are named', async ({
  wizard,
  page,
  language,
  t,
}) => {
  await wizard.diagnose(NODES, CONFIG_MAP, { pods: PODS });
  const panel = wizard.diagnosePanel();
  const table = panel.getByRole('table', { name: t.diagnose.podsTable });
  const w1 = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'w-1' }) });
  // Pods, in the host's network, with IPv4, with IPv6.
  await expect(w1.getByRole('cell')).toHaveText(['3', '1', '2', '1']);
  await expect(
    table.getByRole('rowheader', { name: t.diagnose.unscheduled, exact: true }),
  ).toBeVisible();
  for (const code of ['pod_ip_outside', 'pod_family_missing'] as const) {
    const issue = issueOf(code);
    await expect(
      panel.getByRole('listitem').filter({ hasText: formatIssue(issue, language) }),
    ).toHaveCount(1);
  }
  await expect(panel.getByRole('status')).toHaveText(
    t.diagnose.summary(3, ISSUES.filter((i) => i.file !== 'services.yaml').length),
  );
});

test('on a phone the pods and nodes tables keep their column headers (only node cards reflow)', async ({
  wizard,
  page,
  t,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await wizard.diagnose(NODES, CONFIG_MAP, { pods: PODS });
  const pods = wizard.diagnosePanel().getByRole('table', { name: t.diagnose.podsTable });
  await expect(pods.getByRole('columnheader', { name: t.diagnose.podCount })).toBeVisible();
  await expect(pods.getByRole('columnheader', { name: t.diagnose.podIps('IPv6') })).toBeVisible();
  for (const table of await wizard.diagnosePanel().getByRole('table').all()) {
    await expect(table.getByRole('columnheader').first()).toBeVisible();
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the panel with pods and Service results passes axe (WCAG 2.1 A/AA) in the ${colorScheme} scheme`, async ({
    wizard,
    page,
    language,
    t,
  }) => {
    await page.emulateMedia({ colorScheme });
    await wizard.diagnose(NODES, CONFIG_MAP, { pods: PODS, services: SERVICE });
    const panel = wizard.diagnosePanel();
    await expect(panel.getByRole('table', { name: t.diagnose.podsTable })).toBeVisible();
    const single = formatIssue(issueOf('service_single_stack'), language);
    await expect(panel.getByRole('listitem').filter({ hasText: single })).toHaveCount(1);
    await expectAccessible(page, `the diagnose panel with pods and Services (${colorScheme})`);
  });
}
