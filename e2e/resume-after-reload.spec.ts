import { expect, test } from './fixtures.ts';

test('a reload mid-wizard keeps every non-secret value and the step', async ({ wizard, page }) => {
  await wizard.fill('Cluster name', 'resumed');
  await wizard.next();
  await wizard.fill('Pod subnet (IPv4)', '10.50.0.0/16');
  await wizard.nextUntil('Joining');
  await wizard.fill('Bootstrap token', 'abcdef.0123456789abcdef');
  await wizard.fill('CA certificate hashes', `sha256:${'b'.repeat(64)}`);
  await expect.poll(() => wizard.fileText()).toContain('abcdef.0123456789abcdef');

  await page.reload();
  await wizard.expectStep('Joining');
  await expect(page.getByText('Restored your progress from this device.')).toBeVisible();
  await expect(wizard.field('CA certificate hashes')).toHaveValue(`sha256:${'b'.repeat(64)}`);
  await expect(wizard.field('Bootstrap token')).toHaveValue('');
  const text = await wizard.fileText();
  expect(text).toContain('clusterName: resumed');
  expect(text).toContain('10.50.0.0/16');
});

test('secrets survive a reload only when the user opts in', async ({ wizard, page }) => {
  await page.getByLabel('Remember the token and certificate key on this device').check();
  await wizard.nextUntil('Joining');
  await wizard.fill('Bootstrap token', 'abcdef.0123456789abcdef');
  await expect.poll(() => wizard.fileText()).toContain('abcdef.0123456789abcdef');
  await page.reload();
  await expect(wizard.field('Bootstrap token')).toHaveValue('abcdef.0123456789abcdef');
});
