import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser } from '@playwright/test';
import { WizardPage } from './wizardPage.ts';

// The built app copied to a sub-path of a plain static host (scripts/serve-static.mjs, which also
// sends the README's Content-Security-Policy header), not the root that vite preview serves.
const PREFIX = '/tools/kubeadm/';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const serverScript = fileURLToPath(new URL('../scripts/serve-static.mjs', import.meta.url));

let server: ChildProcess | undefined;
let appUrl = '';

/** Every file of dist/ the app may need, as paths relative to dist/ (no source maps, no sw.js). */
function builtFiles(dir = dist, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? builtFiles(`${dir}${entry.name}/`, `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    )
    .filter((name) => !name.endsWith('.map') && name !== 'sw.js');
}

/** A fresh context at the sub-path, recording every request URL and every console error. */
async function openApp(browser: Browser) {
  const context = await browser.newContext({ baseURL: appUrl });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const wizard = new WizardPage(page);
  await wizard.open();
  return { context, page, wizard, requests, errors };
}

test.beforeAll(async () => {
  server = spawn(process.execPath, [serverScript, dist, '--port', '0', '--prefix', PREFIX], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(createInterface({ input: server.stdout! }), 'line')) as [string];
  appUrl = line.replace(/^listening /, '');
});

test.afterAll(() => {
  server?.kill();
});

test('the built app runs under a sub-path and asks for nothing outside it', async ({ browser }) => {
  const { context, page, wizard, requests, errors } = await openApp(browser);
  expect(new URL(page.url()).pathname).toBe(PREFIX);
  await wizard.nextUntil('Review');
  await expect(
    page.getByRole('region', { name: 'Issues' }).getByText('No problems found.'),
  ).toBeVisible();

  const origin = new URL(appUrl).origin;
  expect(requests.length).toBeGreaterThan(2);
  expect(requests.filter((url) => !url.startsWith(`${origin}${PREFIX}`))).toEqual([]);
  // Script, style and worker all loaded under the host's CSP header: no violation was reported.
  expect(errors).toEqual([]);
  await context.close();
});

test('after the first load the app starts and works offline', async ({ browser }) => {
  const precache = /const PRECACHE = (\{.*\});/.exec(readFileSync(`${dist}sw.js`, 'utf8'));
  const precached = (JSON.parse(precache?.[1] ?? '{}') as { files?: string[] }).files;
  expect(precached).toEqual(builtFiles().sort());

  const { context, page, wizard, errors } = await openApp(browser);
  const scope = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise((done) => worker.addEventListener('statechange', done));
    }
    return registration.scope;
  });
  expect(scope).toBe(appUrl);
  // Every built file, lazily loaded chunks included, is in the worker's cache.
  const cached = await page.evaluate(async (files) => {
    const [name] = (await caches.keys()).filter((key) => key.includes(location.href));
    const cache = await caches.open(name ?? 'none');
    const hits = await Promise.all(files.map((file) => cache.match(new URL(file, location.href))));
    return files.filter((_, index) => hits[index] === undefined);
  }, builtFiles());
  expect(cached).toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'kubeadm network wizard' }),
  ).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // Really offline: a file that was never cached cannot be fetched.
  expect(
    await page.evaluate(() =>
      fetch('./not-cached.txt').then(
        () => 'fetched',
        () => 'failed',
      ),
    ),
  ).toBe('failed');

  await wizard.fill('Cluster name', 'offline-cluster');
  await expect.poll(() => wizard.fileText()).toContain('clusterName: offline-cluster');
  await page.getByRole('button', { name: 'Import kubeadm configs…' }).click();
  await expect(page.getByRole('region', { name: 'Import kubeadm config files' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await wizard.nextUntil('Review');
  await expect(page.getByText('clusterName: offline-cluster').first()).toBeVisible();
  // The one failed load is the deliberate probe above; everything the app needed came from cache.
  expect(errors).toEqual([expect.stringContaining('/not-cached.txt')]);
  await context.close();
});
