import { expect, test } from './fixtures.ts';

test('pasting 500 nodes adds them and the preview keeps up with typing', async ({
  wizard,
  page,
}, testInfo) => {
  await wizard.fill('Control-plane endpoint', 'k8s-api.example.internal:6443');
  await wizard.next();
  await wizard.fill('Pod subnet (IPv4)', '10.32.0.0/12');
  await wizard.next();
  await wizard.next();
  await wizard.expectStep('Nodes');

  const rows = Array.from({ length: 500 }, (_, i) => {
    const n = i + 1;
    return `worker-${n}\tworker\t10.1.${Math.floor(n / 250)}.${(n % 250) + 1}\tfd00:10:1::${n.toString(16)}`;
  });
  await page.getByText('Paste many nodes').click();
  await wizard
    .field('Node table (name, role, IPv4, IPv6 — CSV or whitespace-separated, one node per line)')
    .fill(rows.join('\n'));
  await page.getByRole('button', { name: 'Check rows' }).click();
  const started = Date.now();
  await page.getByRole('button', { name: 'Add 500 node(s)' }).click();
  await expect(page.getByText('500 joining node(s).')).toBeVisible();
  const addMs = Date.now() - started;

  // A keystroke in one row reaches the preview's file list.
  const typed = Date.now();
  await wizard.field('Node 2 Name').fill('renamed-node');
  await expect(
    page
      .getByRole('complementary', { name: 'Preview' })
      .getByRole('option', { name: 'join-renamed-node.yaml' }),
  ).toHaveCount(1);
  const previewMs = Date.now() - typed;

  // The last row is reachable (the table renders only the rows on screen).
  await page.locator('.table-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(wizard.field('Node 501 Name')).toHaveValue('worker-500');
  expect(await page.locator('tr[data-row]').count()).toBeLessThan(80);

  testInfo.annotations.push({
    type: 'timing',
    description: `add 500 nodes: ${addMs} ms; keystroke to preview: ${previewMs} ms`,
  });
});
