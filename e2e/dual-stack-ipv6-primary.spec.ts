import { expect, test } from './fixtures.ts';
import { escapeRegExp } from './wizardPage.ts';
import { yamlContent } from './yamlContent.ts';

test('a dual-stack cluster with IPv6 primary lists IPv6 first in every comma list', async ({
  wizard,
  page,
  t,
}) => {
  const pod6 = t.networking.podSubnet('IPv6');
  const pod4 = t.networking.podSubnet('IPv4');
  await wizard.next();
  await wizard.chooseStack(t.networking.stackDualIpv6);
  // IPv6 fields come first on the page too.
  const labels = await page
    .getByRole('textbox', { name: new RegExp(`^(${escapeRegExp(pod6)}|${escapeRegExp(pod4)})$`) })
    .evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? ''),
    );
  expect(labels).toEqual([pod6, pod4]);
  await wizard.next();
  await wizard.fill(t.controlPlane.nodeIp('IPv6'), 'fd00:192:168:10::11');
  await wizard.fill(t.controlPlane.nodeIp('IPv4'), '192.168.10.11');
  await wizard.nextUntil('review');

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
  await expect(wizard.reviewIssues().getByText(t.issues.none)).toBeVisible();
});
