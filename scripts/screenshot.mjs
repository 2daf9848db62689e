/* global document, window */
// Writes docs/wizard.png: the wizard's Networking step with the live preview (for the README).
// Usage: npm run build && node scripts/screenshot.mjs   (serves dist/ itself with vite preview)
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const port = 4190;
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
try {
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const page = await browser.newPage({
    viewport: { width: 1360, height: 900 },
    colorScheme: 'light',
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByLabel('Pod subnet (IPv6)', { exact: true }).fill('2001:db8:42::/56');
  await page.getByLabel('Service subnet (IPv6)', { exact: true }).fill('2001:db8:42:1::/112');
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/wizard.png' });
  await browser.close();
} finally {
  server.kill();
}
