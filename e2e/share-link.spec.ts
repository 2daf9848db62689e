import { expect, test } from './fixtures.ts';

test('a share link opens the same plan in a fresh browser, without secrets', async ({
  wizard,
  page,
  browser,
  baseURL,
  locale,
  t,
}) => {
  await wizard.fill(t.cluster.clusterName, 'shared');
  await wizard.nextUntil('discovery');
  await wizard.fill(t.discovery.token, 'abcdef.0123456789abcdef');
  await wizard.fill(t.discovery.certificateKey, 'a'.repeat(64));
  await expect.poll(() => wizard.fileText()).toContain('abcdef.0123456789abcdef');

  await page.getByRole('button', { name: t.plan.share }).click();
  await expect(page.getByText(t.plan.shareCopied)).toBeVisible();
  const link = await wizard.clipboardText();
  expect(link).toMatch(/#plan=[A-Za-z0-9_-]+$/);
  expect(link).not.toContain('abcdef');

  // What the original shows once its secrets are removed.
  await wizard.fill(t.discovery.token, '');
  await wizard.fill(t.discovery.certificateKey, '');
  await expect.poll(() => wizard.fileText()).not.toContain('abcdef.0123456789abcdef');
  const expected = await wizard.fileText();

  // The person who opens the link reads the same language (the browser locale decides it).
  const fresh = await browser.newContext({ baseURL: baseURL ?? '', ...(locale ? { locale } : {}) });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByText(t.plan.restoredLink)).toBeVisible();
  await expect(other.getByLabel(t.preview.fileLabel('kubeadm-config.yaml')).first()).toHaveText(
    expected,
  );
  expect(new URL(other.url()).hash).toBe('');
  await fresh.close();
});
