import type { Page } from '@playwright/test';
import { formatIssue, makeIssue } from '../src/domain/index.ts';
import { expectAccessible } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { escapeRegExp, type WizardPage } from './wizardPage.ts';
import type { UiText } from '../src/ui/text/en.ts';

const WIDTHS = [1280, 390] as const;

/** Opens the Nodes step with three joining nodes; node 3's IPv4 address is not an IP. */
async function threeNodes(wizard: WizardPage, page: Page, t: UiText) {
  await wizard.fill(t.cluster.controlPlaneEndpoint, 'k8s-api.example.internal:6443');
  await wizard.nextUntil('nodes');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: t.nodes.add }).click();
  for (let row = 2; row <= 4; row++) {
    await wizard.fill(t.nodes.cell(row, t.nodes.name), `worker-${row - 1}`);
    await wizard.fill(
      t.nodes.cell(row, t.nodes.ip('IPv4')),
      row === 3 ? '10.0.0.300' : `192.168.10.${20 + row}`,
    );
    await wizard.fill(t.nodes.cell(row, t.nodes.ip('IPv6')), `fd00:192:168:10::${20 + row}`);
  }
  await page.keyboard.press('Tab');
}

for (const width of WIDTHS) {
  test(`every node field is labelled and fits the page at ${width} px`, async ({
    wizard,
    page,
    t,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await threeNodes(wizard, page, t);
    const table = page.locator('.table-scroll');
    const fields = table.locator('input, select');
    await expect(fields).toHaveCount(3 * 4);
    for (const field of await fields.all()) {
      await field.scrollIntoViewIfNeeded();
      await expect(field).toBeVisible();
      await expect(field).toHaveAccessibleName(/.+/);
      const id = await field.getAttribute('id');
      await expect(page.locator(`label[for="${id}"]`)).toBeVisible();
      const box = await field.boundingBox();
      const frame = await table.boundingBox();
      expect(box && frame).toBeTruthy();
      expect(box!.x).toBeGreaterThanOrEqual(frame!.x);
      expect(box!.x + box!.width).toBeLessThanOrEqual(frame!.x + frame!.width + 0.5);
      // The whole value is readable: no text scrolled out of its input.
      const clipped = await field.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(clipped, `${id} shows its whole value`).toBeLessThanOrEqual(0);
    }
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      table: (() => {
        const el = document.querySelector('.table-scroll');
        return el ? el.scrollWidth - el.clientWidth : 0;
      })(),
    }));
    expect(overflow).toEqual({ page: 0, table: 0 });
  });
}

test('an invalid node IP shows its error right under that input', async ({
  wizard,
  page,
  t,
  language,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await threeNodes(wizard, page, t);
  const input = wizard.field(t.nodes.cell(3, t.nodes.ip('IPv4')));
  const message = formatIssue(
    makeIssue('ip_syntax', { path: '' }, { value: '10.0.0.300' }),
    language,
  );
  const error = page.locator('#cell-nodes-2-ips-ipv4-error');
  // The step refuses Next and shows each field's own error.
  await page.getByRole('button', { name: t.steps.next, exact: true }).click();
  await expect(error).toContainText(message);
  await expect(input).toHaveAttribute('aria-describedby', /cell-nodes-2-ips-ipv4-error/);
  await expect(input).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
  const inputBox = await input.boundingBox();
  const errorBox = await error.boundingBox();
  expect(errorBox!.y - (inputBox!.y + inputBox!.height)).toBeLessThan(16);
  expect(Math.abs(errorBox!.x - inputBox!.x)).toBeLessThan(4);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the node cards pass axe at 390 px (${colorScheme})`, async ({ wizard, page, t }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme });
    await threeNodes(wizard, page, t);
    await expectAccessible(page, `nodes at 390 px (${colorScheme})`);
    await expect(page.locator('tr[data-row]')).toHaveCount(3);
    // A short list grows with the page: no scroll box inside it hides a card.
    const hidden = await page
      .locator('.table-scroll')
      .evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(hidden).toBe(0);
  });
}
