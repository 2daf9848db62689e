import { expectAccessible } from './axe.ts';
import { test, expect } from './fixtures.ts';
import { STEP_IDS, type WizardPage } from './wizardPage.ts';

/** Visits every step in turn, moving on with the Next button, and runs `check` on each. */
async function forEachStep(
  wizard: WizardPage,
  check: (title: string) => Promise<void>,
): Promise<number> {
  let visited = 0;
  for (const step of STEP_IDS) {
    if (visited > 0) {
      // Next on Joining asks for the token first.
      if (step === 'review') await wizard.giveToken();
      await wizard.next();
    }
    await wizard.expectStep(step);
    await check(wizard.stepTitle(step));
    visited += 1;
  }
  return visited;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every step passes axe (WCAG 2.1 A/AA) in the ${colorScheme} scheme`, async ({
    page,
    wizard,
  }) => {
    await page.emulateMedia({ colorScheme });
    // The scheme really switched: the page background follows it.
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(background).toBe(colorScheme === 'dark' ? 'rgb(17, 20, 24)' : 'rgb(247, 248, 250)');
    const visited = await forEachStep(wizard, (title) =>
      expectAccessible(page, `step "${title}" (${colorScheme})`),
    );
    expect(visited).toBe(STEP_IDS.length);
  });

  test(`a field in its error state passes axe in the ${colorScheme} scheme`, async ({
    page,
    wizard,
    t,
  }) => {
    await page.emulateMedia({ colorScheme });
    await wizard.next();
    await wizard.expectStep('networking');
    await wizard.fill(t.networking.podSubnet('IPv4'), '10.244.0.0/33');
    await wizard.next();
    // Next is refused: the step stays, the field is marked and its message is announced.
    await wizard.expectStep('networking');
    await expect(wizard.field(t.networking.podSubnet('IPv4'))).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(page.getByRole('alert').first()).toBeVisible();
    await expectAccessible(page, `Networking with an invalid pod subnet (${colorScheme})`);
  });
}

test('every step passes axe at a 360 px wide viewport, without horizontal scrolling', async ({
  page,
  wizard,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const visited = await forEachStep(wizard, async (title) => {
    await expectAccessible(page, `step "${title}" at 360 px`);
    // WCAG 1.4.10 Reflow: only the code blocks scroll sideways, never the page.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow on "${title}"`).toBe(0);
  });
  expect(visited).toBe(STEP_IDS.length);
});
