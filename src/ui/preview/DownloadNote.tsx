import { useText } from '../text/language.ts';

export interface DownloadNoteProps {
  /** The note's id, for the buttons' aria-describedby. */
  id: string;
  /** How many errors the plan still has; no note for none (warnings are advice, not refusals). */
  errorCount: number;
  /** The id of the issue list the note links to. */
  issuesId: string;
}

/** A plain note beside download buttons while kubeadm would refuse the files. */
export function DownloadNote({ id, errorCount, issuesId }: DownloadNoteProps) {
  const uiText = useText();
  if (errorCount === 0) return null;
  return (
    <p id={id} className="download-note">
      <span className="badge badge--error">{uiText.issues.error}</span>{' '}
      {uiText.preview.errorsNote(errorCount)}{' '}
      <a href={`#${issuesId}`}>{uiText.preview.seeIssues}</a>
    </p>
  );
}

/** The aria-describedby of a download button: the note's id while it shows. */
export function noteDescribedBy(id: string, errorCount: number): string | undefined {
  return errorCount > 0 ? id : undefined;
}
