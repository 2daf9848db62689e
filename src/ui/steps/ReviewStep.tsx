import { hostPreparation } from '../../domain/index.ts';
import { CommandBlock } from '../preview/CommandBlock.tsx';
import { FileView } from '../preview/FileView.tsx';
import { IssueList } from '../preview/IssueList.tsx';
import { uiText } from '../text/en.ts';
import { useOutputs } from '../wizard/outputsContext.ts';

export interface ReviewStepProps {
  onGoTo: (path: string) => void;
}

export function ReviewStep({ onGoTo }: ReviewStepProps) {
  const outputs = useOutputs();
  const t = uiText.review;
  const p = uiText.preview;
  const host = hostPreparation(outputs.plan);
  return (
    <>
      <p>{t.intro}</p>
      <section aria-labelledby="review-issues">
        <h3 id="review-issues">{t.issues}</h3>
        <IssueList issues={outputs.issues} onGoTo={onGoTo} headingLevel={4} />
      </section>
      <section aria-labelledby="review-files">
        <h3 id="review-files">{t.files}</h3>
        {outputs.files.map((file) => (
          <FileView key={file.name} file={file} headingLevel={4} />
        ))}
      </section>
      <section aria-labelledby="review-commands">
        <h3 id="review-commands">{t.commands}</h3>
        <CommandBlock
          title={p.initCommand}
          what={p.initCommand}
          copyLabel={p.copyCommand}
          command={outputs.initCommand}
        />
        <CommandBlock
          title={p.flagsOnly}
          what={p.flagsCommand}
          copyLabel={p.copyCommand}
          command={outputs.flagsCommand}
          {...(outputs.flagsComplete ? {} : { note: p.flagsLimit })}
        />
        <CommandBlock
          title={p.hostPreparation}
          what={p.hostCommands}
          copyLabel={p.copyCommand}
          command={host.commands.join('\n')}
        />
      </section>
    </>
  );
}
