import type { Page, Request } from '@playwright/test';
import { zhCN } from '../src/ui/text/zh-CN.ts';
import { expect, test } from './fixtures.ts';

// English labels and catalogue messages: the browser locale that picks the app's language is pinned.
test.use({ locale: 'en-US' });

/** What a `securitypolicyviolation` event says, as recorded on window by the init script. */
interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    cspViolations?: Violation[];
  }
}

const NODES = [
  'cp-2,control-plane,192.168.10.12,fd00:192:168:10::12',
  'cp-3,control-plane,192.168.10.13,fd00:192:168:10::13',
  'worker-1,worker,192.168.10.21,fd00:192:168:10::21',
].join('\n');

const CONFIG = [
  'apiVersion: kubeadm.k8s.io/v1beta4',
  'kind: ClusterConfiguration',
  'clusterName: imported',
  'networking:',
  '  podSubnet: 10.244.0.0/16,fd00:10:244::/56',
  '  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112',
].join('\n');

/** Records every request the page, its workers and its service workers make, as it happens. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  const add = (request: Request) => urls.push(request.url());
  page.on('request', add);
  page.context().on('request', add);
  return urls;
}

/** The URLs that leave the page's origin; data: and blob: URLs never reach the network. */
function outsideOrigin(urls: readonly string[], origin: string): string[] {
  return urls.filter((url) => {
    const { protocol, origin: theirs } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return theirs !== origin;
  });
}

async function downloadOf(page: Page, button: string): Promise<string> {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return (await downloadPromise).suggestedFilename();
}

/**
 * Switches to every other language (whose text loads on demand) and back, when the page offers a
 * language switch; says whether it did.
 */
async function switchLanguageIfOffered(page: Page): Promise<boolean> {
  const name = /Language|语言/;
  const combobox = page.getByRole('combobox', { name });
  if ((await combobox.count()) > 0) {
    const options = await combobox.locator('option').allTextContents();
    for (const option of [...options.slice(1), options[0] ?? '']) {
      await combobox.selectOption({ label: option });
      if (option === '简体中文') {
        await expect(page.getByRole('navigation', { name: zhCN.steps.nav })).toBeVisible();
      }
    }
    return true;
  }
  const group = page.getByRole('group', { name });
  const buttons = group.getByRole('button');
  const count = await buttons.count();
  for (let i = count - 1; i >= 0; i--) await buttons.nth(i).click();
  return count > 0;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
});

test('a full journey requests nothing outside the page’s origin and breaks no CSP rule', async ({
  page,
  wizard,
  baseURL,
}) => {
  const requests = recordRequests(page);
  // The fixture opened the page before the recorder existed: open it again under the recorder.
  await wizard.open();
  const origin = new URL(page.url()).origin;
  expect(origin).toBe(new URL(baseURL ?? '').origin);

  await wizard.fill('Cluster name', 'journey');
  await wizard.fill('Control-plane endpoint', 'k8s-api.example.internal:6443');
  await wizard.next();
  await wizard.expectStep('Networking');
  await page.getByRole('button', { name: 'Generate a ULA prefix for IPv6' }).click();
  await wizard.next();
  await wizard.expectStep('Control-plane node');
  await wizard.next();

  await wizard.expectStep('Nodes');
  await page.getByText('Paste many nodes').click();
  await wizard.fill(
    'Node table (name, role, IPv4, IPv6 — CSV or whitespace-separated, one node per line)',
    NODES,
  );
  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('button', { name: 'Add 3 node(s)' }).click();
  await page.getByRole('button', { name: 'Add a node' }).click();
  await wizard.fill('Node 5 Name', 'worker-2');
  await wizard.fill('Node 5 Node IP (IPv4)', '192.168.10.22');
  await wizard.fill('Node 5 Node IP (IPv6)', 'fd00:192:168:10::22');
  await expect(page.getByText('4 joining node(s).')).toBeVisible();
  await wizard.next();

  await wizard.expectStep('Joining');
  await page.getByRole('button', { name: 'Generate a token' }).click();
  await page.getByRole('button', { name: 'Generate a certificate key' }).click();
  await wizard.fill('CA certificate hashes', `sha256:${'3f'.repeat(32)}`);
  await wizard.next();

  await wizard.expectStep('Review');
  expect(await downloadOf(page, 'Download everything (.zip)')).toBe('kubeadm-cluster.zip');
  await page.getByRole('button', { name: 'Copy kubeadm join commands' }).click();
  expect(await wizard.clipboardText()).toContain('kubeadm join --config join-cp-2.yaml');
  expect(await downloadOf(page, 'Save plan')).toBe('kubeadm-plan.json');
  await page.getByRole('button', { name: 'Copy share link' }).click();

  await page.getByRole('button', { name: 'Import kubeadm configs…' }).click();
  await wizard.fill('Paste YAML (one file; several documents separated by ---)', CONFIG);
  await page.getByRole('button', { name: 'Import into the wizard' }).click();
  await expect(page.getByText('Imported 1 file(s) into the wizard.')).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => wizard.fileText()).toContain('clusterName: imported');

  test.info().annotations.push({
    type: 'language switch',
    description: (await switchLanguageIfOffered(page)) ? 'exercised' : 'not offered',
  });
  // Open the app once more: a second load is where a service worker or cache would fetch.
  await wizard.open();

  expect(requests.some((url) => /\.js(\?|$)/.test(url))).toBe(true);
  expect(outsideOrigin(requests, origin)).toEqual([]);
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
});

test('the built page enforces its Content-Security-Policy', async ({ page, wizard }) => {
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /script-src 'self';.*style-src 'self';.*object-src 'none'/,
  );
  // A control for the journey above: the recorder sees a violation when there is one.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
    const image = document.createElement('img');
    image.src = 'https://example.com/x.png';
    document.body.append(image);
  });
  await expect
    .poll(() => page.evaluate(() => window.cspViolations?.map((v) => v.directive).sort()))
    .toEqual(['img-src', 'script-src-elem']);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  await wizard.expectStep('Cluster');
});
