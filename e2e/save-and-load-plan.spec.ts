import { expect, test } from './fixtures.ts';

test('a saved plan loads back after starting over and gives the same YAML byte for byte', async ({
  wizard,
  page,
}) => {
  await wizard.fill('Control-plane endpoint', 'api.cluster.internal');
  await wizard.next();
  await wizard.chooseStack('Dual-stack, IPv6 primary');
  await wizard.fill('Pod subnet (IPv6)', 'fd42:1:2::/56');
  await wizard.next();
  await wizard.fill('Node name', 'alpha');
  await expect.poll(() => wizard.fileText()).toContain('name: alpha');
  const before = await wizard.fileText();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save plan' }).click();
  const saved = await downloadPromise;
  expect(saved.suggestedFilename()).toBe('kubeadm-plan.json');
  const savedPath = await saved.path();
  const { readFileSync } = await import('node:fs');
  const savedJson = readFileSync(savedPath);

  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Start over?' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, start over' }).click();
  await wizard.expectStep('Cluster');
  await expect(wizard.field('Control-plane endpoint')).toHaveValue('');
  expect(await wizard.fileText()).not.toBe(before);

  await page
    .getByLabel('Saved plan file (.json)')
    .setInputFiles({ name: 'kubeadm-plan.json', mimeType: 'application/json', buffer: savedJson });
  await expect(page.getByText('Loaded the plan from kubeadm-plan.json.')).toBeVisible();
  await expect.poll(() => wizard.fileText()).toBe(before);
});

test('Start over asks first and Cancel keeps everything', async ({ wizard, page }) => {
  await wizard.fill('Cluster name', 'keep-me');
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(wizard.field('Cluster name')).toHaveValue('keep-me');
});
