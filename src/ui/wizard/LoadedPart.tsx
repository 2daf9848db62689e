import { createElement, type ComponentType } from 'react';
import { useLoadable, type Loadable } from '../hooks/loadable.ts';
import { useText } from '../text/language.ts';

export interface LoadedPartProps<P extends object> {
  part: Loadable<ComponentType<P>>;
  props: P;
  /**
   * False while something else the part reads is still on its way (the rules, say); the part's
   * own code is not fetched for it before then either (it must not compete with the first paint).
   */
  ready?: boolean;
}

/**
 * A part's component, rendered directly once its code is here (it never suspends); until then,
 * the loading placeholder.
 */
export function LoadedPart<P extends object>({ part, props, ready = true }: LoadedPartProps<P>) {
  const uiText = useText();
  const Component = useLoadable(part, ready);
  if (!Component || !ready) return <p role="status">{uiText.app.loading}</p>;
  // The component comes from the part's cache, the same one on every render (not made here).
  return createElement(Component, props);
}
