import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** The worker's file name in the output folder; the page registers it as './sw.js'. */
export const WORKER_FILE = 'sw.js';

const TEMPLATE = new URL('./offline-worker.js', import.meta.url);
const PLACEHOLDER = /^const PRECACHE = .*$/m;

/** Whether a built file belongs in the offline cache: source maps are for developer tools only. */
function isPrecached(fileName: string): boolean {
  return fileName !== WORKER_FILE && !fileName.endsWith('.map') && !fileName.startsWith('.');
}

/** Every file under `dir` as [path relative to `dir` with '/' separators, contents]. */
function readTree(dir: string, prefix = ''): Array<[string, Uint8Array]> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = `${prefix}${entry.name}`;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return readTree(full, `${relative}/`);
    return entry.isFile() ? [[relative, readFileSync(full)] as [string, Uint8Array]] : [];
  });
}

/** A short hash of the file names and contents: it changes whenever any cached file changes. */
function versionOf(files: ReadonlyMap<string, string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const name of [...files.keys()].sort()) {
    hash
      .update(name)
      .update('\0')
      .update(files.get(name) ?? '')
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The worker source with the precache list and version written in. */
export function workerSource(
  template: string,
  files: ReadonlyMap<string, string | Uint8Array>,
): string {
  if (!PLACEHOLDER.test(template)) throw new Error('offline-worker.js lost its PRECACHE line');
  const precache = { version: versionOf(files), files: [...files.keys()].sort() };
  return template.replace(PLACEHOLDER, `const PRECACHE = ${JSON.stringify(precache)};`);
}

/**
 * Vite plugin that writes dist/sw.js: a service worker precaching every emitted file (chunks,
 * lazily loaded ones included, CSS, index.html and the public folder), so the app works offline
 * after its first load from whatever folder it is served.
 */
export function offline(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'kubeadm-wizard:offline',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      // After every other plugin, so index.html and late assets are in the bundle.
      order: 'post',
      handler(_options, bundle) {
        const files = new Map<string, string | Uint8Array>();
        // The public folder is copied by Vite outside the bundle, so it is read from disk.
        if (config?.build.copyPublicDir && config.publicDir && existsSync(config.publicDir)) {
          for (const [name, contents] of readTree(config.publicDir)) files.set(name, contents);
        }
        for (const output of Object.values(bundle)) {
          if (!isPrecached(output.fileName)) continue;
          files.set(output.fileName, output.type === 'chunk' ? output.code : output.source);
        }
        for (const name of files.keys()) if (!isPrecached(name)) files.delete(name);
        this.emitFile({
          type: 'asset',
          fileName: WORKER_FILE,
          source: workerSource(readFileSync(TEMPLATE, 'utf8'), files),
        });
      },
    },
  };
}
