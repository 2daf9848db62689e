import { expect, test } from './fixtures.ts';

test('pasting 500 nodes adds them and the preview keeps up with typing', async ({
  wizard,
  page,
  t,
}, testInfo) => {
  await wizard.fill(t.cluster.controlPlaneEndpoint, 'k8s-api.example.internal:6443');
  await wizard.next();
  await wizard.fill(t.networking.podSubnet('IPv4'), '10.32.0.0/12');
  await wizard.next();
  await wizard.next();
  await wizard.expectStep('nodes');

  const rows = Array.from({ length: 500 }, (_, i) => {
    const n = i + 1;
    return `worker-${n}\tworker\t10.1.${Math.floor(n / 250)}.${(n % 250) + 1}\tfd00:10:1::${n.toString(16)}`;
  });
  await page.getByText(t.nodes.pasteTitle).click();
  await wizard.field(t.nodes.pasteLabel).fill(rows.join('\n'));
  await page.getByRole('button', { name: t.nodes.pasteCheck }).click();
  const started = Date.now();
  await page.getByRole('button', { name: t.nodes.pasteAdd(500) }).click();
  await expect(page.getByText(t.nodes.count(500))).toBeVisible();
  const addMs = Date.now() - started;

  // A keystroke in one row reaches the preview's file list.
  const typed = Date.now();
  await wizard.field(t.nodes.cell(2, t.nodes.name)).fill('renamed-node');
  await expect(
    wizard.preview().getByRole('option', { name: 'join-renamed-node.yaml' }),
  ).toHaveCount(1);
  const previewMs = Date.now() - typed;

  // A long list scrolls in its own box, which renders only the rows on screen; the last is reachable.
  const box = page.locator('.table-scroll');
  expect(await box.evaluate((el) => el.clientHeight < window.innerHeight)).toBe(true);
  await box.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(wizard.field(t.nodes.cell(501, t.nodes.name))).toHaveValue('worker-500');
  expect(await page.locator('tr[data-row]').count()).toBeLessThan(80);

  testInfo.annotations.push({
    type: 'timing',
    description: `add 500 nodes: ${addMs} ms; keystroke to preview: ${previewMs} ms`,
  });
});
