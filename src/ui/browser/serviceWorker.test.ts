import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from './serviceWorker.ts';

function hostWith(register: ServiceWorkerContainer['register']) {
  return { serviceWorker: { register } };
}

describe('registerServiceWorker', () => {
  it('registers ./sw.js with the scope ./ in a production build', async () => {
    const register = vi.fn(() => Promise.resolve({} as ServiceWorkerRegistration));
    await expect(registerServiceWorker(true, hostWith(register))).resolves.toBe(true);
    expect(register).toHaveBeenCalledWith('./sw.js', { scope: './' });
  });

  it('registers nothing in a development build', async () => {
    const register = vi.fn(() => Promise.resolve({} as ServiceWorkerRegistration));
    await expect(registerServiceWorker(false, hostWith(register))).resolves.toBe(false);
    expect(register).not.toHaveBeenCalled();
  });

  it('does nothing where the browser has no service workers, as in jsdom', async () => {
    expect('serviceWorker' in navigator).toBe(false);
    await expect(registerServiceWorker(true)).resolves.toBe(false);
    await expect(registerServiceWorker(true, {})).resolves.toBe(false);
  });

  it('reports a refused registration as false instead of throwing', async () => {
    const register = vi.fn(() => Promise.reject(new Error('SecurityError')));
    await expect(registerServiceWorker(true, hostWith(register))).resolves.toBe(false);
  });
});
