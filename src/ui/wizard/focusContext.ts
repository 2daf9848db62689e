import { createContext, useContext, useEffect } from 'react';

/** A handler that brings a field on screen and focuses it; true when it took the request. */
export type FocusHandler = (path: string) => boolean;

export interface FocusRegistry {
  handlers: Set<FocusHandler>;
}

export const FocusContext = createContext<FocusRegistry>({ handlers: new Set() });

/** Lets a step with windowed rows (not every input mounted) take focus requests for its fields. */
export function useFocusHandler(handler: FocusHandler): void {
  const registry = useContext(FocusContext);
  useEffect(() => {
    registry.handlers.add(handler);
    return () => {
      registry.handlers.delete(handler);
    };
  }, [registry, handler]);
}
