import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface PastePanelProps {
  title: string;
  intro: string;
  runLabel: string;
  closeLabel: string;
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
        {props.title}
      </h2>
      <p>{props.intro}</p>
      {props.children}
      <div className="actions-inline">
        <button type="button" className="button button--primary" onClick={props.onRun}>
          {props.runLabel}
        </button>
        <button type="button" className="button" onClick={props.onClose}>
          {props.closeLabel}
        </button>
      </div>
      <p role="status" className="status">
        {props.message}
      </p>
      {props.results}
    </section>
  );
}
