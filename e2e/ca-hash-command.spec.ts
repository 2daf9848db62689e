import { spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KUBEADM_DEFAULTS } from '../src/domain/index.ts';
import { expect, test } from './fixtures.ts';

const CA = readFileSync(
  fileURLToPath(new URL('../src/cli/__fixtures__/ca/ecdsa-ca.crt', import.meta.url)),
  'utf8',
);

/** Runs a copied command with sh, reading the CA from `ca` instead of /etc/kubernetes/pki. */
function runWithCa(command: string, ca: string) {
  const dir = mkdtempSync(join(tmpdir(), 'ca-hash-e2e-'));
  const path = join(dir, 'ca.crt');
  writeFileSync(path, ca);
  const result = spawnSync('sh', ['-c', command.replaceAll(KUBEADM_DEFAULTS.caCertPath, path)], {
    encoding: 'utf8',
  });
  return { ...result, path };
}

test('the Joining step’s CA-hash command prints the pin, and fails loudly on a CA it cannot read', async ({
  wizard,
  page,
  t,
}) => {
  await wizard.nextUntil('discovery');
  await page
    .getByRole('button', { name: t.preview.copyCommand(t.discovery.opensslCommand) })
    .click();
  const command = await wizard.clipboardText();

  const good = runWithCa(command, CA);
  const spki = new X509Certificate(CA).publicKey.export({ type: 'spki', format: 'der' });
  expect(good.status).toBe(0);
  expect(good.stdout).toBe(`sha256:${createHash('sha256').update(spki).digest('hex')}\n`);

  for (const broken of ['', 'not a certificate\n', CA.slice(0, 200)]) {
    const bad = runWithCa(command, broken);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain(bad.path);
  }
});
