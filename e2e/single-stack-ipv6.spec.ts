import { expect, test } from './fixtures.ts';
import { yamlContent } from './yamlContent.ts';

test('an IPv6-only cluster needs its IPv6 service subnet and advertises an IPv6 address', async ({
  wizard,
  page,
}) => {
  await wizard.next();
  await wizard.chooseStack('IPv6 only');
  await expect(wizard.field('Pod subnet (IPv4)')).toHaveCount(0);
  await wizard.fill('Service subnet (IPv6)', '');
  await wizard.next();

  // Refused: kubeadm's default service subnet is IPv4, so an IPv6 cluster must name its own.
  await wizard.expectStep('Networking');
  const service = wizard.field('Service subnet (IPv6)');
  await expect(service).toHaveAttribute('aria-invalid', 'true');
  await expect(service).toBeFocused();
  await expect(
    page.getByRole('alert').filter({ hasText: 'A value is required here.' }),
  ).toBeVisible();

  await wizard.fill('Pod subnet (IPv6)', 'fd12:3456:789a::/56');
  await wizard.fill('Service subnet (IPv6)', 'fd12:3456:789a:100::/112');
  await wizard.next();
  await wizard.expectStep('Control-plane node');
  await wizard.fill('Node IP (IPv6)', 'fd12:3456:7800:1::10');
  await wizard.nextUntil('Review');

  const [cluster, init] = yamlContent(await wizard.fileText()) as [
    Record<string, unknown>,
    Record<string, unknown>,
  ];
  expect(cluster.networking).toEqual({
    podSubnet: 'fd12:3456:789a::/56',
    serviceSubnet: 'fd12:3456:789a:100::/112',
  });
  expect(init.localAPIEndpoint).toEqual({
    advertiseAddress: 'fd12:3456:7800:1::10',
    bindPort: 6443,
  });
  await expect(
    page.getByRole('region', { name: 'Issues' }).getByText('No problems found.'),
  ).toBeVisible();
});
