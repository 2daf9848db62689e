import type { Locator, Page, Request } from '@playwright/test';
import type { UiText } from '../src/ui/text/en.ts';
import { expect, test } from './fixtures.ts';
import { STEP_IDS, WizardPage, type StepId } from './wizardPage.ts';

/** What the page recorded while the user moved through the steps. */
interface Recording {
  /** Every loading placeholder shown, with the step heading on screen and how long it stayed. */
  placeholders: { heading: string; shownFor: number | undefined }[];
  /** The label, legend and button texts of the step form when each step heading first showed. */
  firstFrames: Record<string, string[]>;
}

/** The first control of each step: its text as the user sees it, and how to find it. */
function firstControl(wizard: WizardPage, t: UiText, step: StepId): { text: string; at: Locator } {
  const button = (name: string) => wizard.page.getByRole('button', { name, exact: true });
  const controls: Record<StepId, { text: string; at: Locator }> = {
    cluster: { text: t.cluster.kubernetesVersion, at: wizard.field(t.cluster.kubernetesVersion) },
    networking: {
      text: t.networking.stack,
      at: wizard.page.getByRole('group', { name: t.networking.stack }),
    },
    controlPlane: { text: t.controlPlane.name, at: wizard.field(t.controlPlane.name) },
    nodes: { text: t.nodes.add, at: button(t.nodes.add) },
    discovery: { text: t.discovery.endpoint, at: wizard.field(t.discovery.endpoint) },
    review: { text: t.review.downloadAll, at: button(t.review.downloadAll) },
  };
  return controls[step];
}

/**
 * Resolves once the page has had no request in flight for `quietMs` (the wizard fetches its later
 * steps, the preview and the rules right after the first step is usable).
 */
async function settleNetwork(page: Page, open: () => Promise<void>, quietMs = 500): Promise<void> {
  const pending = new Set<Request>();
  let lastActivity = Date.now();
  const start = (request: Request) => {
    pending.add(request);
    lastActivity = Date.now();
  };
  const end = (request: Request) => {
    pending.delete(request);
    lastActivity = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  await open();
  await expect
    .poll(() => (pending.size === 0 ? Date.now() - lastActivity : 0), { timeout: 15_000 })
    .toBeGreaterThan(quietMs);
  page.off('request', start);
  page.off('requestfinished', end);
  page.off('requestfailed', end);
}

/** Records loading placeholders and each step's first frame from now on (see Recording). */
async function startRecording(page: Page, loading: string): Promise<void> {
  await page.evaluate((loadingText) => {
    const recording: Recording = { placeholders: [], firstFrames: {} };
    (window as unknown as { __recording: Recording }).__recording = recording;
    const shown = new Map<Element, { heading: string; shownFor: number | undefined }>();
    const since = new Map<Element, number>();
    const heading = () => document.querySelector('h2');
    const isPlaceholder = (el: Element) =>
      el.getAttribute('role') === 'status' && el.textContent === loadingText;
    const notice = (el: Element) => {
      if (shown.has(el)) return;
      const entry = { heading: heading()?.textContent ?? '', shownFor: undefined };
      shown.set(el, entry);
      since.set(el, performance.now());
      recording.placeholders.push(entry);
    };
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of mutation.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const el of [node, ...node.querySelectorAll('[role="status"]')])
            if (isPlaceholder(el)) notice(el);
        }
      }
      for (const el of document.querySelectorAll('[role="status"]'))
        if (isPlaceholder(el)) notice(el);
      for (const [el, entry] of shown) {
        if (entry.shownFor !== undefined || (el.isConnected && isPlaceholder(el))) continue;
        entry.shownFor = Math.round(performance.now() - (since.get(el) ?? 0));
      }
      const title = heading()?.textContent ?? '';
      if (title in recording.firstFrames) return;
      const form = heading()?.closest('form');
      const controls = form ? [...form.querySelectorAll('label, legend, button')] : [];
      recording.firstFrames[title] = controls.map((el) => el.textContent.trim());
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, loading);
}

function recording(page: Page): Promise<Recording> {
  return page.evaluate(() => (window as unknown as { __recording: Recording }).__recording);
}

test('once the later steps have loaded, Next shows each step with its fields at once and no loading placeholder', async ({
  page,
  t,
}) => {
  const wizard = new WizardPage(page, t);
  await settleNetwork(page, async () => {
    await wizard.open();
    await expect(wizard.preview()).toBeVisible();
  });
  await startRecording(page, t.app.loading);

  const nextTo = async (step: StepId) => {
    await page.getByRole('button', { name: t.steps.next, exact: true }).click();
    await expect(wizard.stepHeading(step)).toBeVisible();
    await expect(firstControl(wizard, t, step).at).toBeVisible();
  };
  for (const step of STEP_IDS.slice(1, -1)) await nextTo(step);
  // Joining's Next asks for the token; the user types it as they would.
  await wizard.giveToken();
  await nextTo('review');

  const { placeholders, firstFrames } = await recording(page);
  expect(placeholders, 'loading placeholders shown after the later steps had loaded').toEqual([]);
  for (const step of STEP_IDS.slice(1)) {
    expect(
      firstFrames[wizard.stepTitle(step)],
      `the controls on screen when "${wizard.stepTitle(step)}" first showed`,
    ).toContain(firstControl(wizard, t, step).text);
  }
});
