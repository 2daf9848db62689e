import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// A build folder of one's own (E2E_DIST) lets several runs share a machine without clobbering dist/.
const DIST = process.env.E2E_DIST ?? 'dist';

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath,
    // No DNS look-ups of Google hosts; loopback stays reachable.
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
  },
};

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    permissions: ['clipboard-read', 'clipboard-write'],
    trace: 'retain-on-failure',
  },
  // Every journey runs in each UI language: the browser locale picks the app's default language.
  projects: [
    { name: 'chromium-en', use: { ...chromium, locale: 'en-US' } },
    {
      name: 'chromium-zh',
      use: { ...chromium, locale: 'zh-CN' },
      // Hosting under a sub-path and offline use do not depend on the language: run them once.
      testIgnore: ['**/offline-and-subpath.spec.ts'],
    },
  ],
  webServer: {
    command: `npx vite preview --outDir ${DIST} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
