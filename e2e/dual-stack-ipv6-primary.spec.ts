import { expect, test } from './fixtures.ts';
import { yamlContent } from './yamlContent.ts';

test('a dual-stack cluster with IPv6 primary lists IPv6 first in every comma list', async ({
  wizard,
  page,
}) => {
  await wizard.next();
  await wizard.chooseStack('Dual-stack, IPv6 primary');
  // IPv6 fields come first on the page too.
  const labels = await page
    .getByRole('textbox', { name: /^Pod subnet/ })
    .evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? ''),
    );
  expect(labels).toEqual(['Pod subnet (IPv6)', 'Pod subnet (IPv4)']);
  await wizard.next();
  await wizard.fill('Node IP (IPv6)', 'fd00:192:168:10::11');
  await wizard.fill('Node IP (IPv4)', '192.168.10.11');
  await wizard.nextUntil('Review');

  const [cluster, init] = yamlContent(await wizard.fileText()) as [
    Record<string, unknown>,
    Record<string, unknown>,
  ];
  expect(cluster.networking).toEqual({
    podSubnet: 'fd00:10:244::/56,10.244.0.0/16',
    serviceSubnet: 'fd00:10:96::/112,10.96.0.0/16',
  });
  expect(init.localAPIEndpoint).toEqual({
    advertiseAddress: 'fd00:192:168:10::11',
    bindPort: 6443,
  });
  expect(init.nodeRegistration).toMatchObject({
    kubeletExtraArgs: [{ name: 'node-ip', value: 'fd00:192:168:10::11,192.168.10.11' }],
  });
  await expect(
    page.getByRole('region', { name: 'Issues' }).getByText('No problems found.'),
  ).toBeVisible();
});
