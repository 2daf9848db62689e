import { expect, test } from './fixtures.ts';

test('generated tokens and certificate keys have kubeadm’s formats and differ every time', async ({
  wizard,
  page,
}) => {
  for (let i = 0; i < 4; i++) await wizard.next();
  await wizard.expectStep('Joining');
  const token = wizard.field('Bootstrap token');
  const key = wizard.field('Certificate key (control-plane joins)');
  const tokens = new Set<string>();
  const keys = new Set<string>();
  for (let i = 0; i < 5; i++) {
    await page.getByRole('button', { name: 'Generate a token' }).click();
    await page.getByRole('button', { name: 'Generate a certificate key' }).click();
    const t = await token.inputValue();
    const k = await key.inputValue();
    expect(t).toMatch(/^[a-z0-9]{6}\.[a-z0-9]{16}$/);
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    tokens.add(t);
    keys.add(k);
  }
  expect(tokens.size).toBe(5);
  expect(keys.size).toBe(5);
  await expect(token).toHaveAttribute('aria-invalid', 'false');
});
