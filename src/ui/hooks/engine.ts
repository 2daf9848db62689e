import { createContext, useContext } from 'react';

import type * as EngineModule from '../engine.ts';

export type Engine = typeof EngineModule;

let loading: Promise<Engine> | undefined;

/** The domain's rules and renderers, loaded once, on first use. */
export function loadEngine(): Promise<Engine> {
  loading ??= import('../engine.ts');
  return loading;
}

export const EngineContext = createContext<Engine | undefined>(undefined);

/** The engine once it has loaded; undefined for the first moments after start. */
export function useEngine(): Engine | undefined {
  return useContext(EngineContext);
}
