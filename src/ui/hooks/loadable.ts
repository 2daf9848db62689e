import { useEffect, useSyncExternalStore } from 'react';

type LoadState<T> =
  { status: 'pending' } | { status: 'loaded'; value: T } | { status: 'failed'; error: unknown };

/**
 * Code fetched once and kept. Unlike React.lazy, which suspends on its first render even when the
 * module is already here, a loaded part renders in the same frame as the change that shows it.
 */
export interface Loadable<T> {
  /** Starts loading (once) and resolves with the value. */
  load: () => Promise<T>;
  /** For useSyncExternalStore. */
  subscribe: (onChange: () => void) => () => void;
  snapshot: () => LoadState<T>;
}

function fromState<T>(initial: LoadState<T>, load: () => Promise<T>): Loadable<T> {
  let state = initial;
  let loading: Promise<T> | undefined;
  const listeners = new Set<() => void>();
  const settle = (next: LoadState<T>) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const start = () =>
    (loading ??= load().then(
      (value) => {
        settle({ status: 'loaded', value });
        return value;
      },
      (error: unknown) => {
        settle({ status: 'failed', error });
        throw error;
      },
    ));
  return {
    load: start,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    snapshot: () => state,
  };
}

/** A part loaded on demand by `load` (a dynamic import). */
export function loadable<T>(load: () => Promise<T>): Loadable<T> {
  return fromState<T>({ status: 'pending' }, load);
}

/** A part that ships with the page: loaded from the start. */
export function loaded<T>(value: T): Loadable<T> {
  return fromState({ status: 'loaded', value }, () => Promise.resolve(value));
}

/**
 * A part's value once it has loaded, else undefined; when `wanted`, loads it if nothing has yet
 * (not before: a part wanted later must not compete with the first paint). A part that failed to
 * load throws, for the nearest error boundary, as React.lazy does.
 */
export function useLoadable<T>(part: Loadable<T>, wanted = true): T | undefined {
  const state = useSyncExternalStore(part.subscribe, part.snapshot);
  useEffect(() => {
    // A failure shows through the snapshot (thrown below), not as an unhandled rejection.
    if (wanted) part.load().catch(() => undefined);
  }, [part, wanted]);
  if (state.status === 'failed') throw state.error;
  return state.status === 'loaded' ? state.value : undefined;
}
