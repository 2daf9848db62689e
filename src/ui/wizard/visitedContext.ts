import { createContext, useContext } from 'react';
import type { StepId } from '../../domain/core.ts';
import type { Engine } from '../hooks/engine.ts';
import { stepIndexOfField, WIZARD_STEPS } from './steps.ts';
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

/** Steps below `reached` and the current one are open; a field on any later step waits. */
export function visitedState(
  reached: number,
  current: number,
  engine: Engine | undefined,
): Visited {
  if (reached >= WIZARD_STEPS.length || !engine) return ALL_VISITED;
  return {
    waitingStep: (path) => {
      const index = path ? stepIndexOfField(path, engine) : undefined;
      return index !== undefined && !isOpened(index, reached, current)
        ? WIZARD_STEPS[index]?.id
        : undefined;
    },
  };
}
