import { useId, useState } from 'react';
import { hasErrors, joinCommand } from '../engine.ts';
import { useText } from '../text/language.ts';
import { useOutputs } from '../wizard/outputsContext.ts';
import { CommandBlock } from './CommandBlock.tsx';
import { FileView } from './FileView.tsx';
import { IssueList } from './IssueList.tsx';

export interface PreviewPaneProps {
  onGoTo: (path: string) => void;
}

/** The live config files (one at a time), the matching command and the plan's issues. */
export function PreviewPane({ onGoTo }: PreviewPaneProps) {
  const uiText = useText();
  const outputs = useOutputs();
  const t = uiText.preview;
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  const file = outputs.files.find((f) => f.name === chosen) ?? outputs.files[0];
  const command =
    file && file.role === 'join' ? joinCommand(outputs.plan, file.nodeIndex) : outputs.initCommand;
  return (
    <aside className="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t.title}</h2>
      {hasErrors(outputs.issues) && <p className="preview__invalid">{t.invalidNote}</p>}
      {outputs.files.length > 1 && (
        <div className="field">
          <label htmlFor={selectId}>{t.fileToShow}</label>
          <select
            id={selectId}
            value={file?.name ?? ''}
            onChange={(event) => setChosen(event.target.value)}
          >
            {outputs.files.map((f) => (
              <option key={f.name} value={f.name}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {file && <FileView file={file} />}
      <CommandBlock
        title={file?.role === 'join' ? t.joinCommand : t.initCommand}
        what={file?.role === 'join' ? t.joinCommand : t.initCommand}
        copyLabel={t.copyCommand}
        command={command}
      />
      <IssueList issues={outputs.issues} onGoTo={onGoTo} />
    </aside>
  );
}
