import { expect, test } from './fixtures.ts';
import { yamlContent } from './yamlContent.ts';

test('an IPv4-only cluster has one subnet per list, no IPv6 fields and no errors', async ({
  wizard,
  t,
}) => {
  await wizard.next();
  await wizard.chooseStack(t.networking.stackIpv4);
  await expect(wizard.field(t.networking.podSubnet('IPv6'))).toHaveCount(0);
  await wizard.fill(t.networking.podSubnet('IPv4'), '10.32.0.0/12');
  await wizard.fill(t.networking.serviceSubnet('IPv4'), '10.96.0.0/12');
  await wizard.next();
  await wizard.expectStep('controlPlane');
  await expect(wizard.field(t.controlPlane.nodeIp('IPv6'))).toHaveCount(0);
  await wizard.fill(t.controlPlane.nodeIp('IPv4'), '192.168.50.10');
  await wizard.nextUntil('review');

  const [cluster, init] = yamlContent(await wizard.fileText()) as [
    Record<string, unknown>,
    Record<string, unknown>,
  ];
  expect(cluster.networking).toEqual({ podSubnet: '10.32.0.0/12', serviceSubnet: '10.96.0.0/12' });
  expect(init.localAPIEndpoint).toEqual({ advertiseAddress: '192.168.50.10', bindPort: 6443 });
  expect(init.nodeRegistration).toMatchObject({
    kubeletExtraArgs: [{ name: 'node-ip', value: '192.168.50.10' }],
  });
  await expect(wizard.reviewIssues().getByText(t.issues.none)).toBeVisible();
});
