import type { Page } from '@playwright/test';
import { formatIssue, makeIssue, MAX_CONFIG_BYTES, type Language } from '../src/domain/index.ts';
import { YAML_LIMITS } from '../src/domain/text/yaml.ts';
import type { UiText } from '../src/ui/text/en.ts';
import { expect, test } from './fixtures.ts';
import type { WizardPage } from './wizardPage.ts';

const ALIAS_BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
].join('\n');

/** The catalogue's message for a reader limit, in the page's language. */
function limitMessage(limit: 'aliases' | 'size', language: Language): string {
  const max = limit === 'size' ? MAX_CONFIG_BYTES : YAML_LIMITS.maxAliases;
  return formatIssue(makeIssue('input_limit', { path: '' }, { limit, max }), language);
}

/**
 * Puts text into the paste box the way a paste does (typing megabytes would take minutes) and
 * returns the milliseconds, measured in the page, until the wizard shows a refusal or a result.
 */
async function paste(page: Page, t: UiText, text: string, awaitRefusal = false): Promise<number> {
  return page.getByLabel(t.importer.paste).evaluate(
    async (el, [value, wait, refused]) => {
      const input = el as HTMLTextAreaElement;
      const descriptor = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
      // React tracks the value through the prototype's setter; calling it is what a paste does.
      // eslint-disable-next-line @typescript-eslint/unbound-method
      Reflect.apply(descriptor?.set ?? (() => undefined), input, [value]);
      const started = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (
        wait &&
        !document.body.textContent?.includes(refused) &&
        performance.now() - started < 5000
      ) {
        await new Promise(requestAnimationFrame);
      }
      return performance.now() - started;
    },
    [text, awaitRefusal, t.importer.refused] as const,
  );
}

async function expectRefusedAndUsable(
  wizard: WizardPage,
  page: Page,
  before: string,
  reason: string,
) {
  await expect(page.getByText(wizard.t.importer.refused)).toBeVisible();
  await expect(page.getByText(reason)).toBeVisible();
  expect(await wizard.fileText()).toBe(before);
  await page.getByRole('button', { name: wizard.t.importer.close }).click();
  await wizard.next();
  await wizard.expectStep('networking');
}

// The time bounds below are safety bounds for hostile input, not speed claims (npm run bench).
test('an alias bomb is refused within a second and the page stays usable', async ({
  wizard,
  page,
  language,
  t,
}) => {
  const reason = limitMessage('aliases', language);
  const before = await wizard.fileText();
  await page.getByRole('button', { name: t.plan.import }).click();
  await paste(page, t, ALIAS_BOMB);
  await expect(page.getByText(t.importer.refused)).toHaveCount(0);
  const started = Date.now();
  await page.getByRole('button', { name: t.importer.run }).click();
  await expect(page.getByText(reason)).toBeVisible();
  expect(Date.now() - started).toBeLessThan(1000);
  await expectRefusedAndUsable(wizard, page, before, reason);
});

test('a 10 MB paste is refused as it arrives, within a second, and the page stays usable', async ({
  wizard,
  page,
  language,
  t,
}) => {
  const reason = limitMessage('size', language);
  const before = await wizard.fileText();
  await page.getByRole('button', { name: t.plan.import }).click();
  const huge = `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nclusterName: ${'x'.repeat(10 * 1024 * 1024)}\n`;
  const elapsed = await paste(page, t, huge, true);
  await expect(page.getByText(reason)).toBeVisible();
  expect(elapsed).toBeLessThan(1000);
  await expectRefusedAndUsable(wizard, page, before, reason);
});

test('an import with repeated keys shows each duplicate and keeps the last value', async ({
  wizard,
  page,
  language,
  t,
}) => {
  const text = [
    'apiVersion: kubeadm.k8s.io/v1beta4',
    'kind: ClusterConfiguration',
    'networking:',
    '  podSubnet: 10.1.0.0/16',
    '  podSubnet: 10.244.0.0/16',
    '',
  ].join('\n');
  const duplicate = makeIssue(
    'duplicate_key',
    { path: 'networking.podSubnet' },
    { key: 'podSubnet', path: 'networking.podSubnet', line: 5 },
  );
  await page.getByRole('button', { name: t.plan.import }).click();
  await paste(page, t, text);
  await page.getByRole('button', { name: t.importer.run }).click();
  const report = page.getByRole('region', { name: t.importer.title });
  await expect(report.getByText(formatIssue(duplicate, language))).toBeVisible();
  await page.getByRole('button', { name: t.importer.close }).click();
  await wizard.stepButton('networking').click();
  await expect(wizard.field(t.networking.podSubnet('IPv4'))).toHaveValue('10.244.0.0/16');
});
