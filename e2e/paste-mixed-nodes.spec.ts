import { expect, test } from './fixtures.ts';

test('a nodes paste mixing CSV and whitespace rows reads each row with its own separator', async ({
  wizard,
  page,
  t,
}) => {
  await wizard.fill(t.cluster.controlPlaneEndpoint, 'k8s-api.example.internal:6443');
  await wizard.next();
  await wizard.chooseStack(t.networking.stackIpv4);
  await wizard.next();
  await wizard.next();
  await wizard.expectStep('nodes');

  await page.getByText(t.nodes.pasteTitle).click();
  await wizard
    .field(t.nodes.pasteLabel)
    .fill('cp-9,control-plane,10.0.0.9\nw-1 worker 10.0.0.2\nw-2\tworker\t10.0.0.3');
  await page.getByRole('button', { name: t.nodes.pasteCheck }).click();

  await expect(page.getByText(t.nodes.pasteMixed, { exact: true })).toBeVisible();
  const rows = page.getByRole('table', { name: t.nodes.pastePreview }).getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('cp-9');
  await expect(rows.nth(2)).toContainText('w-1');
  await expect(rows.nth(3)).toContainText('w-2');
  for (const i of [1, 2, 3]) await expect(rows.nth(i)).toContainText(t.nodes.pasteOk);

  await page.getByRole('button', { name: t.nodes.pasteAdd(3) }).click();
  await expect(page.getByRole('status').filter({ hasText: t.nodes.pasteAdded(3) })).toBeVisible();
  await expect(page.getByLabel(t.nodes.cell(3, t.nodes.name))).toHaveValue('w-1');
});
