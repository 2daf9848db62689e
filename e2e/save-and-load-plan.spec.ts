import { expect, test } from './fixtures.ts';

test('a saved plan loads back after starting over and gives the same YAML byte for byte', async ({
  wizard,
  page,
  t,
}) => {
  await wizard.fill(t.cluster.controlPlaneEndpoint, 'api.cluster.internal');
  await wizard.next();
  await wizard.chooseStack(t.networking.stackDualIpv6);
  await wizard.fill(t.networking.podSubnet('IPv6'), 'fd42:1:2::/56');
  await wizard.next();
  await wizard.fill(t.controlPlane.name, 'alpha');
  await expect.poll(() => wizard.fileText()).toContain('name: alpha');
  const before = await wizard.fileText();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: t.plan.save }).click();
  const saved = await downloadPromise;
  expect(saved.suggestedFilename()).toBe('kubeadm-plan.json');
  const savedPath = await saved.path();
  const { readFileSync } = await import('node:fs');
  const savedJson = readFileSync(savedPath);

  await page.getByRole('button', { name: t.plan.startOver }).click();
  await expect(page.getByRole('alertdialog', { name: t.plan.confirmTitle })).toBeVisible();
  await page.getByRole('button', { name: t.plan.confirmYes }).click();
  await wizard.expectStep('cluster');
  await expect(wizard.field(t.cluster.controlPlaneEndpoint)).toHaveValue('');
  expect(await wizard.fileText()).not.toBe(before);

  await page
    .getByLabel(t.plan.loadLabel)
    .setInputFiles({ name: 'kubeadm-plan.json', mimeType: 'application/json', buffer: savedJson });
  await expect(page.getByText(t.plan.loaded('kubeadm-plan.json'))).toBeVisible();
  await expect.poll(() => wizard.fileText()).toBe(before);
});

test('Start over asks first and Cancel keeps everything', async ({ wizard, page, t }) => {
  await wizard.fill(t.cluster.clusterName, 'keep-me');
  await page.getByRole('button', { name: t.plan.startOver }).click();
  await page.getByRole('button', { name: t.plan.confirmNo }).click();
  await expect(wizard.field(t.cluster.clusterName)).toHaveValue('keep-me');
});
