import { defineConfig } from 'vite';

// Bundles the Node CLI into one ES module; runtime dependencies stay external (installed packages).
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    rollupOptions: {
      output: { entryFileNames: 'kubeadm-wizard.mjs', banner: '#!/usr/bin/env node' },
    },
  },
});
