import { useId, useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { ClusterPlan } from '../../domain/index.ts';
import { initCommand, joinCommand, renderPlanFile } from '../engine.ts';
import { useText } from '../text/language.ts';
import { useOutputs } from '../wizard/outputsContext.ts';
import { CommandBlock } from './CommandBlock.tsx';
import { DownloadNote, noteDescribedBy } from './DownloadNote.tsx';
import { FileView } from './FileView.tsx';
import { IssueList } from './IssueList.tsx';
import { AddressMapDisclosure } from '../map/AddressMapDisclosure.tsx';

export interface PreviewPaneProps {
  onGoTo: (path: string) => void;
}

/**
 * The file on screen follows every keystroke (it is built alone, from the live values); the file
 * list and the issues follow the plan's settled outputs.
 */
export function PreviewPane({ onGoTo }: PreviewPaneProps) {
  const uiText = useText();
  const outputs = useOutputs();
  const { control } = useFormContext<ClusterPlan>();
  const live = useWatch({ control }) as ClusterPlan;
  const t = uiText.preview;
  const selectId = useId();
  const noteId = useId();
  const errorCount = outputs.issues.filter((i) => i.severity === 'error').length;
  const [chosen, setChosen] = useState('');
  const name = outputs.files.some((f) => f.name === chosen)
    ? chosen
    : (outputs.files[0]?.name ?? '');
  const file = useMemo(
    () => renderPlanFile(live, name) ?? outputs.files.find((f) => f.name === name),
    [live, name, outputs.files],
  );
  const command = file?.role === 'join' ? joinCommand(live, file.nodeIndex) : initCommand(live);
  return (
    <aside className="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t.title}</h2>
      {outputs.files.length > 1 && (
        <div className="field">
          <label htmlFor={selectId}>{t.fileToShow}</label>
          <select id={selectId} value={name} onChange={(event) => setChosen(event.target.value)}>
            {outputs.files.map((f) => (
              <option key={f.name} value={f.name}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {file && (
        <FileView
          file={file}
          describedBy={noteDescribedBy(noteId, errorCount)}
          note={<DownloadNote id={noteId} errorCount={errorCount} issuesId="preview-issues" />}
        />
      )}
      <AddressMapDisclosure onGoTo={onGoTo} />
      <CommandBlock
        title={file?.role === 'join' ? t.joinCommand : t.initCommand}
        what={file?.role === 'join' ? t.joinCommand : t.initCommand}
        copyLabel={t.copyCommand}
        command={command}
      />
      <div id="preview-issues" tabIndex={-1}>
        <IssueList issues={outputs.issues} onGoTo={onGoTo} />
      </div>
    </aside>
  );
}
