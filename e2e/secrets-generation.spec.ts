import { expect, test } from './fixtures.ts';

test('generated tokens and certificate keys have kubeadm’s formats and differ every time', async ({
  wizard,
  page,
  t,
}) => {
  for (let i = 0; i < 4; i++) await wizard.next();
  await wizard.expectStep('discovery');
  const token = wizard.field(t.discovery.token);
  const key = wizard.field(t.discovery.certificateKey);
  const tokens = new Set<string>();
  const keys = new Set<string>();
  for (let i = 0; i < 5; i++) {
    await page.getByRole('button', { name: t.discovery.generateToken }).click();
    await page.getByRole('button', { name: t.discovery.generateKey }).click();
    const tokenValue = await token.inputValue();
    const keyValue = await key.inputValue();
    expect(tokenValue).toMatch(/^[a-z0-9]{6}\.[a-z0-9]{16}$/);
    expect(keyValue).toMatch(/^[0-9a-f]{64}$/);
    tokens.add(tokenValue);
    keys.add(keyValue);
  }
  expect(tokens.size).toBe(5);
  expect(keys.size).toBe(5);
  await expect(token).toHaveAttribute('aria-invalid', 'false');
});
