import { hasErrors } from '../../domain/index.ts';
import { uiText } from '../text/en.ts';
import { useOutputs } from '../wizard/outputsContext.ts';
import { CommandBlock } from './CommandBlock.tsx';
import { FileView } from './FileView.tsx';
import { IssueList } from './IssueList.tsx';

export interface PreviewPaneProps {
  onGoTo: (path: string) => void;
}

/** The live kubeadm-config.yaml, its init command and the plan's issues, beside (or below) the form. */
export function PreviewPane({ onGoTo }: PreviewPaneProps) {
  const outputs = useOutputs();
  const init = outputs.files[0];
  const t = uiText.preview;
  return (
    <aside className="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t.title}</h2>
      {hasErrors(outputs.issues) && <p className="preview__invalid">{t.invalidNote}</p>}
      {init && <FileView file={init} />}
      <CommandBlock
        title={t.initCommand}
        what={t.initCommand}
        copyLabel={t.copyCommand}
        command={outputs.initCommand}
      />
      <IssueList issues={outputs.issues} onGoTo={onGoTo} />
    </aside>
  );
}
