import { expect, test } from './fixtures.ts';

test('copy buttons put the exact text on the clipboard and say so', async ({ wizard, page }) => {
  const preview = page.getByRole('complementary', { name: 'Preview' });
  await preview.getByRole('button', { name: 'Copy YAML (kubeadm-config.yaml)' }).click();
  await expect(preview.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await wizard.clipboardText()).toBe(await wizard.fileText());

  await preview.getByRole('button', { name: 'Copy kubeadm init command' }).click();
  expect(await wizard.clipboardText()).toBe('kubeadm init --config kubeadm-config.yaml');

  await wizard.nextUntil('Review');
  await page.getByRole('button', { name: 'Copy flags-only kubeadm init command' }).click();
  expect(await wizard.clipboardText()).toBe(
    'kubeadm init --pod-network-cidr=10.244.0.0/16,fd00:10:244::/56 --service-cidr=10.96.0.0/16,fd00:10:96::/112',
  );
  await page.getByRole('button', { name: 'Copy host preparation commands' }).click();
  const host = await wizard.clipboardText();
  expect(host).toContain('sysctl -w net.ipv4.ip_forward=1');
  expect(host).toContain('sysctl -w net.ipv6.conf.all.forwarding=1');
});
