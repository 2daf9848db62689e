import {
  formatIssue,
  planDualStackConversion,
  RUNBOOK_TEXT,
  type Issue,
} from '../src/domain/index.ts';
import { expectAccessible } from './axe.ts';
import { expect, test } from './fixtures.ts';

const IPV4_CLUSTER = `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
kubernetesVersion: v1.35.0
networking:
  podSubnet: 10.244.0.0/16
  serviceSubnet: 10.96.0.0/16
`;
const SOURCE = { name: 'kubeadm-config.yaml', text: IPV4_CLUSTER };
const V6 = { podSubnet: 'fd00:10:244::/56', serviceSubnet: 'fd00:10:96::/112' };
const TOO_LARGE = { ...V6, serviceSubnet: 'fd00:10:96::/64' };

/** The runbook the domain plans for the IPv4 cluster, to know the steps the page must show. */
const PLANNED = planDualStackConversion(SOURCE, V6);

/** What the domain says of the /64 service range, which the test requires it to refuse. */
function tooLarge(): Issue {
  const issue = planDualStackConversion(SOURCE, TOO_LARGE).issues.find(
    (i) => i.code === 'service_subnet_too_large',
  );
  if (!issue) throw new Error('the domain accepts a /64 IPv6 service range');
  return issue;
}

test('converting an IPv4 cluster lists each step, the new flag and the new config to download', async ({
  wizard,
  page,
  language,
  t,
}) => {
  expect(PLANNED.steps.length).toBeGreaterThan(0);
  await wizard.convert(IPV4_CLUSTER, V6);
  const panel = wizard.convertPanel();
  await expect(panel.getByRole('status').first()).toHaveText(
    t.convert.summary(PLANNED.steps.length),
  );

  const runbook = panel.getByRole('list', { name: t.convert.runbook });
  const titles = PLANNED.steps.map((s) => RUNBOOK_TEXT[language].steps[s.kind].title);
  await expect(runbook.getByRole('heading', { level: 3 })).toHaveText(titles);

  const apiserver = RUNBOOK_TEXT[language].steps.apiserver.title;
  await expect(
    runbook.getByRole('region', { name: t.convert.blockLabel(t.convert.commands, apiserver) }),
  ).toContainText('--service-cluster-ip-range=10.96.0.0/16,fd00:10:96::/112');

  const file = await wizard.download('cluster-configuration.yaml');
  expect(file.name).toBe('cluster-configuration.yaml');
  expect(file.text).toContain('podSubnet: 10.244.0.0/16,fd00:10:244::/56');

  // Close gives the focus back to the button that opened the panel.
  await panel.getByRole('button', { name: t.convert.close, exact: true }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: t.plan.convert })).toBeFocused();
});

test('a too-large IPv6 service range is named with the catalogue message, and no steps show', async ({
  wizard,
  language,
  t,
}) => {
  await wizard.convert(IPV4_CLUSTER, V6);
  const panel = wizard.convertPanel();
  await expect(panel.getByRole('list', { name: t.convert.runbook })).toBeVisible();
  await wizard.convert(IPV4_CLUSTER, TOO_LARGE);
  await expect(panel.getByRole('status').first()).toHaveText(t.convert.fixFirst);
  await expect(
    panel.getByRole('listitem').filter({ hasText: formatIssue(tooLarge(), language) }),
  ).toHaveCount(1);
  await expect(panel.getByRole('list', { name: t.convert.runbook })).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the panel with its runbook passes axe (WCAG 2.1 A/AA) in the ${colorScheme} scheme`, async ({
    wizard,
    page,
    t,
  }) => {
    await page.emulateMedia({ colorScheme });
    await wizard.convert(IPV4_CLUSTER, V6);
    await expect(
      wizard.convertPanel().getByRole('list', { name: t.convert.runbook }),
    ).toBeVisible();
    await expectAccessible(page, `the convert panel (${colorScheme})`);
  });
}
