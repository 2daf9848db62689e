import { useId, useState } from 'react';
import { PastePanel, sizeGuardedInput } from '../fields/PastePanel.tsx';
import type { DualStackConversion, Issue, RunbookStep, StepText } from '../../domain/index.ts';
import { FileView } from '../preview/FileView.tsx';
import { loadEngine, useEngine } from '../hooks/engine.ts';
import { CopyButton } from '../preview/CopyButton.tsx';
import { useFormatIssue, useLanguage, useText } from '../text/language.ts';

export interface ConvertPanelProps {
  onClose: () => void;
}

const CONFIG_FILE = 'kubeadm-config.yaml';

type Shown = Pick<DualStackConversion, 'issues' | 'steps'>;

/** Paste a single-stack cluster's kubeadm config and the second family's ranges: the runbook to go dual-stack. */
export function ConvertPanel({ onClose }: ConvertPanelProps) {
  const t = useText().convert;
  const id = useId();
  const engine = useEngine();
  const [configText, setConfigText] = useState('');
  const [podSubnet, setPodSubnet] = useState('');
  const [serviceSubnet, setServiceSubnet] = useState('');
  const [nodeMask, setNodeMask] = useState('');
  const [shown, setShown] = useState<Shown | undefined>();
  const [message, setMessage] = useState('');

  /** A huge paste is refused as it arrives (as the diagnose panel does); keeping it would stall the page. */
  const accept = sizeGuardedInput(engine, (problem) => {
    setShown({ issues: [problem], steps: [] });
    setMessage(t.refused);
  });

  const run = async () => {
    if (!configText.trim()) {
      setShown(undefined);
      return setMessage(t.noInput);
    }
    const { planDualStackConversion } = engine ?? (await loadEngine());
    const result = planDualStackConversion(
      { name: CONFIG_FILE, text: configText },
      { podSubnet, serviceSubnet, nodeMask },
    );
    setShown({ issues: result.issues, steps: result.steps });
    setMessage(result.steps.length > 0 ? t.summary(result.steps.length) : t.fixFirst);
  };

  const input = (
    name: 'podSubnet' | 'serviceSubnet' | 'nodeMask',
    value: string,
    set: (value: string) => void,
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{t[name]}</label>
      <input
        id={`${id}-${name}`}
        type="text"
        value={value}
        spellCheck={false}
        autoComplete="off"
        required={name !== 'nodeMask'}
        aria-describedby={`${id}-${name}-help`}
        onChange={(e) => set(e.target.value)}
      />
      <p id={`${id}-${name}-help`} className="field__help">
        {t[`${name}Help`]}
      </p>
    </div>
  );

  return (
    <PastePanel
      text={t}
      onRun={() => void run()}
      onClose={onClose}
      message={message}
      results={
        <>
          {shown && shown.issues.length > 0 && <Findings issues={shown.issues} />}
          {shown && shown.steps.length > 0 && <Runbook steps={shown.steps} />}
        </>
      }
    >
      <div className="field">
        <label htmlFor={`${id}-config`}>{t.config}</label>
        <textarea
          id={`${id}-config`}
          rows={8}
          required
          value={configText}
          spellCheck={false}
          aria-describedby={`${id}-config-help`}
          onChange={(e) => accept(CONFIG_FILE, e.target.value, setConfigText)}
        />
        <p id={`${id}-config-help`} className="field__help">
          {t.configHelp}
        </p>
      </div>
      {input('podSubnet', podSubnet, setPodSubnet)}
      {input('serviceSubnet', serviceSubnet, setServiceSubnet)}
      {input('nodeMask', nodeMask, setNodeMask)}
    </PastePanel>
  );
}

function Findings({ issues }: { issues: readonly Issue[] }) {
  const uiText = useText();
  const formatIssue = useFormatIssue();
  return (
    <>
      <h3>{uiText.convert.findings}</h3>
      <ul className="import-issues">
        {issues.map((issue, i) => (
          <li key={`${issue.code}-${i}`} className={`issue issue--${issue.severity}`}>
            <span className={`badge badge--${issue.severity}`}>
              {uiText.issues[issue.severity]}
            </span>{' '}
            {formatIssue(issue)}
          </li>
        ))}
      </ul>
    </>
  );
}

function Runbook({ steps }: { steps: readonly RunbookStep[] }) {
  const t = useText().convert;
  const { language } = useLanguage();
  const engine = useEngine();
  if (!engine) return null;
  const text = engine.RUNBOOK_TEXT[language];
  return (
    <ol className="runbook" aria-label={t.runbook}>
      {steps.map((step) => (
        <Step key={step.kind} step={step} text={text.steps[step.kind]} on={text.on[step.on]} />
      ))}
    </ol>
  );
}

function Step({ step, text, on }: { step: RunbookStep; text: StepText; on: string }) {
  const uiText = useText();
  const t = uiText.convert;
  return (
    <li>
      <h3>{text.title}</h3>
      <p>{text.changes}</p>
      <p>
        <strong>{t.where}</strong> {on}
      </p>
      {step.files.map((file) => (
        <FileView key={file.path} file={{ name: file.path, text: file.text }} headingLevel={4} />
      ))}
      <Commands what={t.commands} step={text.title} commands={step.commands} />
      <Commands what={t.check} step={text.title} commands={step.checks} prose={text.check} />
      <Commands
        what={t.rollback}
        step={text.title}
        commands={step.rollback}
        prose={text.rollback}
      />
    </li>
  );
}

interface CommandsProps {
  what: string;
  step: string;
  commands: readonly string[];
  /** What the commands are for, from the runbook text. */
  prose?: string;
}

/** A step's commands with a copy button; the box is named for the step, so each is told apart. */
function Commands({ what, step, commands, prose }: CommandsProps) {
  const uiText = useText();
  if (commands.length === 0 && !prose) return null;
  const label = uiText.convert.blockLabel(what, step);
  const command = commands.join('\n');
  return (
    <div className="command">
      <div className="command__head">
        <h4>{what}</h4>
        {command && <CopyButton text={command} label={uiText.preview.copyCommand(label)} />}
      </div>
      {prose && <p>{prose}</p>}
      {command && (
        <pre className="code" role="region" aria-label={label} tabIndex={0}>
          <code>{command}</code>
        </pre>
      )}
    </div>
  );
}
