import {
  diagnoseNodes,
  formatIssue,
  makeIssue,
  MAX_CONFIG_BYTES,
  type Issue,
} from '../src/domain/index.ts';
import { expectAccessible } from './axe.ts';
import { clusterFixture } from './clusterFixtures.ts';
import { expect, test } from './fixtures.ts';

const NODES = clusterFixture('nodes.json');
const CONFIG_MAP = clusterFixture('kubeadm-config-configmap.yaml');

/** What the domain finds in the fixtures, to know the messages the page must show. */
const ISSUES = diagnoseNodes(
  { name: 'nodes.json', text: NODES },
  { name: 'kubeadm-config.yaml', text: CONFIG_MAP },
).issues;

/** The first issue with this code and these params, which the test requires to exist. */
function issueOf(issues: readonly Issue[], code: Issue['code'], params: object): Issue {
  const issue = issues.find(
    (i) =>
      i.code === code &&
      Object.entries(params).every(([k, v]) => (i.params as Record<string, unknown>)[k] === v),
  );
  if (!issue) throw new Error(`the domain reports no ${code} ${JSON.stringify(params)}`);
  return issue;
}

/** The node_family_missing issue of this node's IPv6 InternalIP or pod CIDR. */
const missing = (node: string, what: 'internal_ip' | 'pod_cidr') =>
  issueOf(ISSUES, 'node_family_missing', { node, what, family: 'ipv6' });

/** What the domain says of the ConfigMap pasted as the nodes. */
const WRONG = issueOf(
  diagnoseNodes({ name: 'nodes.json', text: CONFIG_MAP }).issues,
  'wrong_object',
  {
    expected: 'NodeList',
  },
);

test('diagnosing the fixture nodes names what each node lacks and shows their addresses', async ({
  wizard,
  page,
  language,
  t,
}) => {
  await wizard.diagnose(NODES, CONFIG_MAP);
  const panel = wizard.diagnosePanel();
  await expect(panel.getByRole('status')).toHaveText(t.diagnose.summary(3, ISSUES.length));

  const w1 = panel
    .getByRole('listitem')
    .filter({ hasText: formatIssue(missing('w-1', 'internal_ip'), language) });
  await expect(w1).toHaveCount(1);
  await expect(w1).toContainText('w-1');
  const w2 = panel
    .getByRole('listitem')
    .filter({ hasText: formatIssue(missing('w-2', 'pod_cidr'), language) });
  await expect(w2).toHaveCount(1);
  await expect(w2).toContainText('w-2');

  const table = panel.getByRole('table', { name: t.diagnose.table });
  const cp1 = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'cp-1' }) });
  await expect(cp1.getByRole('cell').nth(1)).toHaveText('fd00:192:168:10::11');
  const w1Row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'w-1' }) });
  await expect(w1Row.getByRole('cell').nth(1)).toHaveText(t.diagnose.none);

  // Close gives the focus back to the button that opened the panel.
  await panel.getByRole('button', { name: t.diagnose.close, exact: true }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: t.plan.diagnose })).toBeFocused();
});

test('the ConfigMap pasted where the nodes go is named for what it is', async ({
  wizard,
  language,
  t,
}) => {
  await wizard.diagnose(CONFIG_MAP);
  const panel = wizard.diagnosePanel();
  await expect(
    panel.getByRole('listitem').filter({ hasText: formatIssue(WRONG, language) }),
  ).toHaveCount(1);
  await expect(panel.getByRole('table')).toHaveCount(0);
  await expect(panel.getByRole('status')).toHaveText(t.diagnose.summary(0, 1));
});

test('a 10 MB paste is refused as it arrives and the panel stays usable', async ({
  wizard,
  page,
  language,
  t,
}) => {
  await page.getByRole('button', { name: t.plan.diagnose }).click();
  const panel = wizard.diagnosePanel();
  const box = panel.getByLabel(t.diagnose.nodes);
  await box.evaluate(
    (el, value) => {
      const input = el as HTMLTextAreaElement;
      const descriptor = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
      // React tracks the value through the prototype's setter; calling it is what a paste does.
      // eslint-disable-next-line @typescript-eslint/unbound-method
      Reflect.apply(descriptor?.set ?? (() => undefined), input, [value]);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    `{"kind":"List","items":[],"x":"${'x'.repeat(10 * 1024 * 1024)}"}`,
  );
  const limit = makeIssue('input_limit', { path: '' }, { limit: 'size', max: MAX_CONFIG_BYTES });
  await expect(panel.getByText(formatIssue(limit, language))).toBeVisible();
  await expect(panel.getByRole('status')).toHaveText(t.diagnose.refused);
  await expect(box).toHaveValue('');
  await wizard.diagnose(NODES);
  await expect(panel.getByRole('table', { name: t.diagnose.table })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the panel with its results passes axe (WCAG 2.1 A/AA) in the ${colorScheme} scheme`, async ({
    wizard,
    page,
    t,
  }) => {
    await page.emulateMedia({ colorScheme });
    await wizard.diagnose(NODES, CONFIG_MAP);
    await expect(
      wizard.diagnosePanel().getByRole('table', { name: t.diagnose.table }),
    ).toBeVisible();
    await expectAccessible(page, `the diagnose panel (${colorScheme})`);
  });
}
