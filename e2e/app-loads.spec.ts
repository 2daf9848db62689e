import { expect, test } from './fixtures.ts';

test('the app loads with its heading in the browser’s language and logs no console errors', async ({
  page,
  language,
  t,
  consoleErrors,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: t.app.title })).toBeVisible();
  // The document says which language it is in, for screen readers and hyphenation.
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  expect(consoleErrors).toEqual([]);
});
