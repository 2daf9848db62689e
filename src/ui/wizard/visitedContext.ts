import { createContext, useContext } from 'react';
import type { StepId } from '../../domain/core.ts';
import { WIZARD_STEPS } from './steps.ts';
import { isOpened } from './stepStatus.ts';

/**
 * Which steps the user has opened: an issue on a field of a step not opened yet waits until the
 * user gets there (the step list shows nothing on that step; issue lists count it, not list it).
 */
export interface Visited {
  /** The step of the field at this path, when that step has not been opened yet. */
  waitingStep: (path: string) => StepId | undefined;
}

export const ALL_VISITED: Visited = { waitingStep: () => undefined };

export const VisitedContext = createContext<Visited>(ALL_VISITED);

export function useVisited(): Visited {
  return useContext(VisitedContext);
}

/**
 * Steps below `reached` and the current one are open; a field on any later step waits.
 * `stepOfField` comes from the engine (the first screen does not load the field table).
 */
export function visitedState(
  reached: number,
  current: number,
  stepOfField: ((path: string) => StepId | undefined) | undefined,
): Visited {
  if (reached >= WIZARD_STEPS.length || !stepOfField) return ALL_VISITED;
  return {
    waitingStep: (path) => {
      const id = path ? stepOfField(path) : undefined;
      const index = WIZARD_STEPS.findIndex((step) => step.id === id);
      return index !== -1 && !isOpened(index, reached, current) ? id : undefined;
    },
  };
}
