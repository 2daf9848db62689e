import {
  createDefaultPlan,
  createNode,
  formatIssue,
  validatePlan,
  type Issue,
  type Language,
} from '../src/domain/index.ts';
import { expect, test } from './fixtures.ts';

/** The plan the journey enters, to ask the domain for the messages the page must show. */
function enteredPlan() {
  const plan = createDefaultPlan();
  const cp2 = createNode('control-plane', 'cp-2');
  cp2.ips = { ipv4: '192.168.10.12', ipv6: 'fd00:192:168:10::12' };
  const worker = createNode('worker', 'worker-1');
  worker.ips = { ipv4: '192.168.10.12', ipv6: 'fd00:192:168:10::21' };
  plan.nodes.push(cp2, worker);
  return plan;
}

/** The message of the issue with this code, which the test requires the domain to report. */
function messageOf(issues: readonly Issue[], code: Issue['code'], language: Language): string {
  const issue = issues.find((i) => i.code === code);
  if (!issue) throw new Error(`the domain reports no ${code} for the entered plan`);
  return formatIssue(issue, language);
}

test('a shared node IP and a control-plane join without an endpoint show their errors on the right row', async ({
  wizard,
  page,
  language,
  t,
}) => {
  const issues = validatePlan(enteredPlan());
  const message = (code: Issue['code']) => messageOf(issues, code, language);
  const cell = (row: number, column: string) => wizard.field(t.nodes.cell(row, column));

  for (let i = 0; i < 3; i++) await wizard.next();
  await wizard.expectStep('nodes');
  await page.getByRole('button', { name: t.nodes.add }).click();
  await page.getByRole('button', { name: t.nodes.add }).click();
  await cell(2, t.nodes.name).fill('cp-2');
  await cell(2, t.nodes.role).selectOption('control-plane');
  await cell(2, t.nodes.ip('IPv4')).fill('192.168.10.12');
  await cell(2, t.nodes.ip('IPv6')).fill('fd00:192:168:10::12');
  await cell(3, t.nodes.name).fill('worker-1');
  await cell(3, t.nodes.ip('IPv4')).fill('192.168.10.12');
  await cell(3, t.nodes.ip('IPv6')).fill('fd00:192:168:10::21');
  await wizard.next();

  // Refused on the row that repeats the address, with focus there.
  await wizard.expectStep('nodes');
  const duplicate = cell(3, t.nodes.ip('IPv4'));
  await expect(duplicate).toBeFocused();
  await expect(duplicate).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('tr[data-row="3"]').getByRole('alert')).toContainText(
    message('duplicate_node_ip'),
  );
  await expect(cell(2, t.nodes.ip('IPv4'))).toHaveAttribute('aria-invalid', 'false');

  // The missing endpoint is listed with a link to its field on the Cluster step.
  const preview = wizard.preview();
  await expect(preview.getByText(message('control_plane_endpoint_required'))).toBeVisible();
  await preview
    .getByRole('button', { name: t.issues.goTo(t.cluster.controlPlaneEndpoint) })
    .click();
  await wizard.expectStep('cluster');
  await expect(wizard.field(t.cluster.controlPlaneEndpoint)).toBeFocused();
});

test('an unbracketed IPv6 endpoint ending in a port-like group is warned on its field', async ({
  wizard,
  page,
  language,
  t,
}) => {
  const plan = createDefaultPlan();
  plan.controlPlaneEndpoint = 'fd00::1:6443';
  const warning = messageOf(validatePlan(plan), 'endpoint_ipv6_port_ambiguous', language);
  expect(warning).toContain('[fd00::1]:6443');
  await wizard.fill(t.cluster.controlPlaneEndpoint, 'fd00::1:6443');
  await expect(page.getByText(warning).first()).toBeVisible();
  await wizard.fill(t.cluster.controlPlaneEndpoint, '[fd00::1]:6443');
  await expect(page.getByText(warning)).toHaveCount(0);
});
