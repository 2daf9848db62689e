import { createContext, useContext } from 'react';

/**
 * Whether the prefilled plan is still the wizard's example: until the user edits a field, presses
 * "Use these values" or Next, the defaults are examples, not a plan anyone has checked.
 */
export interface Examples {
  /** No field edited and nothing confirmed: nothing has been checked yet. */
  untouched: boolean;
  /** The field at this path still shows its example value (not edited, not confirmed). */
  isExample: (path: string) => boolean;
}

export const NO_EXAMPLES: Examples = { untouched: false, isExample: () => false };

export const ExamplesContext = createContext<Examples>(NO_EXAMPLES);

export function useExamples(): Examples {
  return useContext(ExamplesContext);
}

/** The value at a dotted path (`nodes.0.name`) of a nested object or array. */
export function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The examples state for a plan whose prefilled values are `defaults`. */
export function examplesState(
  active: boolean,
  anyEdited: boolean,
  defaults: unknown,
  dirtyFields: unknown,
): Examples {
  if (!active) return NO_EXAMPLES;
  return {
    untouched: !anyEdited,
    isExample: (path) => {
      const value = valueAt(defaults, path);
      if (typeof value !== 'string' || value === '') return false;
      return !valueAt(dirtyFields, path);
    },
  };
}
