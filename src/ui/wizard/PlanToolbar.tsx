import { useId, useRef, useState, type Ref } from 'react';
import type { ClusterPlan } from '../../domain/index.ts';
import { loadEngine } from '../hooks/engine.ts';
import { copyText } from '../browser/clipboard.ts';
import { downloadText } from '../browser/download.ts';
import { readTextFiles } from '../browser/files.ts';
import { urlWithFragment } from '../browser/location.ts';
import { useFormatIssue, useText } from '../text/language.ts';

export interface PlanToolbarProps {
  getPlan: () => ClusterPlan;
  onLoad: (plan: ClusterPlan, notice: string) => void;
  onNotice: (notice: string) => void;
  onImport: () => void;
  onDiagnose: () => void;
  /** The Diagnose button, for returning focus to it when its panel closes. */
  diagnoseRef?: Ref<HTMLButtonElement>;
  onConvert: () => void;
  /** The Convert button, for returning focus to it when its panel closes. */
  convertRef?: Ref<HTMLButtonElement>;
  onRunning: () => void;
  /** The "Add nodes to a running cluster" button, for returning focus to it when its panel closes. */
  runningRef?: Ref<HTMLButtonElement>;
  onStartOver: () => void;
  rememberSecrets: boolean;
  onRememberSecrets: (remember: boolean) => void;
}

const PLAN_FILE = 'kubeadm-plan.json';

/** Import, save, load, share and start over: everything about the plan as a whole. */
export function PlanToolbar({ diagnoseRef, convertRef, runningRef, ...props }: PlanToolbarProps) {
  const uiText = useText();
  const formatIssue = useFormatIssue();
  const t = uiText.plan;
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState('');
  const [confirming, setConfirming] = useState(false);

  const load = async (files: FileList) => {
    const [file] = await readTextFiles(files);
    if (!file) return;
    const { parsePlanText } = await loadEngine();
    const parsed = parsePlanText(file.name, file.text);
    if (parsed.plan) props.onLoad(parsed.plan, t.loaded(file.name));
    else
      props.onNotice(
        `${t.loadFailed(file.name)} ${parsed.issues.map((i) => formatIssue(i)).join(' ')}`,
      );
  };

  const share = async () => {
    const { encodeShareFragment } = await loadEngine();
    const url = urlWithFragment(encodeShareFragment(props.getPlan()));
    setLink(url);
    if (await copyText(url)) props.onNotice(t.shareCopied);
  };

  return (
    <div className="toolbar" role="group" aria-label={t.toolbar}>
      <button type="button" className="button button--small" onClick={props.onImport}>
        {t.import}
      </button>
      <button
        ref={diagnoseRef}
        type="button"
        className="button button--small"
        onClick={props.onDiagnose}
      >
        {t.diagnose}
      </button>
      <button
        ref={convertRef}
        type="button"
        className="button button--small"
        onClick={props.onConvert}
      >
        {t.convert}
      </button>
      <button
        ref={runningRef}
        type="button"
        className="button button--small"
        onClick={props.onRunning}
      >
        {t.running}
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() =>
          void loadEngine().then(({ planToJson }) =>
            downloadText(PLAN_FILE, planToJson(props.getPlan()), 'application/json'),
          )
        }
      >
        {t.save}
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => fileInput.current?.click()}
      >
        {t.load}
      </button>
      <input
        ref={fileInput}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        aria-label={t.loadLabel}
        tabIndex={-1}
        onChange={(e) => {
          if (e.target.files) void load(e.target.files);
          e.target.value = '';
        }}
      />
      <button type="button" className="button button--small" onClick={() => void share()}>
        {t.share}
      </button>
      <button type="button" className="button button--small" onClick={() => setConfirming(true)}>
        {t.startOver}
      </button>
      <label className="toolbar__check">
        <input
          type="checkbox"
          checked={props.rememberSecrets}
          onChange={(e) => props.onRememberSecrets(e.target.checked)}
        />{' '}
        {t.rememberSecrets}
      </label>
      {link && (
        <div className="field toolbar__link">
          <label htmlFor={`${id}-link`}>{t.shareShown}</label>
          <input
            id={`${id}-link`}
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.target.select()}
          />
        </div>
      )}
      {confirming && (
        <div
          role="alertdialog"
          aria-modal="false"
          aria-labelledby={`${id}-confirm`}
          aria-describedby={`${id}-confirm-text`}
          className="confirm"
        >
          <h2 id={`${id}-confirm`}>{t.confirmTitle}</h2>
          <p id={`${id}-confirm-text`}>{t.confirmText}</p>
          <div className="actions-inline">
            <button
              type="button"
              className="button button--primary"
              autoFocus
              onClick={() => {
                setConfirming(false);
                props.onStartOver();
              }}
            >
              {t.confirmYes}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t.confirmNo}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
