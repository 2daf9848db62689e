/** The part of `navigator` the registration needs (jsdom and old browsers have no serviceWorker). */
export interface ServiceWorkerHost {
  readonly serviceWorker?: Pick<ServiceWorkerContainer, 'register'>;
}

/**
 * Registers the offline worker (`./sw.js`, written by the build) for this page's folder, in
 * production builds only: development has no sw.js, and a worker there would serve stale modules.
 * The URL and scope are relative, so the app keeps working when copied under any sub-path.
 */
export function registerServiceWorker(
  production: boolean = import.meta.env.PROD,
  host: ServiceWorkerHost | undefined = globalThis.navigator,
): Promise<boolean> {
  if (!production || host === undefined || !('serviceWorker' in host) || !host.serviceWorker) {
    return Promise.resolve(false);
  }
  return host.serviceWorker.register('./sw.js', { scope: './' }).then(
    () => true,
    // Offline use is an extra: the app works without it (file://, blocked storage, old browsers).
    () => false,
  );
}
