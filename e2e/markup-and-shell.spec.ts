import type { Locator, Page } from '@playwright/test';
import { parseYamlStream } from '../src/domain/text/yaml.ts';
import { expect, test } from './fixtures.ts';
import type { WizardPage } from './wizardPage.ts';

// English labels: the browser locale that picks the app's language is pinned.
test.use({ locale: 'en-US' });

declare global {
  interface Window {
    addedElements?: string[];
  }
}

/** Markup and shell metacharacters in one string; `\n` here is a backslash and an n. */
const PAYLOAD = `<img src=x onerror=alert(1)>"; rm -rf / #$(reboot)\`id\`'quoted'\\nnewline`;

/** What each free-text field gets: a tag naming the field, then the payload. */
const VALUES = {
  clusterName: `cn${PAYLOAD}`,
  endpoint: `ep${PAYLOAD}`,
  san: `san${PAYLOAD}`,
  criSocket: `cri${PAYLOAD}`,
  dnsDomain: `dns${PAYLOAD}`,
  nodeName: `node${PAYLOAD}`,
  advertise: `adv${PAYLOAD}`,
  joinName: `join${PAYLOAD}`,
  discovery: `disc${PAYLOAD}`,
  token: `tok${PAYLOAD}`,
  ttl: `ttl${PAYLOAD}`,
  caHash: `ca${PAYLOAD}`,
  certificateKey: `key${PAYLOAD}`,
};

/**
 * A tiny POSIX word reader: blanks split words; single quotes keep everything; double quotes keep
 * all but `$`, backtick and backslash escapes; a bare backslash quotes the next character.
 * Anything a shell would act on outside quotes (separators, redirections, expansions, globs,
 * comments, a newline) throws.
 */
function shellWords(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === ' ' || c === '\t') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new Error('unclosed single quote');
      word = (word ?? '') + text.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let value = '';
      for (i++; text[i] !== '"'; i++) {
        const d = text[i];
        if (d === undefined) throw new Error('unclosed double quote');
        if (d === '$' || d === '`') throw new Error(`expansion ${d} in double quotes`);
        if (d === '\\' && /[$`"\\]/.test(text[i + 1] ?? '')) i++;
        value += text[i] ?? '';
      }
      word = (word ?? '') + value;
    } else if (c === '\\') {
      if (i + 1 >= text.length || text[i + 1] === '\n') throw new Error('dangling backslash');
      word = (word ?? '') + (text[i + 1] ?? '');
      i++;
    } else if (c === '#' && word !== undefined) {
      word += c;
    } else if (/[;&|<>()`$\n*?[~{}!#]/.test(c)) {
      throw new Error(`unquoted ${JSON.stringify(c)} at ${i} in ${JSON.stringify(text)}`);
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Every string in the YAML documents of a file's text, read back as YAML. */
function yamlStrings(text: string): string[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  const stream = parseYamlStream(text);
  expect(stream.problem).toBeUndefined();
  for (const doc of stream.documents) {
    expect(doc.problem).toBeUndefined();
    walk(doc.data);
  }
  return strings;
}

async function goTo(page: Page, step: RegExp): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('button', { name: step })
    .click();
}

/** Fails on anything the typed text could have turned into: new elements, dialogs. */
async function expectNothingInjected(page: Page, dialogs: string[]): Promise<void> {
  await expect(page.locator('img[src="x"], img[src$="/x"]')).toHaveCount(0);
  expect(await page.evaluate(() => window.addedElements)).toEqual([]);
  expect(dialogs).toEqual([]);
}

async function commandText(page: Page, title: string): Promise<string> {
  const block: Locator = page.getByRole('region', { name: title, exact: true }).first();
  return (await block.textContent()) ?? '';
}

/**
 * Visits every step with valid defaults first (the step list opens only visited steps), then
 * types into each step's fields from the last step back to the first.
 */
async function fillAll(wizard: WizardPage, page: Page): Promise<void> {
  await wizard.nextUntil('Review');

  await goTo(page, /Joining/);
  await wizard.fill('API server endpoint for joining nodes', VALUES.discovery);
  await wizard.fill('Bootstrap token', VALUES.token);
  await wizard.fill('Token lifetime (TTL)', VALUES.ttl);
  // A real newline in a list field starts a second entry.
  await wizard.fill('CA certificate hashes', `${VALUES.caHash}\nnewline-hash`);
  await wizard.fill('Certificate key (control-plane joins)', VALUES.certificateKey);

  await goTo(page, /Nodes/);
  await page.getByRole('button', { name: 'Add a node' }).click();
  await wizard.fill('Node 2 Name', VALUES.joinName);

  await goTo(page, /Control-plane node/);
  await wizard.fill('Node name', VALUES.nodeName);
  await wizard.fill('Advertise address', VALUES.advertise);
  // Node IPs need a config file; without them the flags-only command carries the whole plan.
  await wizard.fill('Node IP (IPv4)', '');
  await wizard.fill('Node IP (IPv6)', '');

  await goTo(page, /Networking/);
  await wizard.fill('Cluster DNS domain', VALUES.dnsDomain);

  await goTo(page, /Cluster/);
  await wizard.fill('Cluster name', VALUES.clusterName);
  await wizard.fill('Control-plane endpoint', VALUES.endpoint);
  await wizard.fill('Extra API server certificate names (SANs)', `${VALUES.san}\nnewline-san`);
  await wizard.fill('Container runtime socket', VALUES.criSocket);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.addedElements = [];
    // Any image, script, frame or object appearing in the page is text turned into markup.
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const el of [node, ...node.querySelectorAll('*')]) {
            if (/^(img|script|iframe|object|embed|svg|image)$/i.test(el.tagName)) {
              window.addedElements?.push(el.outerHTML.slice(0, 80));
            }
          }
        }
      }
    });
    // From when the parsed page is complete: its own module script is not typed text.
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document, { childList: true, subtree: true }),
    );
  });
});

test('markup and shell metacharacters in every free-text field stay text and stay quoted', async ({
  wizard,
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await fillAll(wizard, page);
  await expectNothingInjected(page, dialogs);

  // The preview shows the text as text: read back as YAML it gives every value unchanged.
  await expect.poll(() => wizard.fileText()).toContain('rm -rf');
  const initStrings = yamlStrings(await wizard.fileText());
  for (const value of [
    VALUES.clusterName,
    VALUES.endpoint,
    VALUES.san,
    VALUES.criSocket,
    VALUES.dnsDomain,
    VALUES.nodeName,
    VALUES.advertise,
    VALUES.token,
    VALUES.ttl,
  ]) {
    expect(
      initStrings.some((s) => s.includes(value)),
      value,
    ).toBe(true);
  }
  const preview = page.getByLabel('Contents of kubeadm-config.yaml').first();
  expect(await preview.innerHTML()).toContain('&lt;img src=x onerror=alert(1)&gt;');
  await expect(preview.locator('img')).toHaveCount(0);

  await goTo(page, /Review/);
  await wizard.expectStep('Review');
  await expectNothingInjected(page, dialogs);
  const joinText = await page
    .getByLabel(/^Contents of join-/)
    .first()
    .textContent();
  const joinStrings = yamlStrings(joinText ?? '');
  for (const value of [VALUES.joinName, VALUES.discovery, VALUES.token, VALUES.caHash]) {
    expect(
      joinStrings.some((s) => s.includes(value)),
      value,
    ).toBe(true);
  }

  // The commands read back into exactly the expected words: no value splits or escapes.
  expect(shellWords(await commandText(page, 'kubeadm init command'))).toEqual([
    'kubeadm',
    'init',
    '--config',
    'kubeadm-config.yaml',
  ]);
  const joins = (await commandText(page, 'kubeadm join commands (one per node)')).split('\n');
  expect(joins).toHaveLength(1);
  const joinWords = shellWords(joins[0] ?? '');
  expect(joinWords.slice(0, 3)).toEqual(['kubeadm', 'join', '--config']);
  expect(joinWords[3]).toMatch(/^join-[a-z0-9.-]+\.yaml$/);
  expect(joinWords).toHaveLength(4);

  const flags = await commandText(page, 'Without a config file (networking flags only)');
  expect(shellWords(flags)).toEqual([
    'kubeadm',
    'init',
    '--pod-network-cidr=10.244.0.0/16,fd00:10:244::/56',
    '--service-cidr=10.96.0.0/16,fd00:10:96::/112',
    `--service-dns-domain=${VALUES.dnsDomain}`,
    `--apiserver-advertise-address=${VALUES.advertise}`,
    `--control-plane-endpoint=${VALUES.endpoint}`,
    `--apiserver-cert-extra-sans=${VALUES.san},newline-san`,
    `--cri-socket=${VALUES.criSocket}`,
    '--kubernetes-version=v1.35.0',
    `--node-name=${VALUES.nodeName}`,
    `--token=${VALUES.token}`,
    `--token-ttl=${VALUES.ttl}`,
    `--certificate-key=${VALUES.certificateKey}`,
  ]);
  // The copy button copies the same, quoted text.
  await page.getByRole('button', { name: 'Copy flags-only kubeadm init command' }).click();
  expect(await wizard.clipboardText()).toBe(flags);
  await expectNothingInjected(page, dialogs);
});

test('the test’s word reader refuses what a shell would act on', () => {
  expect(shellWords(`a 'b c' "d\\"e" f\\ g --x='it'\\''s'`)).toEqual([
    'a',
    'b c',
    'd"e',
    'f g',
    "--x=it's",
  ]);
  for (const bad of ['a; b', 'a $(b)', 'a `b`', 'a | b', 'a > b', 'a\nb', '$HOME', 'a &']) {
    expect(() => shellWords(bad)).toThrow();
  }
});

test('the injection recorder sees an element that text turned into markup would add', async ({
  wizard,
  page,
}) => {
  await wizard.expectStep('Cluster');
  expect(await page.evaluate(() => window.addedElements)).toEqual([]);
  await page.evaluate(() => {
    const host = document.createElement('div');
    host.innerHTML = '<img src=x>';
    document.body.append(host);
  });
  await expect.poll(() => page.evaluate(() => window.addedElements)).toEqual(['<img src="x">']);
});
