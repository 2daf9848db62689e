import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** Whether the element is the document's focused element. */
function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/** Expects the focused element to show a focus indicator (an outline that is drawn). */
async function expectFocusVisible(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return undefined;
    const css = getComputedStyle(el);
    return {
      style: css.outlineStyle,
      width: css.outlineWidth,
      focusVisible: el.matches(':focus-visible'),
    };
  });
  expect(style, 'the focused element').toBeDefined();
  expect(style?.focusVisible, 'matches :focus-visible').toBe(true);
  expect(style?.style, 'outline-style of the focused element').not.toBe('none');
  expect(style?.width, 'outline-width of the focused element').not.toBe('0px');
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, at most `max` times, checking that every
 * stop on the way shows its focus; returns the number of presses.
 */
async function tabTo(
  page: Page,
  target: Locator,
  { back = false, max = 25 } = {},
): Promise<number> {
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await expectFocusVisible(page);
    if (await isFocused(target)) return presses;
  }
  throw new Error(`focus did not reach ${target.toString()} within ${max} presses`);
}

/** Replaces the focused text field's value by typing, as a keyboard user does. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

test('a keyboard-only user reaches Review and downloads kubeadm-config.yaml', async ({
  page,
  wizard,
  t,
  consoleErrors,
}) => {
  const nextButton = page.getByRole('button', { name: t.steps.next, exact: true });

  // Cluster: the skip link comes first, then the plan toolbar, the step list's current step and
  // the first field.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: t.app.skipToForm, exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  // The switch's label is bilingual on purpose: it must be found whatever language is showing.
  await expect(page.getByLabel('Language · 语言')).toBeFocused();
  await expectFocusVisible(page);
  await tabTo(page, page.getByRole('button', { name: t.plan.import }));
  await tabTo(page, wizard.stepButton('cluster'));
  await page.keyboard.press('Tab');
  await expect(wizard.field(t.cluster.kubernetesVersion)).toBeFocused();
  await expectFocusVisible(page);
  await retype(page, 'v1.34.2');

  // The API version select answers arrow keys without opening.
  await page.keyboard.press('Tab');
  const apiVersion = wizard.field(t.cluster.apiVersion);
  await expect(apiVersion).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(apiVersion).toHaveValue('v1beta3');
  await page.keyboard.press('ArrowUp');
  await expect(apiVersion).toHaveValue('v1beta4');

  await page.keyboard.press('Tab');
  await expect(wizard.field(t.cluster.clusterName)).toBeFocused();
  await page.keyboard.type('edge');
  await page.keyboard.press('Tab');
  await expect(wizard.field(t.cluster.controlPlaneEndpoint)).toBeFocused();
  await page.keyboard.type('k8s-api.example.internal:6443');
  await page.keyboard.press('Tab');
  await expect(wizard.field(t.cluster.certSANs)).toBeFocused();
  await page.keyboard.type('k8s-api.example.internal');
  await page.keyboard.press('Enter');
  await page.keyboard.type('10.0.0.10');

  // A preset button, pressed with Space, fills the socket field.
  await tabTo(page, page.getByRole('button', { name: t.cluster.criContainerd, exact: true }));
  await page.keyboard.press('Space');
  await expect(wizard.field(t.cluster.criSocket)).toHaveValue(
    'unix:///var/run/containerd/containerd.sock',
  );

  // Shift+Tab walks back to the socket field.
  await tabTo(page, wizard.field(t.cluster.criSocket), { back: true });

  await tabTo(page, nextButton);
  await page.keyboard.press('Enter');

  // Networking: focus lands on the step heading. Steps load on demand: the user reads the step
  // before tabbing into it.
  await expect(wizard.stepHeading('networking')).toBeFocused();
  await wizard.ready();
  await page.keyboard.press('Tab');
  const ipv4Primary = page.getByRole('radio', { name: t.networking.stackDualIpv4 });
  await expect(ipv4Primary).toBeFocused();
  await expectFocusVisible(page);
  // Arrow keys move within the radio group and select as they go.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: t.networking.stackDualIpv6 })).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(ipv4Primary).toBeChecked();
  await expect(ipv4Primary).toBeFocused();

  // A wrong value, submitted with Enter from the field, is refused and keeps focus on it.
  const pod4 = wizard.field(t.networking.podSubnet('IPv4'));
  await tabTo(page, pod4);
  await retype(page, '10.244.0.0/33');
  await page.keyboard.press('Enter');
  await expect(wizard.stepHeading('networking')).toBeVisible();
  await expect(pod4).toBeFocused();
  await expect(pod4).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: '10.244.0.0/33' })).toBeVisible();
  // Correcting the value clears the error as the user types, without leaving the field.
  await retype(page, '10.32.0.0/16');
  await expect(pod4).toHaveAttribute('aria-invalid', 'false');
  await tabTo(page, wizard.field(t.networking.serviceSubnet('IPv4')));
  await retype(page, '10.33.0.0/20');
  await tabTo(page, nextButton);
  await page.keyboard.press('Enter');

  // Control-plane node.
  await expect(wizard.stepHeading('controlPlane')).toBeFocused();
  await wizard.ready();
  await tabTo(page, wizard.field(t.controlPlane.name));
  await retype(page, 'edge-cp-1');
  await tabTo(page, nextButton);
  await page.keyboard.press('Space');

  // Nodes: add a worker with the keyboard and fill its row.
  await expect(wizard.stepHeading('nodes')).toBeFocused();
  await wizard.ready();
  await tabTo(page, page.getByRole('button', { name: t.nodes.add }));
  await page.keyboard.press('Enter');
  // The new row sits above the button: go back to it.
  await tabTo(page, wizard.field(t.nodes.cell(2, t.nodes.name)), { back: true });
  await retype(page, 'edge-w-1');
  await tabTo(page, wizard.field(t.nodes.cell(2, t.nodes.ip('IPv4'))));
  await retype(page, '192.168.10.31');
  await tabTo(page, wizard.field(t.nodes.cell(2, t.nodes.ip('IPv6'))));
  await retype(page, 'fd00:192:168:10::31');
  await tabTo(page, nextButton);
  await page.keyboard.press('Enter');

  // Joining: generate a token with the keyboard.
  await expect(wizard.stepHeading('discovery')).toBeFocused();
  await wizard.ready();
  await tabTo(page, page.getByRole('button', { name: t.discovery.generateToken }));
  await page.keyboard.press('Enter');
  await expect(wizard.field(t.discovery.token)).toHaveValue(/^[a-z0-9]{6}\.[a-z0-9]{16}$/);
  await tabTo(page, nextButton);
  await page.keyboard.press('Enter');

  // Review: download with the keyboard; the file is exactly the YAML shown.
  await expect(wizard.stepHeading('review')).toBeFocused();
  await wizard.ready();
  const shown = await wizard.fileText('kubeadm-config.yaml');
  expect(shown).toContain('podSubnet: 10.32.0.0/16,fd00:10:244::/56');
  expect(shown).toContain('controlPlaneEndpoint: k8s-api.example.internal:6443');
  expect(shown).toContain('name: edge-cp-1');
  await tabTo(page, page.getByRole('button', { name: t.preview.download('kubeadm-config.yaml') }));
  const downloadPromise = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('kubeadm-config.yaml');
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString('utf8')).toBe(shown);
  expect(consoleErrors).toEqual([]);
});
