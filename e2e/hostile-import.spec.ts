import type { Page } from '@playwright/test';
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

/**
 * Puts text into the paste box the way a paste does (typing megabytes would take minutes) and
 * returns the milliseconds, measured in the page, until the wizard shows a refusal or a result.
 */
async function paste(page: Page, text: string, awaitRefusal = false): Promise<number> {
  return page.getByLabel('Paste YAML (one file; several documents separated by ---)').evaluate(
    async (el, [value, wait]) => {
      const input = el as HTMLTextAreaElement;
      const descriptor = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
      // React tracks the value through the prototype's setter; calling it is what a paste does.
      // eslint-disable-next-line @typescript-eslint/unbound-method
      Reflect.apply(descriptor?.set ?? (() => undefined), input, [value]);
      const started = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (
        wait &&
        !document.body.textContent?.includes('Nothing was imported') &&
        performance.now() - started < 5000
      ) {
        await new Promise(requestAnimationFrame);
      }
      return performance.now() - started;
    },
    [text, awaitRefusal] as const,
  );
}

async function expectRefusedAndUsable(
  wizard: WizardPage,
  page: Page,
  before: string,
  reason: RegExp,
) {
  await expect(
    page.getByText('Nothing was imported; your plan is unchanged.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByText(reason)).toBeVisible();
  expect(await wizard.fileText()).toBe(before);
  await page.getByRole('button', { name: 'Close' }).click();
  await wizard.next();
  await wizard.expectStep('Networking');
}

// The time bounds below are safety bounds for hostile input, not speed claims (npm run bench).
test('an alias bomb is refused within a second and the page stays usable', async ({
  wizard,
  page,
}) => {
  const before = await wizard.fileText();
  await page.getByRole('button', { name: 'Import kubeadm configs…' }).click();
  await paste(page, ALIAS_BOMB);
  await expect(page.getByText('Nothing was imported', { exact: false })).toHaveCount(0);
  const started = Date.now();
  await page.getByRole('button', { name: 'Import into the wizard' }).click();
  await expect(page.getByText(/too many aliases/)).toBeVisible();
  expect(Date.now() - started).toBeLessThan(1000);
  await expectRefusedAndUsable(wizard, page, before, /too many aliases/);
});

test('a 10 MB paste is refused as it arrives, within a second, and the page stays usable', async ({
  wizard,
  page,
}) => {
  const before = await wizard.fileText();
  await page.getByRole('button', { name: 'Import kubeadm configs…' }).click();
  const huge = `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nclusterName: ${'x'.repeat(10 * 1024 * 1024)}\n`;
  const elapsed = await paste(page, huge, true);
  await expect(page.getByText(/too large to read/)).toBeVisible();
  expect(elapsed).toBeLessThan(1000);
  await expectRefusedAndUsable(wizard, page, before, /too large to read/);
});
