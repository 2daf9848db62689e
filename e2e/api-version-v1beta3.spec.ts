import { expect, test } from './fixtures.ts';

test('switching to v1beta3 turns extraArgs lists into maps in the preview', async ({ wizard }) => {
  await expect
    .poll(() => wizard.fileText())
    .toContain('  kubeletExtraArgs:\n    - name: node-ip\n');
  await wizard.selectApiVersion('v1beta3 (kubeadm 1.22–1.35)');
  await expect.poll(() => wizard.fileText()).toContain('apiVersion: kubeadm.k8s.io/v1beta3');
  const text = await wizard.fileText();
  expect(text).toMatch(
    / {2}kubeletExtraArgs:\n {4}node-ip: 192\.168\.10\.11,fd00:192:168:10::11\n/,
  );
  expect(text).not.toContain('- name: node-ip');
  expect(text).not.toContain('kubeadm.k8s.io/v1beta4');

  // v1beta3 is refused for Kubernetes 1.36 and newer.
  await wizard.fill('Kubernetes version', 'v1.36.0');
  await wizard.next();
  await wizard.expectStep('Cluster');
  await expect(wizard.field('Kubernetes version')).toHaveAttribute('aria-invalid', 'true');
});
