import { expect, test } from './fixtures.ts';
import { yamlContent } from './yamlContent.ts';

test('an IPv4-only cluster has one subnet per list, no IPv6 fields and no errors', async ({
  wizard,
  page,
}) => {
  await wizard.next();
  await wizard.chooseStack('IPv4 only');
  await expect(wizard.field('Pod subnet (IPv6)')).toHaveCount(0);
  await wizard.fill('Pod subnet (IPv4)', '10.32.0.0/12');
  await wizard.fill('Service subnet (IPv4)', '10.96.0.0/12');
  await wizard.next();
  await wizard.expectStep('Control-plane node');
  await expect(wizard.field('Node IP (IPv6)')).toHaveCount(0);
  await wizard.fill('Node IP (IPv4)', '192.168.50.10');
  await wizard.nextUntil('Review');

  const [cluster, init] = yamlContent(await wizard.fileText()) as [
    Record<string, unknown>,
    Record<string, unknown>,
  ];
  expect(cluster.networking).toEqual({ podSubnet: '10.32.0.0/12', serviceSubnet: '10.96.0.0/12' });
  expect(init.localAPIEndpoint).toEqual({ advertiseAddress: '192.168.50.10', bindPort: 6443 });
  expect(init.nodeRegistration).toMatchObject({
    kubeletExtraArgs: [{ name: 'node-ip', value: '192.168.50.10' }],
  });
  await expect(
    page.getByRole('region', { name: 'Issues' }).getByText('No problems found.'),
  ).toBeVisible();
});
