import { formatIssue, makeIssue } from '../src/domain/index.ts';
import { expectAccessible } from './axe.ts';
import { yamlContent } from './yamlContent.ts';
import { expect, test } from './fixtures.ts';
import { escapeRegExp, type WizardPage } from './wizardPage.ts';

/** The docs page's dual-stack pod subnet, comma-joined as kubeadm takes it. */
const DOCS_PAIR = '10.244.0.0/16,2001:db8:42:0::/56';

/** Pastes `text` into the field with this label as a user does: clipboard, then Ctrl/Cmd+V. */
async function paste(wizard: WizardPage, label: string, text: string): Promise<void> {
  await wizard.page.evaluate((value) => navigator.clipboard.writeText(value), text);
  const field = wizard.field(label);
  await field.fill('');
  await field.press('ControlOrMeta+V');
}

/** The ClusterConfiguration's pod subnets, canonical. */
function podSubnets(yaml: string): string[] {
  const cluster = yamlContent(yaml).find(
    (doc) => (doc as { kind?: string } | null)?.kind === 'ClusterConfiguration',
  ) as { networking?: { podSubnet?: string } } | undefined;
  return cluster?.networking?.podSubnet?.split(',') ?? [];
}

async function openNetworking(wizard: WizardPage): Promise<void> {
  await wizard.fill(wizard.t.cluster.controlPlaneEndpoint, 'k8s-api.example.internal:6443');
  await wizard.next();
  await wizard.expectStep('networking');
}

test('pasting the docs page pair into Pod subnet (IPv4) fills both families, dual-stack', async ({
  wizard,
  page,
  t,
}) => {
  await openNetworking(wizard);
  await wizard.chooseStack(t.networking.stackIpv4);
  await expect(wizard.field(t.networking.podSubnet('IPv6'))).toHaveCount(0);

  await paste(wizard, t.networking.podSubnet('IPv4'), DOCS_PAIR);

  await expect(wizard.field(t.networking.podSubnet('IPv4'))).toHaveValue('10.244.0.0/16');
  await expect(wizard.field(t.networking.podSubnet('IPv6'))).toHaveValue('2001:db8:42:0::/56');
  await expect(page.getByRole('radio', { name: t.networking.stackDualIpv4 })).toBeChecked();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: t.networking.pairSplit(t.networking.podSubnets, 'IPv4') }),
  ).toBeVisible();
  await expect(wizard.field(t.networking.podSubnet('IPv4'))).toHaveAttribute(
    'aria-invalid',
    'false',
  );

  // Exactly two pod subnets, IPv4 first (the preview follows the form as it changes).
  await expect
    .poll(async () => podSubnets(await wizard.fileText()))
    .toEqual(['10.244.0.0/16', '2001:db8:42::/56']);
  await expectAccessible(page, 'the Networking step after a split pair');
});

test('an IPv6-first pair typed into Service subnet (IPv4) splits on leaving the field, IPv6 primary', async ({
  wizard,
  page,
  t,
}) => {
  await openNetworking(wizard);
  const field = wizard.field(t.networking.serviceSubnet('IPv4'));
  await field.fill('fd00:10:96::/112,10.96.0.0/16');
  await field.blur();
  await expect(field).toHaveValue('10.96.0.0/16');
  await expect(wizard.field(t.networking.serviceSubnet('IPv6'))).toHaveValue('fd00:10:96::/112');
  await expect(page.getByRole('radio', { name: t.networking.stackDualIpv6 })).toBeChecked();
  await expect(
    page.getByRole('status').filter({
      hasText: t.networking.pairSplit(t.networking.serviceSubnets, 'IPv6'),
    }),
  ).toBeVisible();
});

test('a pasted triple stays in the field, which says what to write instead', async ({
  wizard,
  page,
  t,
  language,
}) => {
  await openNetworking(wizard);
  const triple = '10.244.0.0/16,fd00:1::/56,fd00:2::/56';
  await paste(wizard, t.networking.podSubnet('IPv4'), triple);
  const field = wizard.field(t.networking.podSubnet('IPv4'));
  await expect(field).toHaveValue(triple);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const message = formatIssue(
    makeIssue('subnet_list', { path: '' }, { value: triple, reason: 'too_many' }),
    language,
  );
  await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message), 'u'));
  await expect(page.getByRole('radio', { name: t.networking.stackDualIpv4 })).toBeChecked();
  await expect(wizard.field(t.networking.podSubnet('IPv6'))).not.toHaveValue(/fd00:1::/u);
});
