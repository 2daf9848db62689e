import type { ReactNode } from 'react';
import type { RenderedFile } from '../../domain/index.ts';
import { downloadText } from '../browser/download.ts';
import { useText } from '../text/language.ts';
import { CopyButton } from './CopyButton.tsx';

export interface FileViewProps {
  /** A rendered file, or any other file the wizard offers (a runbook's ClusterConfiguration). */
  file: Pick<RenderedFile, 'name' | 'text'>;
  headingLevel?: 3 | 4;
  /** The id of a note that describes the download button (the files still have errors). */
  describedBy?: string | undefined;
  /** A note shown beside the buttons. */
  note?: ReactNode;
}

/** One generated file: its YAML, a copy button and a download button that saves exactly that text. */
export function FileView({ file, headingLevel = 3, describedBy, note }: FileViewProps) {
  const uiText = useText();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="file">
      <div className="file__head">
        <Heading className="file__name">{file.name}</Heading>
        <div className="file__actions">
          <CopyButton text={file.text} label={`${uiText.preview.copyYaml} (${file.name})`} />
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => downloadText(file.name, file.text)}
            aria-describedby={describedBy}
          >
            {uiText.preview.download(file.name)}
          </button>
        </div>
      </div>
      {note}
      {/* A focusable scroll box needs a role for its aria-label to count (ARIA: no name on a bare pre). */}
      <pre
        className="code yaml"
        role="region"
        aria-label={uiText.preview.fileLabel(file.name)}
        tabIndex={0}
      >
        <code>{file.text}</code>
      </pre>
    </div>
  );
}
