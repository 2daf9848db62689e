import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDefaultPlan, KUBEADM_DEFAULTS, planToJson } from '../domain/index.ts';
import { run } from './main.ts';

// The CA-hash step of the commands.sh that `generate` writes (the wizard's zip holds the same file),
// run for real with sh and openssl against a CA file of ours:
// the step must print kubeadm's pin for a CA it can read, and fail loudly for anything else.

const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/ca/${name}`, import.meta.url), 'utf8');

/** kubeadm's pin: SHA-256 of the CA's DER SubjectPublicKeyInfo (RULES.md §13), worked out by Node. */
function pinOf(pem: string): string {
  const spki = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return `sha256:${createHash('sha256').update(spki).digest('hex')}`;
}

let work: string;
let caPath: string;
let script: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'ca-hash-'));
  caPath = join(work, 'ca.crt');
  const planFile = join(work, 'plan.json');
  writeFileSync(planFile, planToJson(createDefaultPlan()));
  const out = join(work, 'out');
  expect(run(['generate', planFile, '--out', out], {}).exitCode).toBe(0);
  const text = readFileSync(join(out, 'commands.sh'), 'utf8');
  // The same script, reading the CA from the test's folder instead of /etc/kubernetes/pki.
  script = join(work, 'commands.sh');
  writeFileSync(script, text.replaceAll(KUBEADM_DEFAULTS.caCertPath, caPath));
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

/** sh by its path, so a test can hand the script a PATH without it. */
const SH = execFileSync('sh', ['-c', 'command -v sh'], { encoding: 'utf8' }).trim();

function caHash(env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(SH, [script, 'ca-hash'], { encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('commands.sh ca-hash', () => {
  it.each(['rsa-ca.crt', 'ecdsa-ca.crt'])('prints the pin kubeadm checks for %s', (name) => {
    writeFileSync(caPath, fixture(name));
    const result = caHash();
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${pinOf(fixture(name))}\n`);
  });

  it.each([
    ['is missing', undefined],
    ['is empty', ''],
    ['is not a certificate', 'hello\n'],
    ['holds a truncated certificate', fixture('rsa-ca.crt').slice(0, 400)],
  ])('fails with a message and prints no hash when the CA %s', (_what, text) => {
    if (text !== undefined) writeFileSync(caPath, text);
    const result = caHash();
    expect(result.status).not.toBe(0);
    expect(result.stdout).not.toMatch(/sha256:/);
    expect(result.stderr).toContain(caPath);
  });

  it('fails with a message when openssl is not installed', () => {
    writeFileSync(caPath, fixture('rsa-ca.crt'));
    // A PATH with only sed and dirname (sh's builtins do the rest): no openssl.
    const bin = mkdtempSync(join(work, 'bin-'));
    for (const tool of ['sed', 'dirname']) {
      const path = execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim();
      execFileSync('ln', ['-s', path, join(bin, tool)]);
    }
    const result = caHash({ PATH: bin });
    expect(result.status).not.toBe(0);
    expect(result.stdout).not.toMatch(/sha256:/);
    expect(result.stderr).toContain(caPath);
  });
});
