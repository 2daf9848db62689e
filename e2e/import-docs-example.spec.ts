import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';

const docs = (name: string) =>
  fileURLToPath(new URL(`../src/cli/__fixtures__/docs-page/${name}`, import.meta.url));

test('importing the docs page files fills the wizard and reports the page’s mistakes', async ({
  wizard,
  page,
}) => {
  await page.getByRole('button', { name: 'Import kubeadm configs…' }).click();
  await page
    .getByLabel('Choose files')
    .setInputFiles([
      docs('kubeadm-config.yaml'),
      docs('join-worker-v1beta4.yaml'),
      docs('join-control-plane.yaml'),
    ]);
  await expect(
    page.getByText('kubeadm-config.yaml, join-worker-v1beta4.yaml, join-control-plane.yaml'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Import into the wizard' }).click();
  await expect(page.getByText('Imported 3 file(s) into the wizard.')).toBeVisible();

  const report = page.getByRole('region', { name: 'Import kubeadm config files' });
  await expect(report.getByText(/10\.100\.0\.2 is already used by/).first()).toBeVisible();
  await expect(report.getByText(/but there is no controlPlaneEndpoint/)).toBeVisible();
  await expect(report.getByText(/overlap/).first()).toBeVisible();

  await page.getByRole('button', { name: 'Close' }).click();
  // The imported plan has errors, so the steps are reached through the step list, not Next.
  const steps = page.getByRole('navigation', { name: 'Wizard steps' });
  await steps.getByRole('button', { name: /Networking/ }).click();
  await expect(wizard.field('Pod subnet (IPv6)')).toHaveValue(/^2001:db8:42(:0)?::\/56$/);
  await expect(wizard.field('Service subnet (IPv6)')).toHaveValue('2001:db8:42:1::/112');
  await steps.getByRole('button', { name: /Control-plane node/ }).click();
  await expect(wizard.field('Node IP (IPv4)')).toHaveValue('10.100.0.2');
  await steps.getByRole('button', { name: /Nodes/ }).click();
  await expect(page.getByText('2 joining node(s).')).toBeVisible();
  const preview = page.getByRole('complementary', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: /^Errors \(/ })).toBeVisible();
});

test('a file kubeadm cannot decode is refused and the plan stays as it was', async ({
  wizard,
  page,
}) => {
  const before = await wizard.fileText();
  await page.getByRole('button', { name: 'Import kubeadm configs…' }).click();
  await page.getByLabel('Choose files').setInputFiles([docs('join-worker.yaml')]);
  await expect(page.getByText('join-worker.yaml', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Import into the wizard' }).click();
  await expect(
    page.getByText('Nothing was imported; your plan is unchanged.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByText(/expected map of strings, found a list/)).toBeVisible();
  expect(await wizard.fileText()).toBe(before);
});
