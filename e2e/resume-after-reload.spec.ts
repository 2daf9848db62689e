import { expect, test } from './fixtures.ts';

test('a reload mid-wizard keeps every non-secret value and the step', async ({
  wizard,
  page,
  t,
}) => {
  await wizard.fill(t.cluster.clusterName, 'resumed');
  await wizard.next();
  await wizard.fill(t.networking.podSubnet('IPv4'), '10.50.0.0/16');
  await wizard.nextUntil('discovery');
  await wizard.fill(t.discovery.token, 'abcdef.0123456789abcdef');
  await wizard.fill(t.discovery.caCertHashes, `sha256:${'b'.repeat(64)}`);
  await expect.poll(() => wizard.fileText()).toContain('abcdef.0123456789abcdef');

  await page.reload();
  await wizard.expectStep('discovery');
  await expect(page.getByText(t.plan.restoredSaved)).toBeVisible();
  await expect(wizard.field(t.discovery.caCertHashes)).toHaveValue(`sha256:${'b'.repeat(64)}`);
  await expect(wizard.field(t.discovery.token)).toHaveValue('');
  const text = await wizard.fileText();
  expect(text).toContain('clusterName: resumed');
  expect(text).toContain('10.50.0.0/16');
});

test('secrets survive a reload only when the user opts in', async ({ wizard, page, t }) => {
  await page.getByLabel(t.plan.rememberSecrets).check();
  await wizard.nextUntil('discovery');
  await wizard.fill(t.discovery.token, 'abcdef.0123456789abcdef');
  await expect.poll(() => wizard.fileText()).toContain('abcdef.0123456789abcdef');
  await page.reload();
  await expect(wizard.field(t.discovery.token)).toHaveValue('abcdef.0123456789abcdef');
});
