import { expect, test } from './fixtures.ts';

test('a share link opens the same plan in a fresh browser, without secrets', async ({
  wizard,
  page,
  browser,
  baseURL,
}) => {
  await wizard.fill('Cluster name', 'shared');
  await wizard.nextUntil('Joining');
  await wizard.fill('Bootstrap token', 'abcdef.0123456789abcdef');
  await wizard.fill('Certificate key (control-plane joins)', 'a'.repeat(64));
  await expect.poll(() => wizard.fileText()).toContain('abcdef.0123456789abcdef');

  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByText('Share link copied (secrets are not in it).')).toBeVisible();
  const link = await wizard.clipboardText();
  expect(link).toMatch(/#plan=[A-Za-z0-9_-]+$/);
  expect(link).not.toContain('abcdef');

  // What the original shows once its secrets are removed.
  await wizard.fill('Bootstrap token', '');
  await wizard.fill('Certificate key (control-plane joins)', '');
  await expect.poll(() => wizard.fileText()).not.toContain('abcdef.0123456789abcdef');
  const expected = await wizard.fileText();

  const fresh = await browser.newContext({ baseURL: baseURL ?? '' });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByText(/Opened the plan from the share link\. Secrets/)).toBeVisible();
  await expect(other.getByLabel('Contents of kubeadm-config.yaml').first()).toHaveText(expected);
  expect(new URL(other.url()).hash).toBe('');
  await fresh.close();
});
