// Screenshots of a newcomer's first minutes (issue 13), one per point at 1280 and 390 px, so a
// change to those screens can be shown before and after. Drives the English UI by labels only, so
// the same script runs against an older build.
// Usage: node scripts/newcomer-shots.mjs URL OUTDIR TAG   (e.g. a `vite preview` of each build)
// Writes OUTDIR/13-<point>-<TAG>-<width>.jpg (SHOT_TYPE=png for PNG files; SHOT_POINTS=1,4 for
// some points only).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [url, outDir, tag] = process.argv.slice(2);
if (!url || !outDir || !tag) {
  console.error('usage: node scripts/newcomer-shots.mjs URL OUTDIR TAG');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const exact = { exact: true };
const WIDTHS = [1280, 390];

async function open(browser, width) {
  const context = await browser.newContext({
    viewport: { width, height: width > 500 ? 900 : 844 },
    locale: 'en-US',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('heading', { level: 2, name: 'Cluster', exact: true }).waitFor();
  await page.waitForTimeout(800);
  return page;
}

const next = (page) => page.getByRole('button', { name: 'Next', exact: true }).click();
const field = (page, label) => page.getByLabel(label, exact);
const stepButton = (page, title) =>
  page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${title}`) });

async function toStep(page, title) {
  for (let i = 0; i < 6; i++) {
    if (await page.getByRole('heading', { level: 2, name: title, exact: true }).isVisible()) return;
    const token = field(page, 'Bootstrap token');
    if ((await token.count()) > 0 && (await token.inputValue()) === '')
      await token.fill('abcdef.0123456789abcdef');
    await next(page);
    await page.waitForTimeout(300);
  }
}

const type = process.env.SHOT_TYPE === 'png' ? 'png' : 'jpeg';

async function shot(page, point, width, fullPage = true) {
  await page.waitForTimeout(500);
  await page.screenshot({
    path: `${outDir}/13-${point}-${tag}-${width}.${type === 'png' ? 'png' : 'jpg'}`,
    type,
    ...(type === 'jpeg' ? { quality: 60 } : {}),
    fullPage,
  });
}

const POINTS = {
  // 1. The docs page's comma-joined pod subnets pasted into the IPv4 field.
  1: async (page, width) => {
    await toStep(page, 'Networking');
    await page.evaluate(() => navigator.clipboard.writeText('10.244.0.0/16,2001:db8:42:0::/56'));
    const pod = field(page, 'Pod subnet (IPv4)');
    await pod.fill('');
    await pod.press('Control+V');
    await page.keyboard.press('Tab');
    await shot(page, 1, width);
  },
  // 2. A visited step with an error, seen from a later step.
  2: async (page, width) => {
    await toStep(page, 'Nodes');
    await stepButton(page, 'Networking').click();
    await field(page, 'Pod subnet (IPv4)').fill('10.244.0.0/33');
    await page.keyboard.press('Tab');
    await stepButton(page, 'Nodes').click();
    await shot(page, 2, width, false);
  },
  // 3. The Review step's downloads while the files have errors.
  3: async (page, width) => {
    await toStep(page, 'Review');
    await stepButton(page, 'Networking').click();
    await field(page, 'Pod subnet (IPv4)').fill('10.244.0.0/33');
    await page.keyboard.press('Tab');
    await stepButton(page, 'Review').click();
    await page.getByRole('heading', { level: 2, name: 'Review', exact: true }).waitFor();
    await shot(page, 3, width);
  },
  // 4. Three joining nodes, one with an invalid IPv4 address.
  4: async (page, width) => {
    await toStep(page, 'Nodes');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Add a node' }).click();
    for (let row = 2; row <= 4; row++) {
      await field(page, `Node ${row} Name`).fill(`worker-${row - 1}`);
      await field(page, `Node ${row} Node IP (IPv4)`).fill(
        row === 3 ? '10.0.0.300' : `192.168.10.${20 + row}`,
      );
      await field(page, `Node ${row} Node IP (IPv6)`).fill(`fd00:192:168:10::${20 + row}`);
    }
    // Next refuses the step and shows each field's own error.
    await next(page);
    await shot(page, 4, width);
  },
  // 5. A service subnet inside the pod subnet.
  5: async (page, width) => {
    await toStep(page, 'Networking');
    await field(page, 'Pod subnet (IPv4)').fill('10.244.0.0/16');
    await field(page, 'Service subnet (IPv4)').fill('10.244.128.0/20');
    await page.keyboard.press('Tab');
    await shot(page, 5, width);
  },
  // 6. The first screen, untouched.
  6: async (page, width) => {
    await shot(page, 6, width);
  },
  // 7. A nodes paste mixing CSV and whitespace rows.
  7: async (page, width) => {
    await toStep(page, 'Nodes');
    await page.getByText('Paste many nodes', exact).click();
    await page
      .getByLabel(/^Node table/)
      .fill('cp-9,control-plane,10.0.0.9\nw-1 worker 10.0.0.2\nw-2\tworker\t10.0.0.3');
    await page.getByRole('button', { name: 'Check rows' }).click();
    await shot(page, 7, width);
  },
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
try {
  const only = process.env.SHOT_POINTS?.split(',');
  for (const [point, take] of Object.entries(POINTS)) {
    if (only && !only.includes(point)) continue;
    for (const width of WIDTHS) {
      const page = await open(browser, width);
      try {
        await take(page, width);
      } catch (error) {
        console.error(`point ${point} at ${width} px: ${error.message.split('\n')[0]}`);
      }
      await page.context().close();
    }
  }
} finally {
  await browser.close();
}
