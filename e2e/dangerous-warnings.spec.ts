import { DOCS_URLS, formatIssue, makeIssue } from '../src/domain/index.ts';
import { expect, test } from './fixtures.ts';

test('a service subnet inside the pod subnet says what breaks, offers a free range and links the docs', async ({
  wizard,
  page,
  t,
}) => {
  await wizard.fill(t.cluster.controlPlaneEndpoint, 'k8s-api.example.internal:6443');
  await wizard.next();
  await wizard.fill(t.networking.podSubnet('IPv4'), '10.244.0.0/16');
  await wizard.fill(t.networking.serviceSubnet('IPv4'), '10.244.128.0/20');
  await page.keyboard.press('Tab');
  const warning = wizard.issueList('warnings').filter({ hasText: '10.244.128.0/20' });
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText('kube-proxy');
  await expect(warning).toContainText('kube-controller-manager');
  await expect(warning).toContainText('10.245.0.0/20');
  const link = warning.getByRole('link', { name: DOCS_URLS.dualStack });
  await expect(link).toHaveAttribute('href', DOCS_URLS.dualStack);

  // The offered range is free: typing it clears the warning.
  await wizard.fill(t.networking.serviceSubnet('IPv4'), '10.245.0.0/20');
  await page.keyboard.press('Tab');
  await expect(wizard.issueList('warnings').filter({ hasText: 'kube-proxy' })).toHaveCount(0);
});

test('a node IP that differs from the advertise address names both, says which to change and links the docs', async ({
  wizard,
  page,
  t,
  language,
}) => {
  await wizard.nextUntil('controlPlane');
  await wizard.fill(t.controlPlane.nodeIp('IPv4'), '10.100.0.2');
  await wizard.fill(t.controlPlane.advertiseAddress, '10.100.0.1');
  await page.keyboard.press('Tab');
  const message = formatIssue(
    makeIssue(
      'node_ip_mismatch',
      { path: '' },
      { nodeIp: '10.100.0.2', advertiseAddress: '10.100.0.1' },
    ),
    language,
  );
  const warning = wizard.issueList('warnings').filter({ hasText: '10.100.0.2' });
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText(message);
  const link = warning.getByRole('link', { name: DOCS_URLS.createCluster });
  await expect(link).toHaveAttribute('href', DOCS_URLS.createCluster);
  await expect(link).toHaveAttribute('rel', 'noreferrer');

  // Following the advice (the node IP becomes the advertise address) clears the warning.
  await wizard.fill(t.controlPlane.nodeIp('IPv4'), '10.100.0.1');
  await page.keyboard.press('Tab');
  await expect(wizard.issueList('warnings').filter({ hasText: '--node-ip' })).toHaveCount(0);
});
