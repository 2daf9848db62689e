import { useId, useState } from 'react';
import {
  afterInstallChecks,
  bundleFiles,
  cniFiles,
  hostPreparation,
  joinCommand,
  zipBundle,
} from '../../domain/index.ts';
import { downloadBytes } from '../browser/download.ts';
import { CommandBlock } from '../preview/CommandBlock.tsx';
import { DownloadNote, noteDescribedBy } from '../preview/DownloadNote.tsx';
import { FileView } from '../preview/FileView.tsx';
import { IssueList } from '../preview/IssueList.tsx';
import { useText } from '../text/language.ts';
import { useOutputs } from '../wizard/outputsContext.ts';

export interface ReviewStepProps {
  onGoTo: (path: string) => void;
}

const BUNDLE_NAME = 'kubeadm-cluster.zip';

export function ReviewStep({ onGoTo }: ReviewStepProps) {
  const uiText = useText();
  const outputs = useOutputs();
  const { plan, files } = outputs;
  const t = uiText.review;
  const p = uiText.preview;
  const selectId = useId();
  const noteId = useId();
  const errorCount = outputs.issues.filter((i) => i.severity === 'error').length;
  const describedBy = noteDescribedBy(noteId, errorCount);
  const joins = files.filter((f) => f.role === 'join');
  const [chosen, setChosen] = useState('');
  const join = joins.find((f) => f.name === chosen) ?? joins[0];
  const host = hostPreparation(plan);
  const init = files[0];
  return (
    <>
      <p>{t.intro}</p>
      <div className="actions-inline">
        <button
          type="button"
          className="button button--primary"
          onClick={() =>
            downloadBytes(BUNDLE_NAME, zipBundle(bundleFiles(plan)), 'application/zip')
          }
          aria-describedby={describedBy}
        >
          {t.downloadAll}
        </button>
        <DownloadNote id={noteId} errorCount={errorCount} issuesId="review-issues-list" />
      </div>
      <section id="review-issues-list" tabIndex={-1} aria-labelledby="review-issues">
        <h3 id="review-issues">{t.issues}</h3>
        <IssueList issues={outputs.issues} onGoTo={onGoTo} headingLevel={4} />
      </section>
      <section aria-labelledby="review-files">
        <h3 id="review-files">{t.files}</h3>
        {init && <FileView file={init} headingLevel={4} describedBy={describedBy} />}
        {joins.length > 1 && (
          <div className="field">
            <label htmlFor={selectId}>{t.joinFile}</label>
            <select
              id={selectId}
              value={join?.name ?? ''}
              onChange={(e) => setChosen(e.target.value)}
            >
              {joins.map((f) => (
                <option key={f.name} value={f.name}>
                  {f.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {join && <FileView file={join} headingLevel={4} describedBy={describedBy} />}
      </section>
      <section aria-labelledby="review-commands">
        <h3 id="review-commands">{t.commands}</h3>
        <CommandBlock
          title={p.initCommand}
          what={p.initCommand}
          copyLabel={p.copyCommand}
          command={outputs.initCommand}
        />
        {joins.length > 0 && (
          <CommandBlock
            title={t.joinCommands}
            what={t.joinCommandsWhat}
            copyLabel={p.copyCommand}
            command={joins.map((f) => joinCommand(plan, f.nodeIndex)).join('\n')}
          />
        )}
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
        <CommandBlock
          title={t.afterInstall}
          what={t.afterInstallWhat}
          copyLabel={p.copyCommand}
          command={afterInstallChecks(plan).join('\n\n')}
        />
      </section>
      <section aria-labelledby="review-cni">
        <h3 id="review-cni">{t.cni}</h3>
        {cniFiles(plan).map((file) => (
          <CommandBlock
            key={file.path}
            title={file.path}
            what={t.cniWhat(file.path)}
            copyLabel={p.copyCommand}
            command={file.text}
          />
        ))}
      </section>
    </>
  );
}
