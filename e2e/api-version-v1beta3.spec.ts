import { expect, test } from './fixtures.ts';

test('switching to v1beta3 turns extraArgs lists into maps in the preview', async ({
  wizard,
  t,
}) => {
  await expect
    .poll(() => wizard.fileText())
    .toContain('  kubeletExtraArgs:\n    - name: node-ip\n');
  await wizard.selectApiVersion(t.cluster.apiVersionV1beta3);
  await expect.poll(() => wizard.fileText()).toContain('apiVersion: kubeadm.k8s.io/v1beta3');
  const text = await wizard.fileText();
  expect(text).toMatch(
    / {2}kubeletExtraArgs:\n {4}node-ip: 192\.168\.10\.11,fd00:192:168:10::11\n/,
  );
  expect(text).not.toContain('- name: node-ip');
  expect(text).not.toContain('kubeadm.k8s.io/v1beta4');

  // v1beta3 is refused for Kubernetes 1.36 and newer.
  await wizard.fill(t.cluster.kubernetesVersion, 'v1.36.0');
  await wizard.next();
  await wizard.expectStep('cluster');
  await expect(wizard.field(t.cluster.kubernetesVersion)).toHaveAttribute('aria-invalid', 'true');
});
