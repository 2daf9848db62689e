import { formatIssue, makeIssue } from '../src/domain/index.ts';
import { expect, test } from './fixtures.ts';
import { yamlContent } from './yamlContent.ts';

test('an IPv6-only cluster needs its IPv6 service subnet and advertises an IPv6 address', async ({
  wizard,
  page,
  language,
  t,
}) => {
  const serviceLabel = t.networking.serviceSubnet('IPv6');
  await wizard.next();
  await wizard.chooseStack(t.networking.stackIpv6);
  await expect(wizard.field(t.networking.podSubnet('IPv4'))).toHaveCount(0);
  await wizard.fill(serviceLabel, '');
  await wizard.next();

  // Refused: kubeadm's default service subnet is IPv4, so an IPv6 cluster must name its own.
  await wizard.expectStep('networking');
  const service = wizard.field(serviceLabel);
  await expect(service).toHaveAttribute('aria-invalid', 'true');
  await expect(service).toBeFocused();
  const required = formatIssue(
    makeIssue('required', { path: 'networking.serviceSubnet.ipv6' }, { field: 'serviceSubnet' }),
    language,
  );
  await expect(page.getByRole('alert').filter({ hasText: required })).toBeVisible();

  await wizard.fill(t.networking.podSubnet('IPv6'), 'fd12:3456:789a::/56');
  await wizard.fill(serviceLabel, 'fd12:3456:789a:100::/112');
  // The error disappears as the value is fixed; let the layout settle before pressing Next.
  await expect(service).toHaveAttribute('aria-invalid', 'false');
  await wizard.next();
  await wizard.expectStep('controlPlane');
  await wizard.fill(t.controlPlane.nodeIp('IPv6'), 'fd12:3456:7800:1::10');
  await wizard.nextUntil('review');

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
  await expect(wizard.reviewIssues().getByText(t.issues.none)).toBeVisible();

  // Cilium's default VXLAN tunnel needs IPv4 on the hosts: the IPv6-only values route natively.
  const ciliumText = await page
    .getByRole('region', { name: 'cni/cilium-values.yaml' })
    .textContent();
  const [cilium] = yamlContent(ciliumText ?? '') as [Record<string, unknown>];
  expect(cilium).toMatchObject({
    ipv4: { enabled: false },
    ipv6: { enabled: true },
    routingMode: 'native',
    ipv6NativeRoutingCIDR: 'fd12:3456:789a::/56',
    autoDirectNodeRoutes: true,
  });
});
