/** The page's URL fragment without '#'. */
export function readFragment(): string {
  return window.location.hash.replace(/^#/, '');
}

/** Removes the fragment from the address bar without reloading (a restored share link is consumed). */
export function clearFragment(): void {
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

/** This page's address with the given fragment. */
export function urlWithFragment(fragment: string): string {
  return `${window.location.origin}${window.location.pathname}${window.location.search}#${fragment}`;
}
