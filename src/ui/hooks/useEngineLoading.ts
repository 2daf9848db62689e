import { useEffect, useState } from 'react';
import { loadEngine, type Engine } from './engine.ts';

/** Code fetched ahead of its first use. */
export interface Prefetchable {
  load: () => Promise<unknown>;
}

/**
 * The domain's rules and renderers once they have loaded (undefined for the first moments). They,
 * and the `later` parts, are fetched once the first step has been painted and can be typed into.
 */
export function useEngineLoading(later: readonly Prefetchable[]): Engine | undefined {
  const [engine, setEngine] = useState<Engine | undefined>(undefined);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        void loadEngine().then(setEngine);
        // Later steps too, so moving on never lands on a step that is still loading.
        for (const part of later) void part.load();
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [later]);
  return engine;
}
