import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Issue } from '../../domain/index.ts';
import type { Engine } from '../hooks/engine.ts';

/**
 * The paste areas' change handler: text over the size limit is refused as it arrives (keeping it
 * would stall the page) and the area emptied; `onRefused` gets the `input_limit` issue.
 */
export function sizeGuardedInput(
  engine: Pick<Engine, 'textSizeProblem'> | undefined,
  onRefused: (problem: Issue) => void,
) {
  return (name: string, text: string, set: (text: string) => void) => {
    const problem = engine?.textSizeProblem(name, text);
    if (problem) {
      set('');
      onRefused(problem);
    } else {
      set(text);
    }
  };
}

/** A panel's own text block holds at least these (its heading, intro and two buttons). */
export interface PastePanelText {
  title: string;
  intro: string;
  run: string;
  close: string;
}

export interface PastePanelProps {
  text: PastePanelText;
  onRun: () => void;
  onClose: () => void;
  /** What the status line says (role="status", announced). */
  message: string;
  /** The inputs, above the buttons. */
  children: ReactNode;
  /** What running produced, below the status line. */
  results?: ReactNode;
}

/** A toolbar panel for pasted input: heading that takes focus on open, inputs, Run and Close, status, results. */
export function PastePanel(props: PastePanelProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {props.text.title}
      </h2>
      <p>{props.text.intro}</p>
      {props.children}
      <div className="actions-inline">
        <button type="button" className="button button--primary" onClick={props.onRun}>
          {props.text.run}
        </button>
        <button type="button" className="button" onClick={props.onClose}>
          {props.text.close}
        </button>
      </div>
      <p role="status" className="status">
        {props.message}
      </p>
      {props.results}
    </section>
  );
}
