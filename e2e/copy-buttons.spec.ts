import { expect, test } from './fixtures.ts';

test('copy buttons put the exact text on the clipboard and say so', async ({ wizard, page, t }) => {
  const preview = wizard.preview();
  await preview
    .getByRole('button', { name: `${t.preview.copyYaml} (kubeadm-config.yaml)` })
    .click();
  await expect(preview.getByRole('status').filter({ hasText: t.preview.copied })).toBeVisible();
  expect(await wizard.clipboardText()).toBe(await wizard.fileText());

  await preview.getByRole('button', { name: t.preview.copyCommand(t.preview.initCommand) }).click();
  expect(await wizard.clipboardText()).toBe('kubeadm init --config kubeadm-config.yaml');

  await wizard.nextUntil('review');
  await page.getByRole('button', { name: t.preview.copyCommand(t.preview.flagsCommand) }).click();
  expect(await wizard.clipboardText()).toBe(
    'kubeadm init --pod-network-cidr=10.244.0.0/16,fd00:10:244::/56 --service-cidr=10.96.0.0/16,fd00:10:96::/112',
  );
  await page.getByRole('button', { name: t.preview.copyCommand(t.preview.hostCommands) }).click();
  const host = await wizard.clipboardText();
  expect(host).toContain('sysctl -w net.ipv4.ip_forward=1');
  expect(host).toContain('sysctl -w net.ipv6.conf.all.forwarding=1');
});
