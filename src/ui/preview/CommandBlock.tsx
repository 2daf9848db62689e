import { CopyButton } from './CopyButton.tsx';

export interface CommandBlockProps {
  title: string;
  command: string;
  /** What the copy button copies, for its accessible name. */
  what: string;
  copyLabel: (what: string) => string;
  note?: string;
}

/** A titled shell command with its copy button. */
export function CommandBlock({ title, command, what, copyLabel, note }: CommandBlockProps) {
  return (
    <div className="command">
      <div className="command__head">
        <h4>{title}</h4>
        <CopyButton text={command} label={copyLabel(what)} />
      </div>
      {/* A focusable scroll box needs a role for its aria-label to count (ARIA: no name on a bare pre). */}
      <pre className="code" role="region" aria-label={title} tabIndex={0}>
        <code>{command}</code>
      </pre>
      {note && <p className="field__help">{note}</p>}
    </div>
  );
}
