import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { WizardPage } from './wizardPage.ts';

// Hostile files through the Import panel's file picker (the paste box's alias bomb and 10 MB
// paste are in hostile-import.spec.ts). Time bounds are safety bounds against runaway parsing,
// not speed claims (those come from `npm run bench`).
// English labels and catalogue messages: the browser locale that picks the app's language is pinned.
test.use({ locale: 'en-US' });

const TIME_BOUND_MS = 3000;

const VALID_CONFIG = {
  apiVersion: 'kubeadm.k8s.io/v1beta4',
  kind: 'ClusterConfiguration',
  clusterName: 'from-json',
  networking: {
    podSubnet: '10.244.0.0/16,fd00:10:244::/56',
    serviceSubnet: '10.96.0.0/16,fd00:10:96::/112',
  },
};

const ALIAS_BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefghi'.split('').map((name, i) => {
    const previous = 'abcdefghi'[i] ?? 'a';
    return `${name}: &${name} [${Array<string>(9).fill(`*${previous}`).join(',')}]`;
  }),
].join('\n');

/** Pseudo-random bytes (a fixed seed, so a failure reproduces) with NUL bytes among them. */
function binaryJunk(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = i % 97 === 0 ? 0 : state & 0xff;
  }
  return bytes;
}

interface HostileFile {
  name: string;
  file: string;
  buffer: Buffer;
  /** The catalogue's message for the refusal (English). */
  reason: RegExp;
}

const HOSTILE: HostileFile[] = [
  {
    name: 'an alias bomb',
    file: 'bomb.yaml',
    buffer: Buffer.from(ALIAS_BOMB),
    reason: /too many aliases/,
  },
  {
    name: 'a 20 MB single line',
    file: 'huge.yaml',
    buffer: Buffer.from(`clusterName: ${'x'.repeat(20 * 1024 * 1024)}\n`),
    reason: /too large to read/,
  },
  {
    name: '10,000-deep flow nesting',
    file: 'deep-flow.yaml',
    buffer: Buffer.from(`${'['.repeat(10000)}${']'.repeat(10000)}\n`),
    reason: /nested too deeply/,
  },
  {
    name: '10,000-deep block nesting',
    file: 'deep-block.yaml',
    buffer: Buffer.from(`${'- '.repeat(10000)}x\n`),
    reason: /nested too deeply/,
  },
  {
    name: '1,000-deep block mappings',
    file: 'deep-map.yaml',
    buffer: Buffer.from(
      Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' x\n',
    ),
    reason: /nested too deeply/,
  },
  {
    name: 'binary junk with NUL bytes',
    file: 'junk.yaml',
    buffer: binaryJunk(64 * 1024),
    reason: /not text/,
  },
  {
    name: 'UTF-16 with a byte order mark',
    file: 'utf16.yaml',
    buffer: Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(JSON.stringify(VALID_CONFIG), 'utf16le'),
    ]),
    reason: /UTF-16 text; save it as UTF-8/,
  },
  {
    name: 'truncated JSON',
    file: 'truncated.json',
    buffer: Buffer.from(JSON.stringify(VALID_CONFIG).slice(0, 90)),
    reason: /Not valid YAML/,
  },
];

async function chooseFile(page: Page, file: string, buffer: Buffer): Promise<void> {
  await page.getByRole('button', { name: 'Import kubeadm configs…' }).click();
  const mimeType = file.endsWith('.json') ? 'application/json' : 'text/yaml';
  await page.getByLabel('Choose files').setInputFiles({ name: file, mimeType, buffer });
  await expect(page.getByText(file, { exact: true })).toBeVisible();
}

async function expectRefusedAndUsable(wizard: WizardPage, page: Page, before: string) {
  await page.getByRole('button', { name: 'Close' }).click();
  expect(await wizard.fileText()).toBe(before);
  await wizard.fill('Cluster name', 'still-usable');
  await expect.poll(() => wizard.fileText()).toContain('clusterName: still-usable');
  await wizard.next();
  await wizard.expectStep('Networking');
}

for (const hostile of HOSTILE) {
  test(`${hostile.name} chosen as a file is refused with a clear message; the plan stays`, async ({
    wizard,
    page,
    consoleErrors,
  }) => {
    const before = await wizard.fileText();
    await chooseFile(page, hostile.file, hostile.buffer);
    const started = Date.now();
    await page.getByRole('button', { name: 'Import into the wizard' }).click();
    await expect(
      page.getByText('Nothing was imported; your plan is unchanged.', { exact: false }),
    ).toBeVisible();
    const report = page.getByRole('region', { name: 'Import kubeadm config files' });
    await expect(report.getByText(hostile.reason).first()).toBeVisible();
    expect(Date.now() - started).toBeLessThan(TIME_BOUND_MS);
    // No stack trace or internal error reaches the user.
    await expect(report).not.toContainText(/Maximum call stack|RangeError|TypeError|\n\s+at /);
    await expectRefusedAndUsable(wizard, page, before);
    expect(consoleErrors).toEqual([]);
  });
}

test('a valid config written as JSON imports, since JSON is YAML', async ({ wizard, page }) => {
  await chooseFile(page, 'cluster.json', Buffer.from(JSON.stringify(VALID_CONFIG, null, 2)));
  await page.getByRole('button', { name: 'Import into the wizard' }).click();
  await expect(page.getByText('Imported 1 file(s) into the wizard.')).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => wizard.fileText()).toContain('clusterName: from-json');
});
