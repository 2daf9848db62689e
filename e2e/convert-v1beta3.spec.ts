import { expect, test } from './fixtures.ts';

const V1BETA3 = `apiVersion: kubeadm.k8s.io/v1beta3
kind: ClusterConfiguration
networking:
  podSubnet: 10.244.0.0/16
  serviceSubnet: 10.96.0.0/16
apiServer:
  timeoutForControlPlane: 4m0s
controllerManager:
  extraArgs:
    node-cidr-mask-size-ipv4: "24"
    bind-address: 0.0.0.0
---
apiVersion: kubeadm.k8s.io/v1beta3
kind: InitConfiguration
nodeRegistration:
  kubeletExtraArgs:
    node-ip: 192.168.1.10
`;

test('a v1beta3 file with map-form extraArgs converts to v1beta4 and downloads', async ({
  wizard,
  page,
  t,
}) => {
  await wizard.expectStep('cluster');
  await page.getByRole('button', { name: t.plan.import }).click();
  await page.getByLabel(t.importer.paste).fill(V1BETA3);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: t.importer.convertTo('v1beta4') }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('pasted-v1beta4.yaml');
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  expect(text).not.toContain('v1beta3');
  expect(text).toContain('apiVersion: kubeadm.k8s.io/v1beta4');
  expect(text).toContain(
    '    - name: bind-address\n      value: 0.0.0.0\n    - name: node-cidr-mask-size-ipv4\n      value: "24"',
  );
  expect(text).toContain('  kubeletExtraArgs:\n    - name: node-ip\n      value: 192.168.1.10');
  expect(text).toContain('controlPlaneComponentHealthCheck: 4m0s');
  await expect(page.getByText(t.importer.converted('pasted-v1beta4.yaml'))).toBeVisible();
});
