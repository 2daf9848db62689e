import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatIssue, importConfigFiles, type Issue } from '../src/domain/index.ts';
import { expect, test } from './fixtures.ts';
import { countedHeading } from './wizardPage.ts';

const docs = (name: string) =>
  fileURLToPath(new URL(`../src/cli/__fixtures__/docs-page/${name}`, import.meta.url));

/** What the domain finds in these files, to know the messages the page must show. */
function importIssues(names: readonly string[]): Issue[] {
  return importConfigFiles(names.map((name) => ({ name, text: readFileSync(docs(name), 'utf8') })))
    .issues;
}

/** The first issue with this code (and matching params), which the test requires to exist. */
function issueOf(issues: readonly Issue[], code: Issue['code'], params: object = {}): Issue {
  const issue = issues.find(
    (i) =>
      i.code === code &&
      Object.entries(params).every(([k, v]) => (i.params as Record<string, unknown>)[k] === v),
  );
  if (!issue) throw new Error(`the domain reports no ${code} ${JSON.stringify(params)}`);
  return issue;
}

test('importing the docs page files fills the wizard and reports the page’s mistakes', async ({
  wizard,
  page,
  language,
  t,
}) => {
  const names = ['kubeadm-config.yaml', 'join-worker-v1beta4.yaml', 'join-control-plane.yaml'];
  const issues = importIssues(names);
  const mistakes = [
    issueOf(issues, 'duplicate_node_ip', { ip: '10.100.0.2' }),
    issueOf(issues, 'control_plane_endpoint_required'),
    issueOf(issues, 'subnets_overlap'),
  ];

  await page.getByRole('button', { name: t.plan.import }).click();
  await page.getByLabel(t.importer.files).setInputFiles(names.map(docs));
  await expect(page.getByText(names.join(', '))).toBeVisible();
  await page.getByRole('button', { name: t.importer.run }).click();
  await expect(page.getByText(t.importer.imported(3))).toBeVisible();

  const report = page.getByRole('region', { name: t.importer.title });
  for (const mistake of mistakes)
    await expect(report.getByText(formatIssue(mistake, language)).first()).toBeVisible();

  await page.getByRole('button', { name: t.importer.close }).click();
  // The imported plan has errors, so the steps are reached through the step list, not Next.
  await wizard.stepButton('networking').click();
  await expect(wizard.field(t.networking.podSubnet('IPv6'))).toHaveValue(
    /^2001:db8:42(:0)?::\/56$/,
  );
  await expect(wizard.field(t.networking.serviceSubnet('IPv6'))).toHaveValue('2001:db8:42:1::/112');
  await wizard.stepButton('controlPlane').click();
  await expect(wizard.field(t.controlPlane.nodeIp('IPv4'))).toHaveValue('10.100.0.2');
  await wizard.stepButton('nodes').click();
  await expect(page.getByText(t.nodes.count(2))).toBeVisible();
  await expect(
    wizard.preview().getByRole('heading', { name: countedHeading(t.issues.errors) }),
  ).toBeVisible();
});

test('a file kubeadm cannot decode is refused and the plan stays as it was', async ({
  wizard,
  page,
  language,
  t,
}) => {
  const wrongType = issueOf(importIssues(['join-worker.yaml']), 'field_type', {
    expected: 'map of strings',
    actual: 'list',
  });
  const before = await wizard.fileText();
  await page.getByRole('button', { name: t.plan.import }).click();
  await page.getByLabel(t.importer.files).setInputFiles([docs('join-worker.yaml')]);
  await expect(page.getByText('join-worker.yaml', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: t.importer.run }).click();
  await expect(page.getByText(t.importer.refused)).toBeVisible();
  await expect(page.getByText(formatIssue(wrongType, language))).toBeVisible();
  expect(await wizard.fileText()).toBe(before);
});
