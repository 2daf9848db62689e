import { expect, test } from './fixtures.ts';

test('a shared node IP and a control-plane join without an endpoint show their errors on the right row', async ({
  wizard,
  page,
}) => {
  for (let i = 0; i < 3; i++) await wizard.next();
  await wizard.expectStep('Nodes');
  await page.getByRole('button', { name: 'Add a node' }).click();
  await page.getByRole('button', { name: 'Add a node' }).click();
  await wizard.field('Node 2 Name').fill('cp-2');
  await wizard.field('Node 2 Role').selectOption('control-plane');
  await wizard.field('Node 2 Node IP (IPv4)').fill('192.168.10.12');
  await wizard.field('Node 2 Node IP (IPv6)').fill('fd00:192:168:10::12');
  await wizard.field('Node 3 Name').fill('worker-1');
  await wizard.field('Node 3 Node IP (IPv4)').fill('192.168.10.12');
  await wizard.field('Node 3 Node IP (IPv6)').fill('fd00:192:168:10::21');
  await wizard.next();

  // Refused on the row that repeats the address, with focus there.
  await wizard.expectStep('Nodes');
  const duplicate = wizard.field('Node 3 Node IP (IPv4)');
  await expect(duplicate).toBeFocused();
  await expect(duplicate).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('tr[data-row="3"]').getByRole('alert')).toContainText(
    '192.168.10.12 is already used by',
  );
  await expect(wizard.field('Node 2 Node IP (IPv4)')).toHaveAttribute('aria-invalid', 'false');

  // The missing endpoint is listed with a link to its field on the Cluster step.
  const preview = page.getByRole('complementary', { name: 'Preview' });
  await expect(
    preview.getByText(/control-plane nodes are planned, but there is no controlPlaneEndpoint/),
  ).toBeVisible();
  await preview.getByRole('button', { name: 'Go to Control-plane endpoint' }).click();
  await wizard.expectStep('Cluster');
  await expect(wizard.field('Control-plane endpoint')).toBeFocused();
});
