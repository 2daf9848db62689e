import { expectAccessible } from './axe.ts';
import { expect, test } from './fixtures.ts';

test('the address map shows the default ranges, then an overlap whose link focuses the field', async ({
  wizard,
  t,
}) => {
  await wizard.openAddressMap();
  const v4 = wizard.addressMap('IPv4');
  const v6 = wizard.addressMap('IPv6');
  const m = t.addressMap;
  await expect(v4.getByRole('rowheader', { name: `${m.pod} 10.244.0.0/16` })).toBeVisible();
  await expect(v4.getByRole('rowheader', { name: `${m.service} 10.96.0.0/16` })).toBeVisible();
  await expect(v4.getByRole('row', { name: `${m.dns} 10.96.0.10 1` })).toBeVisible();
  await expect(v6.getByRole('rowheader', { name: `${m.pod} fd00:10:244::/56` })).toBeVisible();
  await expect(v6.getByRole('rowheader', { name: `${m.service} fd00:10:96::/112` })).toBeVisible();
  await expect(v4.getByText(m.noOverlaps, { exact: true })).toBeVisible();

  await wizard.next();
  await wizard.expectStep('networking');
  const serviceField = wizard.field(t.networking.serviceSubnet('IPv4'));
  await serviceField.fill('10.244.240.0/20');
  // Warnings do not block: the user moves on and sees the overlap in the map there.
  await wizard.next();
  await wizard.expectStep('controlPlane');
  const overlap = v4.getByRole('listitem').filter({
    hasText: m.rangesOverlap('10.244.240.0/20', '10.244.0.0/16'),
  });
  await expect(overlap).toContainText(m.shared('10.244.240.0', '10.244.255.255'));
  await expect(v4.getByRole('heading', { name: m.overlaps(1) })).toBeVisible();
  await expect(v6.getByText(m.noOverlaps, { exact: true })).toBeVisible();

  await overlap
    .getByRole('button', { name: t.issues.goTo(t.networking.serviceSubnet('IPv4')) })
    .click();
  await wizard.expectStep('networking');
  await expect(serviceField).toBeFocused();
  await expect(serviceField).toHaveValue('10.244.240.0/20');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open address map with an overlap passes axe in the ${colorScheme} scheme`, async ({
    page,
    wizard,
    t,
  }) => {
    await page.emulateMedia({ colorScheme });
    await wizard.next();
    await wizard.fill(t.networking.serviceSubnet('IPv6'), 'fd00:10:244::/112');
    await wizard.openAddressMap();
    await expect(
      wizard.addressMap('IPv6').getByRole('heading', { name: t.addressMap.overlaps(1) }),
    ).toBeVisible();
    await expectAccessible(page, `the address map (${colorScheme})`);
  });
}

test('the open address map fits a 360 px wide viewport without horizontal scrolling', async ({
  page,
  wizard,
  t,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await wizard.openAddressMap();
  await expect(
    wizard
      .addressMap('IPv6')
      .getByRole('rowheader', { name: `${t.addressMap.pod} fd00:10:244::/56` }),
  ).toBeVisible();
  await expectAccessible(page, 'the address map at 360 px');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});
