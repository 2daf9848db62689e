import { readFileSync } from 'node:fs';
import { formatIssue, validatePlan } from '../src/domain/index.ts';
// The same plan as the journey enters, to ask the domain which warnings the page must show.
import { docsDualStackPlan } from '../src/domain/render/__fixtures__/plans.ts';
import { expect, test } from './fixtures.ts';
import { countedHeading, EXAMPLE_TOKEN } from './wizardPage.ts';
import { yamlContent } from './yamlContent.ts';

const expected = readFileSync(
  new URL('./expected/docs-dual-stack-init.yaml', import.meta.url),
  'utf8',
);

test('the docs page example entered field by field downloads the page’s config and shows its three warnings', async ({
  wizard,
  page,
  language,
  t,
  consoleErrors,
}) => {
  await wizard.fill(t.cluster.kubernetesVersion, '');
  await wizard.next();

  await wizard.expectStep('networking');
  await wizard.chooseStack(t.networking.stackDualIpv4);
  await wizard.fill(t.networking.podSubnet('IPv4'), '10.244.0.0/16');
  await wizard.fill(t.networking.serviceSubnet('IPv4'), '10.96.0.0/16');
  await wizard.fill(t.networking.podSubnet('IPv6'), '2001:db8:42:0::/56');
  await wizard.fill(t.networking.serviceSubnet('IPv6'), '2001:db8:42:1::/112');
  // The overlap warning appears under the field (and moves Next down) before Next is pressed.
  const overlap = validatePlan(docsDualStackPlan()).find((i) => i.code === 'subnets_overlap');
  await expect(
    page.getByRole('form').getByText(formatIssue(overlap!, language), { exact: false }).first(),
  ).toBeVisible();
  await wizard.next();

  await wizard.expectStep('controlPlane');
  await wizard.fill(t.controlPlane.name, '');
  await wizard.fill(t.controlPlane.nodeIp('IPv4'), '10.100.0.2');
  await wizard.fill(t.controlPlane.nodeIp('IPv6'), 'fd00:1:2:3::2');
  await wizard.fill(t.controlPlane.advertiseAddress, '10.100.0.1');
  await wizard.fill(t.controlPlane.bindPort, '6443');
  await wizard.nextUntil('review');
  const download = await wizard.download();
  expect(download.name).toBe('kubeadm-config.yaml');
  expect(download.text).toBe(await wizard.fileText());
  // The docs page's documents, plus the token typed on Joining (Next asks for one): kubeadm init
  // creates that token, so the join files can use it.
  const withToken = yamlContent(expected).map((doc) =>
    (doc as { kind?: string }).kind === 'InitConfiguration'
      ? { ...(doc as object), bootstrapTokens: [{ token: EXAMPLE_TOKEN }] }
      : doc,
  );
  expect(yamlContent(download.text)).toEqual(withToken);

  const warnings = validatePlan(docsDualStackPlan()).filter((i) => i.severity === 'warning');
  expect(new Set(warnings.map((i) => i.code))).toEqual(
    new Set(['subnets_overlap', 'node_ip_mismatch', 'documentation_prefix']),
  );
  const review = wizard.reviewIssues();
  await expect(
    review.getByRole('heading', { name: t.issues.warnings(warnings.length) }),
  ).toBeVisible();
  for (const warning of warnings)
    await expect(review.getByText(formatIssue(warning, language))).toBeVisible();
  await expect(review.getByRole('heading', { name: countedHeading(t.issues.errors) })).toHaveCount(
    0,
  );
  expect(consoleErrors).toEqual([]);
});
