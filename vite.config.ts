/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { offline } from './scripts/vite-plugin-offline.ts';

// The dev server injects <style> tags for hot reloading, which the page's CSP (style-src 'self')
// refuses; relax it for `vite` (npm start) only, never in the build.
const devCsp: Plugin = {
  name: 'dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

// Relative base: the built app works from any static host and under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), offline(), devCsp],
  build: { outDir: 'dist', sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          include: ['src/domain/**/*.test.ts', 'src/cli/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Runs eslint.config.js on snippets: slower to start than the domain's tests.
          name: 'lint',
          environment: 'node',
          include: ['src/lint/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          setupFiles: ['./src/test/setup.ts'],
          include: ['src/ui/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
