import { expectAccessible } from './axe.ts';
import { escapeRegExp } from './wizardPage.ts';
import { expect, test } from './fixtures.ts';

test('the first Tab reaches the skip link, and Enter moves focus to the form', async ({
  page,
  wizard,
  t,
}) => {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: t.app.skipToForm, exact: true });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(wizard.stepHeading('cluster')).toBeFocused();
});

test('an untouched plan shows example markers, not "No problems found", until edited', async ({
  wizard,
  t,
}) => {
  const example = new RegExp(escapeRegExp(t.steps.exampleHelp));
  const version = wizard.field(t.cluster.kubernetesVersion);
  await expect(version).toHaveAccessibleDescription(example);
  const preview = wizard.preview();
  await expect(preview.getByText(t.issues.untouched, { exact: true })).toBeVisible();
  await expect(preview.getByText(t.issues.none, { exact: true })).toHaveCount(0);

  await version.fill('v1.34.2');
  await expect(version).not.toHaveAccessibleDescription(example);
  await expect(preview.getByText(t.issues.untouched, { exact: true })).toHaveCount(0);
});

test('"Use these values" confirms the examples of the step', async ({ page, wizard, t }) => {
  await page.getByRole('button', { name: t.steps.useExamples, exact: true }).click();
  await expect(wizard.field(t.cluster.kubernetesVersion)).not.toHaveAccessibleDescription(
    new RegExp(escapeRegExp(t.steps.exampleHelp)),
  );
  await expect(wizard.stepHeading('cluster')).toBeFocused();
  await expect(wizard.preview().getByText(t.issues.untouched, { exact: true })).toHaveCount(0);
});

test('with an error, the Review step says so beside its download buttons', async ({
  page,
  wizard,
  t,
}) => {
  // Five steps and two axe audits (light and dark).
  test.slow();
  await wizard.nextUntil('review');
  await wizard.stepButton('networking').click();
  await wizard.fill(t.networking.podSubnet('IPv4'), '10.244.0.0/33');
  await wizard.stepButton('review').click();
  await wizard.expectStep('review');

  const note = page.getByText(t.preview.errorsNote(1), { exact: false });
  await expect(note).toBeVisible();
  const described = new RegExp(escapeRegExp(t.preview.errorsNote(1)));
  await expect(
    page.getByRole('button', { name: t.review.downloadAll, exact: true }),
  ).toHaveAccessibleDescription(described);
  await expect(
    page.getByRole('button', { name: t.preview.download('kubeadm-config.yaml'), exact: true }),
  ).toHaveAccessibleDescription(described);

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `Review with an error (${colorScheme})`);
  }
});
