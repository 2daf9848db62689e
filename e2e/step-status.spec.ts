import { expectAccessible } from './axe.ts';
import {
  checkStepRequired,
  createDefaultPlan,
  formatIssue,
  makeIssue,
  type Issue,
} from '../src/domain/index.ts';
import { expect, test } from './fixtures.ts';
import { escapeRegExp } from './wizardPage.ts';

test('the step list shows each visited step’s errors, never a check mark on them, and waits for unvisited steps', async ({
  wizard,
  page,
  t,
}) => {
  const nav = page.getByRole('navigation', { name: t.steps.nav });
  const podLabel = t.networking.podSubnet('IPv4');
  await wizard.nextUntil('nodes');
  await expect(wizard.stepButtonWith('networking', t.steps.statusDone)).toBeVisible();

  // An error on Networking, then on to Nodes through the step list (Next would refuse it).
  await wizard.stepButton('networking').click();
  await wizard.expectStep('networking');
  await wizard.fill(podLabel, '10.244.0.0/33');
  const withError = wizard.stepButtonWith('networking', t.steps.statusErrors(1));
  await expect(withError).toBeVisible();
  await wizard.stepButton('nodes').click();
  await wizard.expectStep('nodes');
  await expect(withError).toBeVisible();
  await expect(withError).toContainText(t.steps.statusErrors(1));
  await expect(withError).not.toContainText('✓');
  await expect(wizard.stepButtonWith('cluster', t.steps.statusDone)).toContainText('✓');

  // Fixed, Networking is done again; a step not visited yet says nothing about itself.
  await wizard.stepButton('networking').click();
  await wizard.fill(podLabel, '10.244.0.0/16');
  await wizard.stepButton('nodes').click();
  await expect(wizard.stepButtonWith('networking', t.steps.statusDone)).toContainText('✓');
  await expect(wizard.stepButton('discovery')).toHaveAccessibleName(t.steps.discovery);
  await expect(wizard.stepButton('discovery')).toBeDisabled();

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await wizard.stepButton('networking').click();
    await wizard.fill(podLabel, '10.244.0.0/33');
    await wizard.stepButton('nodes').click();
    await expect(withError).toBeVisible();
    await expect(nav).toBeVisible();
    await expectAccessible(page, `step list with an error on Networking (${colorScheme})`);
  }
});

test('Next on Joining refuses an empty token, with the error on the token field', async ({
  wizard,
  page,
  language,
  t,
}) => {
  await wizard.nextUntil('discovery');
  const token = wizard.field(t.discovery.token);
  await expect(token).toHaveValue('');
  await wizard.next();

  await wizard.expectStep('discovery');
  await expect(token).toBeFocused();
  await expect(token).toHaveAttribute('aria-invalid', 'true');
  const errorId = (await token.getAttribute('aria-describedby'))?.split(' ')[0] ?? '';
  const error = page.locator(`[id="${errorId}"]`);
  await expect(error).toHaveAttribute('role', 'alert');
  // What Next asks for, as the domain says it.
  const [required] = checkStepRequired('discovery', createDefaultPlan());
  expect(required?.path).toBe('discovery.token');
  await expect(error).toHaveText(`${t.issues.error} ${formatIssue(required!, language)}`);

  await token.fill('abcdef.0123456789abcdef');
  await wizard.next();
  await wizard.expectStep('review');
});

test('the preview counts the errors of a step not opened yet and lists them, with links, once the user gets there', async ({
  wizard,
  page,
  t,
  language,
}) => {
  await wizard.nextUntil('nodes');
  await page.getByRole('button', { name: t.nodes.add, exact: true }).click();
  await wizard.fill(t.nodes.cell(2, t.nodes.name), 'worker-1');
  await wizard.fill(t.nodes.cell(2, t.nodes.ip('IPv4')), '192.168.10.21');
  await wizard.fill(t.nodes.cell(2, t.nodes.ip('IPv6')), 'fd00:192:168:10::21');
  await page.keyboard.press('Tab');

  // The join file needs a token and a CA hash, both asked for on Joining: counted, not listed.
  const token = { code: 'token_format', severity: 'error', path: 'discovery.token' } as Issue;
  const tokenMessage = formatIssue({ ...token, params: { field: '' } } as Issue, language);
  const preview = wizard.preview();
  await expect(preview.getByText(t.issues.waiting(t.steps.discovery, 2))).toBeVisible();
  await expect(preview.getByText(tokenMessage)).toHaveCount(0);
  await expect(wizard.stepButton('discovery')).toHaveAccessibleName(t.steps.discovery);

  await wizard.next();
  await wizard.expectStep('discovery');
  await expect(preview.getByText(t.issues.waiting(t.steps.discovery, 2))).toHaveCount(0);
  const listed = wizard.issueList('errors').filter({ hasText: tokenMessage });
  await expect(listed).toHaveCount(1);
  await listed.getByRole('button', { name: t.issues.goTo(t.discovery.token) }).click();
  await expect(wizard.field(t.discovery.token)).toBeFocused();
  await expect(wizard.stepButtonWith('discovery', t.steps.statusErrors(2))).toBeVisible();

  // The CA hash exists only after kubeadm init: its error is shown beside its field, and Next
  // moves on once the token is given.
  const hashField = wizard.field(t.discovery.caCertHashes);
  await expect(hashField).toHaveAccessibleDescription(
    new RegExp(
      escapeRegExp(formatIssue(makeIssue('ca_cert_hash_missing', { path: '' }, {}), language)),
    ),
  );
  await wizard.field(t.discovery.token).fill('abcdef.0123456789abcdef');
  await wizard.next();
  await wizard.expectStep('review');
});
