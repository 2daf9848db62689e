/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offline } from './scripts/vite-plugin-offline.ts';

// Relative base: the built app works from any static host and under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), offline()],
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
          name: 'ui',
          environment: 'jsdom',
          setupFiles: ['./src/test/setup.ts'],
          include: ['src/ui/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
