/* global self, caches */
// The service worker that keeps the wizard usable offline after its first load. Plain JS with no
// imports: the build (scripts/vite-plugin-offline.ts) replaces the PRECACHE line below with the
// list of every emitted file and a hash of their contents, and writes the result to dist/sw.js.
// It runs under the page's CSP (script-src 'self'): no eval, no importScripts of other origins.

const PRECACHE = { version: 'dev', files: [] }; // replaced at build time

// The scope is the folder the app was copied to (any sub-path), so every URL is resolved against
// it, and the cache name carries it: two copies of the app on one origin keep separate caches.
const SCOPE = self.registration.scope;
const CACHE_PREFIX = `kubeadm-wizard:${SCOPE}:`;
const CACHE_NAME = `${CACHE_PREFIX}${PRECACHE.version}`;
const INDEX_URL = new URL('index.html', SCOPE).href;

/** A copy of a redirected response: a navigation may not be answered with a redirected one. */
function unredirected(response) {
  if (!response.redirected) return response;
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** Fetches and stores every listed file; one failure fails the install, so no half cache. */
async function precache() {
  const cache = await caches.open(CACHE_NAME);
  await Promise.all(
    PRECACHE.files.map(async (path) => {
      const url = new URL(path, SCOPE).href;
      // no-cache: revalidate with the host, so an old copy in the HTTP cache is not stored.
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`precache ${url}: HTTP ${response.status}`);
      await cache.put(url, unredirected(response));
    }),
  );
}

/** Deletes the caches of earlier versions of this copy of the app (same scope only). */
async function dropOldCaches() {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
      .map((name) => caches.delete(name)),
  );
}

/** Network first, so a new deployment shows as soon as it is reachable; the cached page offline. */
async function navigate(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cache = await caches.open(CACHE_NAME);
    // Fresh pages are not stored: the cached index.html must stay the one that matches the
    // cached chunks of this version, or an offline start would ask for chunks it never cached.
    const cached = await cache.match(INDEX_URL);
    if (cached) return cached;
    throw error;
  }
}

/** Cache first: asset names carry a content hash, so a cached copy is never stale. */
async function asset(request) {
  const cache = await caches.open(CACHE_NAME);
  const cached = await cache.match(request);
  return cached ?? fetch(request);
}

self.addEventListener('install', (event) => {
  // No skipWaiting: an open tab keeps the version (and the cache) its chunks came from.
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(dropOldCaches().then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Other origins are never touched (the app makes no such requests; SPEC "Safe").
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  event.respondWith(request.mode === 'navigate' ? navigate(request) : asset(request));
});
