import { createDefaultPlan, formatIssue, validatePlan } from '../src/domain/index.ts';
import { expect, test } from './fixtures.ts';

test('Next is refused with the error on the field and focus on it, and Back keeps the values', async ({
  wizard,
  page,
  language,
  t,
}) => {
  const podLabel = t.networking.podSubnet('IPv4');
  const serviceLabel = t.networking.serviceSubnet('IPv4');
  await wizard.next();
  await wizard.fill(serviceLabel, '10.96.0.0/8');
  await wizard.fill(podLabel, '10.244.0.0/33');
  await wizard.next();

  await wizard.expectStep('networking');
  const pod = wizard.field(podLabel);
  await expect(pod).toBeFocused();
  await expect(pod).toHaveAttribute('aria-invalid', 'true');

  const plan = createDefaultPlan();
  plan.networking.podSubnet.ipv4 = '10.244.0.0/33';
  plan.networking.serviceSubnet.ipv4 = '10.96.0.0/8';
  const messages = validatePlan(plan)
    .filter((i) => i.severity === 'error')
    .map((i) => [i.path, formatIssue(i, language)]);
  const podMessage =
    messages.find(([path]) => path === 'networking.podSubnet.ipv4')?.[1] ?? 'missing';
  const serviceMessage =
    messages.find(([path]) => path === 'networking.serviceSubnet.ipv4')?.[1] ?? 'missing';
  const podErrorId = (await pod.getAttribute('aria-describedby'))?.split(' ')[0] ?? '';
  await expect(page.locator(`[id="${podErrorId}"]`)).toHaveText(`${t.issues.error} ${podMessage}`);
  await expect(page.getByRole('alert').filter({ hasText: serviceMessage })).toBeVisible();

  await wizard.fill(podLabel, '10.244.0.0/16');
  await wizard.fill(serviceLabel, '10.96.0.0/16');
  await expect(pod).toHaveAttribute('aria-invalid', 'false');
  await wizard.next();
  await wizard.expectStep('controlPlane');
  await wizard.back();
  await expect(wizard.field(podLabel)).toHaveValue('10.244.0.0/16');

  // The step list lets the user jump back to any visited step.
  await wizard.stepButton('cluster').click();
  await wizard.expectStep('cluster');
  await expect(wizard.stepButton('review')).toBeDisabled();
});
